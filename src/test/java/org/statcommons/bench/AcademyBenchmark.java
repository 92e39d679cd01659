package org.statcommons.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.content.CourseSpace;
import org.statcommons.content.space.SpaceRepositories;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.Visitor;

/**
 * Academy benchmark (not a test), run by {@code bench/academy.sh}: a course of 200 episodes and 2,000 commits
 * (created through the site, its history then written straight into its repository and repacked as the server's
 * repacker would), then over HTTP as people would: forking it (goal under 1 s), the original moved by a save of an
 * episode's edit form, the original's fork network and a
 * fork's contents page computing "N new changes upstream" for 200 forks (under 200 ms), opening an upstream-merge
 * proposal over 50 new upstream commits (under 500 ms), and the offline zip of the 200 episodes (under 3 s).
 * Prints a table (copy it to bench/RESULTS-academy.md).
 */
public final class AcademyBenchmark {

    private static final int EPISODES = 200;
    private static final int COMMITS = 2_000;
    private static final int FORKS = 200;
    private static final int UPSTREAM = 50;

    private final ConfigurableApplicationContext app;
    private final ResultTable table;
    private final Fixtures fixtures;
    private final SpaceRepositories repositories;
    private final JdbcClient db;

    private AcademyBenchmark(ConfigurableApplicationContext app, ResultTable table) {
        this.app = app;
        this.table = table;
        this.fixtures = Fixtures.of(app);
        this.repositories = app.getBean(SpaceRepositories.class);
        this.db = app.getBean(JdbcClient.class);
    }

    public static void main(String[] args) throws Exception {
        ResultTable.run("academy", args, (app, table) -> new AcademyBenchmark(app, table).run());
    }

    private void run() throws IOException {
        Community officeA = fixtures.community("Academy bench A " + System.nanoTime());
        Community officeB = fixtures.community("Academy bench B " + System.nanoTime());
        Account ana = fixtures.member(officeA, "Ana Author", CommunityRole.FACILITATOR);
        Account bruno = fixtures.member(officeB, "Bruno Borrower", CommunityRole.FACILITATOR);
        Visitor anaSite = fixtures.signedIn(ana);
        Visitor brunoSite = fixtures.signedIn(bruno);
        Visitor anyone = fixtures.anonymous();

        String list = "/c/" + officeA.slug() + "/courses";
        Visitor.Page created = anaSite.submitNoFollow(
                list, list, Map.of("title", "Big course", "language", "en", "licence", "CC-BY-4.0", "open", "true"));
        expect(created, 302);
        String course = created.location().replaceAll("^.*/courses/", "");
        String address = list + "/" + course;
        long courseId = db.sql("select id from academy.courses where community_id = ? and name = ?")
                .params(officeA.id(), course)
                .query(Long.class)
                .single();
        long seedStart = System.nanoTime();
        Repository origin = repositories.open(CourseSpace.keyOf(courseId)).orElseThrow();
        Map<String, ObjectId> files = filesOf(origin);
        for (int c = 0; c < COMMITS; c++) {
            commit(origin, files, c == 0 ? -1 : c % EPISODES, "Bench change " + c);
        }
        repositories.repack(CourseSpace.keyOf(courseId));
        table.row(
                "Seeding: " + EPISODES + " episodes, " + COMMITS + " commits, repacked",
                ms(System.nanoTime() - seedStart),
                "");

        if (Boolean.getBoolean("academy.bench.zip-only")) {
            zip(anyone, address);
            return;
        }
        // forking: each fork a POST of the form, as a maintainer of office B sends it
        String csrf = brunoSite.csrfToken();
        long[] forkTimes = new long[FORKS];
        for (int f = 0; f < FORKS; f++) {
            long start = System.nanoTime();
            Visitor.Page forked = brunoSite.postNoFollow(
                    address + "/fork",
                    Map.of(
                            "_csrf",
                            csrf,
                            "community",
                            officeB.slug(),
                            "name",
                            "fork-" + f,
                            "language",
                            "",
                            "open",
                            "true"));
            forkTimes[f] = System.nanoTime() - start;
            expect(forked, 302);
        }
        table.row("Fork the course (" + FORKS + " forks, one at a time)", percentiles(forkTimes), "< 1 s");
        long forkId = db.sql("select id from academy.courses where community_id = ? and name = 'fork-0'")
                .param(officeB.id())
                .query(Long.class)
                .single();
        table.row(
                "A fork's storage (loose bytes / packs / packed bytes)",
                repositories.storage(CourseSpace.keyOf(forkId)).orElseThrow().toString(),
                "shared");

        // the network page once before anything moves: its first view in a server is also its template's compilation
        // and the code's first run, which a server pays once, not each time an original moves on
        long firstEver = System.nanoTime();
        expect(anyone.get(address + "/network"), 200);
        table.row(
                "Fork network page, " + FORKS + " forks, first view in this server",
                ms(System.nanoTime() - firstEver),
                "");
        // and some more, as a server that has run a while has served it: what is measured after the move is then the
        // move's cost, not the page's code compiled on its second run
        long[] warm = timed(
                Integer.getInteger("academy.bench.warm-views", 20),
                () -> expect(anyone.get(address + "/network"), 200));
        table.row(
                "Fork network page, " + FORKS + " forks, views before main moved",
                percentiles(Arrays.copyOfRange(warm, warm.length / 2, warm.length)) + ", the last half",
                "");

        // the original moves on by one commit, saved as its author saves it (the episode's edit form): every fork is
        // now one change behind
        String anaCsrf = anaSite.csrfToken();
        save(anaSite, anaCsrf, address, 7, "Upstream fix");
        long[] network = timed(
                Integer.getInteger("academy.bench.network-views", 5),
                () -> expect(anyone.get(address + "/network"), 200));
        table.row("Fork network page, " + FORKS + " forks, first view after main moved", ms(network[0]), "< 200 ms");
        table.row(
                "Fork network page, " + FORKS + " forks, later views",
                percentiles(Arrays.copyOfRange(network, 1, network.length)),
                "< 200 ms");
        long[] contents = new long[FORKS];
        for (int f = 0; f < FORKS; f++) {
            String fork = "/c/" + officeB.slug() + "/courses/fork-" + f;
            long start = System.nanoTime();
            Visitor.Page page = anyone.get(fork);
            contents[f] = System.nanoTime() - start;
            expect(page, 200);
            if (f == 0 && !page.text().contains("The original has 1 new change.")) {
                throw new IllegalStateException("The fork does not show the upstream change: " + page.text());
            }
        }
        table.row("A fork's contents page \"1 new change\" (" + FORKS + " forks)", percentiles(contents), "< 200 ms");

        // 50 upstream commits, as a push brings them (more than the site's 30 saves a minute), then one click opens the
        // proposal in the fork
        files.clear();
        files.putAll(filesOf(origin));
        for (int c = 0; c < UPSTREAM; c++) {
            commit(origin, files, c % EPISODES, "Upstream change " + c);
        }
        long[] proposals = new long[5];
        for (int f = 1; f <= proposals.length; f++) {
            String fork = "/c/" + officeB.slug() + "/courses/fork-" + f;
            long start = System.nanoTime();
            Visitor.Page opened = brunoSite.postNoFollow(fork + "/upstream", Map.of("_csrf", csrf));
            proposals[f - 1] = System.nanoTime() - start;
            expect(opened, 302);
        }
        table.row(
                "Open an upstream-merge proposal over " + (UPSTREAM + 1) + " commits (5 forks)",
                percentiles(proposals),
                "< 500 ms");

        zip(anyone, address);
    }

