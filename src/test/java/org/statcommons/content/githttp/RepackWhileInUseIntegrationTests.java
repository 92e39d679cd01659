package org.statcommons.content.githttp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.content.Author;
import org.statcommons.content.PageEdit;
import org.statcommons.content.Pages;
import org.statcommons.content.SavePage;
import org.statcommons.content.SaveResult;
import org.statcommons.content.space.SpaceRepositories;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.GitCli;
import org.statcommons.support.StatCommonsIntegrationTest;

/**
 * Repacking while the space is in use: repacks run back to back while people save, push (to main, and to
 * refs/for/main for the server to merge) and clone. Every save and push lands, every clone is whole, and
 * {@code git fsck} finds the repositories intact afterwards: nothing a concurrent writer needed was removed,
 * and no ref update failed because a repack held a lock.
 */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RepackWhileInUseIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SavePage savePage;

    @Autowired
    Pages pages;

    @Autowired
    SpaceRepositories repositories;

    GitCli git;
    ExecutorService threads;

    @BeforeAll
    void setUp() {
        git = new GitCli();
    }

    @BeforeEach
    void start() {
        threads = Executors.newFixedThreadPool(6);
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void savesPushesAndClonesDuringRepacksLoseNothing() throws Exception {
        Community community = fixtures.community("Repacked while busy");
        Account pusher = fixtures.member(community, "Pau Pusher", CommunityRole.FACILITATOR);
        savePage.save(community.id(), new PageEdit("busy/start.md", "Start", "Start\n", null, "Start"), writer(0));
        Path work = clone(community, pusher);
        AtomicBoolean busy = new AtomicBoolean(true);
        Future<Integer> repacks = threads.submit(() -> repackUntilDone(community.id(), busy));

        List<Future<Integer>> writers = new ArrayList<>();
        for (int writer = 1; writer <= 3; writer++) {
            int me = writer;
            writers.add(threads.submit(() -> {
                String base = null;
                for (int save = 1; save <= 25; save++) {
                    SaveResult result = savePage.save(
                            community.id(),
                            new PageEdit(
                                    "busy/writer-" + me + ".md",
                                    "Writer " + me,
                                    "Save " + save + "\n",
                                    base,
                                    "Writer " + me + " save " + save),
                            writer(me));
                    assertThat(result.outcome()).isEqualTo(SaveResult.Outcome.SAVED);
                    base = ((SaveResult.Saved) result).commitId();
                }
                return 25;
            }));
        }
        Future<List<GitCli.Result>> clones = threads.submit(() -> {
            List<GitCli.Result> results = new ArrayList<>();
            for (int clone = 0; clone < 4; clone++) {
                results.add(git.run(
                        temporary(),
                        "clone",
                        "-q",
                        GitCli.url(port, community.slug(), pusher.email(), fixtures.gitToken(pusher)),
                        "c"));
            }
            return results;
        });
        List<GitCli.Result> pushes = new ArrayList<>();
        for (int push = 1; push <= 5; push++) {
            pushes.add(git.commitAndPush(
                    work,
                    "busy/git-" + push + ".md",
                    "---\ntitle: Git " + push + "\n---\n\nPushed.\n",
                    "Git " + push,
                    "origin",
                    "HEAD:refs/for/main"));
        }
        int saved = 0;
        for (Future<Integer> writer : writers) {
            saved += writer.get(3, TimeUnit.MINUTES);
        }
        List<GitCli.Result> cloned = clones.get(3, TimeUnit.MINUTES);
        busy.set(false);

        assertThat(repacks.get(1, TimeUnit.MINUTES)).as("repacks ran meanwhile").isGreaterThanOrEqualTo(2);
        assertThat(saved).isEqualTo(75);
        assertThat(pushes)
                .allSatisfy(
                        push -> assertThat(push.exitCode()).as(push.output()).isZero());
        assertThat(cloned)
                .allSatisfy(
                        clone -> assertThat(clone.exitCode()).as(clone.output()).isZero());
        for (int writer = 1; writer <= 3; writer++) {
            assertThat(pages.read(community.id(), "busy/writer-" + writer + ".md")
                            .body())
                    .contains("Save 25");
        }
        assertThat(pages.list(community.id()))
                .extracting(page -> page.path())
                .contains("busy/git-1.md", "busy/git-5.md");
        assertIntact(community.id());
    }

    @Test
    void pushesToMainDuringRepacksAllLand() throws Exception {
        Community community = fixtures.community("Pushed while repacked");
        Account pusher = fixtures.member(community, "Poe Pusher", CommunityRole.FACILITATOR);
        savePage.save(community.id(), new PageEdit("notes/start.md", "Start", "Start\n", null, "Start"), writer(0));
        Path work = clone(community, pusher);
        AtomicBoolean busy = new AtomicBoolean(true);
        Future<Integer> repacks = threads.submit(() -> repackUntilDone(community.id(), busy));

        List<GitCli.Result> pushes = new ArrayList<>();
        for (int push = 1; push <= 8; push++) {
            pushes.add(git.commitAndPush(
                    work,
                    "notes/push-" + push + ".md",
                    "---\ntitle: Push " + push + "\n---\n\nPushed.\n",
                    "Push " + push,
                    "origin",
                    "HEAD:main"));
        }
        busy.set(false);

        assertThat(repacks.get(1, TimeUnit.MINUTES)).isGreaterThanOrEqualTo(2);
        assertThat(pushes)
                .allSatisfy(
                        push -> assertThat(push.exitCode()).as(push.output()).isZero());
        assertThat(pages.list(community.id()))
                .extracting(page -> page.path())
                .contains("notes/push-1.md", "notes/push-8.md");
        assertIntact(community.id());
    }

    private int repackUntilDone(long communityId, AtomicBoolean busy) {
        int repacks = 0;
        while (busy.get() || repacks < 2) {
            repositories.repack(communityId);
            repacks++;
        }
        return repacks;
    }

    private void assertIntact(long communityId) {
        Path directory =
                repositories.open(communityId).orElseThrow().getDirectory().toPath();
        GitCli.Result fsck = git.run(directory, "fsck", "--full", "--no-dangling");
        assertThat(fsck.exitCode()).as(fsck.output()).isZero();
        assertThat(fsck.output()).doesNotContain("missing", "broken", "error");
    }

    private static Author writer(int number) {
        return new Author("Writer " + number, "writer" + number + "@stat.example");
    }

    private Path clone(Community community, Account account) {
        Path directory = temporary();
        GitCli.Result clone = git.run(
                directory,
                "clone",
                GitCli.url(port, community.slug(), account.email(), fixtures.gitToken(account)),
                "space");
        assertThat(clone.exitCode()).as(clone.output()).isZero();
        return directory.resolve("space");
    }

    private static Path temporary() {
        try {
            return Files.createTempDirectory("statcommons-repack-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
