package org.statcommons.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.statcommons.support.Visitor.Page;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Clients that save pages and comment on them through the JSON API, each on a page of its own, as fast as the server
 * answers, and remember what the server acknowledged (a 2xx answer): the tests of faults then look for every
 * acknowledged save and comment on the server that is left. A client whose server stops answering records the error
 * and stops.
 */
public final class PageWriters {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A save the server acknowledged: the page, the commit it answered, the text, and when the answer came. */
    public record Saved(String path, String commitId, String body, long atNanos) {}

    /** A comment the server acknowledged: its thread on the page. */
    public record Commented(String path, long threadId) {}

    /** An answer that was not an acknowledgement: the status (0 for no answer), the body, how long it took. */
    public record Refused(String path, int status, String body, String contentType, long millis, long atNanos) {}

    /** A community on the server, with a write token and a Git token of its secretariat (the first administrator). */
    public record Community(String slug, String writeToken, String gitToken) {
        /** A script calling this server's API with the write token. */
        public Visitor api(ServerProcess server) {
            return Visitor.apiClient(server.port(), writeToken);
        }
    }

    private final String slug;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> threads = new ArrayList<>();
    public final ConcurrentLinkedQueue<Saved> saved = new ConcurrentLinkedQueue<>();
    public final ConcurrentLinkedQueue<Commented> commented = new ConcurrentLinkedQueue<>();
    public final ConcurrentLinkedQueue<Refused> refused = new ConcurrentLinkedQueue<>();
    /** The clients that lost their server, by page. */
    public final ConcurrentLinkedQueue<String> lost = new ConcurrentLinkedQueue<>();

    public PageWriters(String slug) {
        this.slug = slug;
    }

    /** Signs in as the first administrator, makes a community and two tokens. */
    public static Community community(ServerProcess server) {
        Visitor admin = new Visitor(server.port());
        Page signedIn = admin.submitNoFollow(
                "/sign-in", "/sign-in", fields("email", ServerProcess.ADMIN_EMAIL, "password", Fixtures.PASSWORD));
        assertThat(signedIn.status()).as("sign-in on %s", server).isEqualTo(302);
        String slug = Fixtures.uniqueSlug("faults");
        Page made = admin.api(
                "POST",
                "/api/v1/communities",
                json(Map.of(
                        "name", "Faults " + slug,
                        "slug", slug,
                        "purpose", "Saves while servers fail.",
                        "description", "",
                        "joinPolicy", "BY_REQUEST")));
        assertThat(made.status()).as("%s on %s", made.body(), server).isEqualTo(201);
        return new Community(slug, token(admin, "write"), token(admin, "git"));
    }

    private static String token(Visitor admin, String scope) {
        Page made = admin.api("POST", "/api/v1/me/tokens", json(Map.of("name", scope, "scopes", List.of(scope))));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return read(made.body()).get("secret").asString();
    }

    /** Starts a client that saves {@code path} again and again on the server of this port, commenting every other save. */
    public void start(int port, String token, String path) {
        Thread thread = new Thread(() -> write(Visitor.apiClient(port, token), path), "writer " + path);
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
    }

    private void write(Visitor api, String path) {
        String base = null;
        for (int save = 1; running.get(); save++) {
            String body = "Save " + save + " of " + path + ".";
            Map<String, Object> page = new java.util.HashMap<>(Map.of("title", path, "body", body, "summary", body));
            if (base != null) {
                page.put("baseCommit", base);
            }
            Page answer = send(api, path, "PUT", "/pages/" + path, page);
            if (answer == null) {
                return;
            }
            if (answer.status() == 200) {
                base = read(answer.body()).get("commitId").asString();
                saved.add(new Saved(path, base, body, System.nanoTime()));
            } else if (answer.status() == 409) {
                // a save that was stored but never answered (the server or its database went away mid-answer)
                base = read(answer.body()).get("commitId").asString();
            }
            if (save % 2 == 0) {
                Page comment = send(api, path, "POST", "/page-comments/" + path, Map.of("body", "Comment on " + body));
                if (comment == null) {
                    return;
                }
                if (comment.status() == 201) {
                    commented.add(
                            new Commented(path, read(comment.body()).get("id").asLong()));
                }
            }
        }
    }