    /** The offline zip, five times: the first reads the material, the others find it kept. */
    private void zip(Visitor anyone, String address) {
        long[] zips = new long[Integer.getInteger("academy.bench.zips", 5)];
        int size = 0;
        for (int z = 0; z < zips.length; z++) {
            long start = System.nanoTime();
            Visitor.Download zip = anyone.download(address + "/offline.zip");
            zips[z] = System.nanoTime() - start;
            size = zip.body().length;
        }
        table.row(
                "Offline zip of " + EPISODES + " episodes, first (material read)",
                ms(zips[0]) + ", " + (size >> 10) + " KB",
                "< 3 s");
        table.row(
                "Offline zip of " + EPISODES + " episodes, later",
                percentiles(Arrays.copyOfRange(zips, 1, zips.length)),
                "< 3 s");
    }

    /**
     * Saves one episode through the server as its author does: the edit form read (main's commit, the file), its
     * text changed, the form sent.
     */
    private static void save(Visitor author, String csrf, String address, int episode, String change) {
        String edit = address + "/" + episodePath(episode).replaceAll("\\.md$", "") + "/edit";
        Visitor.Page form = author.get(edit);
        expect(form, 200);
        Matcher base =
                Pattern.compile("name=\"baseCommit\" value=\"([0-9a-f]{40})\"").matcher(form.body());
        if (!base.find()) {
            throw new IllegalStateException("No base commit in the edit form: " + form.text());
        }
        Visitor.Page saved = author.postNoFollow(
                edit,
                Map.of(
                        "_csrf",
                        csrf,
                        "text",
                        new String(episodeText(episode, change), StandardCharsets.UTF_8),
                        "baseCommit",
                        base.group(1),
                        "summary",
                        change));
        expect(saved, 302);
    }

    /** The paths and blobs of main's tree. */
    private static Map<String, ObjectId> filesOf(Repository repository) throws IOException {
        Map<String, ObjectId> files = new TreeMap<>();
        try (RevWalk walk = new RevWalk(repository);
                TreeWalk tree = new TreeWalk(repository)) {
            RevCommit head =
                    walk.parseCommit(repository.exactRef("refs/heads/main").getObjectId());
            tree.addTree(head.getTree());
            tree.setRecursive(true);
            while (tree.next()) {
                files.put(tree.getPathString(), tree.getObjectId(0));
            }
        }
        return files;
    }