    /** The answer, or null when the server did not answer (the client then stops). */
    private Page send(Visitor api, String path, String method, String address, Map<String, Object> body) {
        long start = System.nanoTime();
        try {
            Page answer = api.api(method, "/api/v1/communities/" + slug + address, json(body));
            if (answer.status() >= 300) {
                refused.add(new Refused(
                        path,
                        answer.status(),
                        answer.body(),
                        answer.contentType(),
                        (System.nanoTime() - start) / 1_000_000,
                        System.nanoTime()));
            }
            return answer;
        } catch (UncheckedIOException e) {
            lost.add(path);
            refused.add(new Refused(
                    path, 0, String.valueOf(e.getCause()), "", (System.nanoTime() - start) / 1_000_000, start));
            return null;
        }
    }

    /** Stops every client and waits for each to finish its request. */
    public void stop() throws InterruptedException {
        running.set(false);
        for (Thread thread : threads) {
            thread.join(Duration.ofMinutes(2).toMillis());
            assertThat(thread.isAlive())
                    .as("%s still running", thread.getName())
                    .isFalse();
        }
    }

    /** Waits until {@code done} holds or the time is up; false then. */
    public static boolean within(Duration limit, java.util.function.BooleanSupplier done) {
        long until = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < until) {
            if (done.getAsBoolean()) {
                return true;
            }
            ServerProcess.pause(Duration.ofMillis(50));
        }
        return done.getAsBoolean();
    }

    /**
     * Checks on this server that every acknowledged save and comment is there: each page's last acknowledged text (or
     * one saved after it whose answer was lost), each comment's thread, and each acknowledged commit in the history of
     * {@code main} of a clone made with Git, which {@code git fsck} finds whole.
     */
    public void allThere(ServerProcess server, Community community) {
        Visitor api = community.api(server);
        Map<String, List<Saved>> byPage = saved.stream().collect(Collectors.groupingBy(Saved::path));
        byPage.forEach((path, saves) -> {
            Page page = api.api("GET", "/api/v1/communities/" + slug + "/pages/" + path, null);
            assertThat(page.status()).as("%s on %s", path, server).isEqualTo(200);
            String last = saves.get(saves.size() - 1).body();
            int number = Integer.parseInt(last.replaceAll("^Save (\\d+) .*", "$1"));
            assertThat(read(page.body()).get("body").asString())
                    .as("%s on %s", path, server)
                    .containsAnyOf(last, last.replace("Save " + number + " ", "Save " + (number + 1) + " "));
        });
        commented.stream().collect(Collectors.groupingBy(Commented::path)).forEach((path, comments) -> {
            Page threads = api.api("GET", "/api/v1/communities/" + slug + "/page-comments/" + path, null);
            assertThat(threads.status())
                    .as("comments of %s on %s", path, server)
                    .isEqualTo(200);
            Set<Long> there = new java.util.HashSet<>();
            read(threads.body()).forEach(thread -> there.add(thread.get("id").asLong()));
            assertThat(there)
                    .as("comments of %s on %s", path, server)
                    .containsAll(comments.stream().map(Commented::threadId).toList());
        });
        GitCli git = new GitCli();
        Path clone = git.cloned(server.port(), slug, ServerProcess.ADMIN_EMAIL, community.gitToken());
        GitCli.Result fsck = git.run(clone, "fsck", "--full", "--strict");
        assertThat(fsck.ok())
                .as("git fsck of the clone from %s: %s", server, fsck.output())
                .isTrue();
        GitCli.Result history = git.run(clone, "rev-list", "origin/main");
        assertThat(history.ok()).as(history.output()).isTrue();
        Set<String> commits = Set.of(history.output().trim().split("\\s+"));
        assertThat(saved)
                .as("acknowledged saves in the history of main on %s", server)
                .allSatisfy(save -> assertThat(commits).as(save.toString()).contains(save.commitId()));
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    static JsonNode read(String json) {
        return JSON.readTree(json);
    }
}