    /**
     * One commit on main: the first ({@code episode} -1) replaces the sample's episodes with 200; each other changes
     * one episode's text.
     */
    private static void commit(Repository repository, Map<String, ObjectId> files, int episode, String message)
            throws IOException {
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            if (episode < 0) {
                files.keySet().removeIf(path -> path.startsWith("episodes/") && path.endsWith(".md"));
                for (int e = 0; e < EPISODES; e++) {
                    files.put(episodePath(e), inserter.insert(Constants.OBJ_BLOB, episodeText(e, message)));
                }
            } else {
                files.put(episodePath(episode), inserter.insert(Constants.OBJ_BLOB, episodeText(episode, message)));
            }
            ObjectId tree = tree(inserter, files, "");
            ObjectId parent = repository.exactRef("refs/heads/main").getObjectId();
            CommitBuilder commit = new CommitBuilder();
            PersonIdent who = new PersonIdent("Bench Author", "bench@example.org");
            commit.setAuthor(who);
            commit.setCommitter(who);
            commit.setMessage(message);
            commit.setParentId(parent);
            commit.setTreeId(tree);
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            RefUpdate update = repository.updateRef("refs/heads/main");
            update.setExpectedOldObjectId(parent);
            update.setNewObjectId(id);
            RefUpdate.Result result = update.update();
            if (result != RefUpdate.Result.FAST_FORWARD) {
                throw new IllegalStateException("main not moved: " + result);
            }
        }
    }

    /** The tree of the files under {@code prefix}, its subtrees written first. */
    private static ObjectId tree(ObjectInserter inserter, Map<String, ObjectId> files, String prefix)
            throws IOException {
        Map<String, ObjectId> entries = new TreeMap<>(AcademyBenchmark::gitOrder);
        Map<String, Boolean> folders = new HashMap<>();
        for (Map.Entry<String, ObjectId> file : files.entrySet()) {
            if (!file.getKey().startsWith(prefix)) {
                continue;
            }
            String rest = file.getKey().substring(prefix.length());
            int slash = rest.indexOf('/');
            if (slash < 0) {
                entries.put(rest, file.getValue());
            } else {
                String folder = rest.substring(0, slash);
                if (folders.put(folder, true) == null) {
                    entries.put(folder + "/", tree(inserter, files, prefix + folder + "/"));
                }
            }
        }
        TreeFormatter formatter = new TreeFormatter();
        for (Map.Entry<String, ObjectId> entry : entries.entrySet()) {
            String name = entry.getKey();
            if (name.endsWith("/")) {
                formatter.append(name.substring(0, name.length() - 1), FileMode.TREE, entry.getValue());
            } else {
                formatter.append(name, FileMode.REGULAR_FILE, entry.getValue());
            }
        }
        return inserter.insert(formatter);
    }

    /** Git sorts a tree's entries by name, a folder's name as if it ended with "/". */
    private static int gitOrder(String a, String b) {
        return a.compareTo(b);
    }

    private static String episodePath(int episode) {
        return String.format(Locale.ROOT, "episodes/%02d-episode-%d.md", episode % 100, episode);
    }

    private static byte[] episodeText(int episode, String change) {
        StringBuilder text = new StringBuilder();
        text.append("---\ntitle: Episode ")
                .append(episode)
                .append("\nteaching: 10\nexercises: 5\n")
                .append("objectives: [\"Learn step ")
                .append(episode)
                .append(".\"]\n---\n\n");
        for (int p = 0; p < 8; p++) {
            text.append("A paragraph of the episode about version control of statistical programs, with `git log` ")
                    .append("and *emphasis*, part ")
                    .append(p)
                    .append(".\n\n");
        }
        text.append("::: exercise\nRecord a change.\n\n::: solution\ngit commit -m \"Change\"\n:::\n:::\n\n");
        text.append("Last change: ").append(change).append('\n');
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private interface Step {
        void run();
    }

    private static long[] timed(int times, Step step) {
        long[] elapsed = new long[times];
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            step.run();
            elapsed[i] = System.nanoTime() - start;
        }
        return elapsed;
    }

    private static void expect(Visitor.Page page, int status) {
        if (page.status() != status) {
            throw new IllegalStateException("Expected " + status + ", got " + page.status() + ": " + page.text());
        }
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.0f ms", nanos / 1e6);
    }

    private static String percentiles(long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        return String.format(
                Locale.ROOT,
                "p50 %.0f ms, p95 %.0f ms, max %.0f ms (n=%d)",
                sorted[sorted.length / 2] / 1e6,
                sorted[Math.min(sorted.length - 1, sorted.length * 95 / 100)] / 1e6,
                sorted[sorted.length - 1] / 1e6,
                sorted.length);
    }
}
