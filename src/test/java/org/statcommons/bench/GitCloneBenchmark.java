package org.statcommons.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.springframework.context.ConfigurableApplicationContext;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.content.SetUpSpace;
import org.statcommons.content.space.SpaceBranches;
import org.statcommons.content.space.SpaceIndexer;
import org.statcommons.content.space.SpaceRepositories;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.GitCli;

/**
 * Git over HTTP benchmark (not a test): {@code git clone} of a space of 1,000 pages and 10,000 commits
 * through the server (JGit's GitServlet behind authentication and the permission check) next to
 * {@code git clone} of the same bare repository from its directory. The history is written straight into
 * the repository with JGit (same shape as bench/content.sh's space, in seconds instead of minutes), then
 * indexed. Run with {@code bench/git.sh}; results in bench/RESULTS-content.md.
 */
public final class GitCloneBenchmark {

    private static final int PAGES = 1_000;
    private static final int COMMITS = 10_000;
    private static final int RUNS = 5;

    private GitCloneBenchmark() {}

    public static void main(String[] args) throws Exception {
        try (BenchServer server = BenchServer.start("git", args)) {
            run(server.app(), server.dataDir());
        }
    }

    private static void run(ConfigurableApplicationContext app, Path dataDir) throws Exception {
        int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        Fixtures fixtures = Fixtures.of(app);
        Community community = fixtures.community("Clone bench");
        Account member = fixtures.member(community, "Bench Member", CommunityRole.MEMBER);
        app.getBean(SetUpSpace.class).ensure(community.id());
        Repository repository =
                app.getBean(SpaceRepositories.class).open(community.id()).orElseThrow();

        long seedStart = System.nanoTime();
        seed(repository);
        app.getBean(SpaceIndexer.class).ensureCurrent(community.id());
        System.out.printf(
                Locale.ROOT,
                "seeded %d pages and %d commits with JGit and indexed them in %.1f s%n",
                PAGES,
                COMMITS,
                (System.nanoTime() - seedStart) / 1e9);

        GitCli git = new GitCli();
        Path work = Files.createTempDirectory("statcommons-bench-clones");
        String http = GitCli.url(port, community.slug(), member.email(), fixtures.gitToken(member));
        String directory = repository.getDirectory().getAbsolutePath();
        double[] server;
        double[] file;
        double[] local;
        try {
            server = clones(git, work, "http", http);
            file = clones(git, work, "file", "file://" + directory);
            local = clones(git, work, "local", directory);
        } finally {
            BenchServer.delete(work);
        }
        report("git clone through the server (HTTP, token, permission check)", server);
        report("git clone file:// of the bare repository (pack protocol)", file);
        report("git clone of the bare repository's directory (hard links)", local);
        System.out.printf(
                Locale.ROOT,
                "ratio server / file:// (p50): %.2f; server / directory (p50): %.2f%n",
                percentile(server, 50) / percentile(file, 50),
                percentile(server, 50) / percentile(local, 50));
    }

    private static double[] clones(GitCli git, Path work, String name, String url) {
        double[] millis = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            GitCli.Result clone = git.run(work, "clone", "-q", url, name + "-" + run);
            millis[run] = (System.nanoTime() - start) / 1e6;
            if (!clone.ok()) {
                throw new IllegalStateException("clone " + name + " failed: " + clone.output());
            }
        }
        return millis;
    }

    /** 1,000 pages of about 4 KB in 20 folders, then edits until there are 10,000 commits on main. */
    static void seed(Repository repository) throws IOException {
        Random random = new Random(42);
        try (ObjectInserter inserter = repository.newObjectInserter();
                RevWalk walk = new RevWalk(repository)) {
            ObjectId head = repository.resolve(SpaceBranches.MAIN);
            RevCommit start = walk.parseCommit(head);
            DirCache files = DirCache.newInCore();
            DirCacheBuilder builder = files.builder();
            builder.addTree(new byte[0], DirCacheEntry.STAGE_0, walk.getObjectReader(), start.getTree());
            builder.finish();
            ObjectId parent = head;
            for (int commit = 0; commit < COMMITS; commit++) {
                int page = commit < PAGES ? commit : commit % 10 == 0 ? 0 : random.nextInt(PAGES);
                ObjectId blob = inserter.insert(
                        Constants.OBJ_BLOB,
                        ("---\ntitle: Page " + page + "\n---\n\n" + body(page, commit))
                                .getBytes(StandardCharsets.UTF_8));
                DirCacheEditor editor = files.editor();
                editor.add(
                        new DirCacheEditor.PathEdit(
                                String.format(Locale.ROOT, "chapter-%03d/page-%04d.md", page / 50, page)) {
                            @Override
                            public void apply(DirCacheEntry entry) {
                                entry.setFileMode(FileMode.REGULAR_FILE);
                                entry.setObjectId(blob);
                            }
                        });
                editor.finish();
                PersonIdent person = new PersonIdent("Bench Mark", "bench@stat.example", Instant.now(), ZoneOffset.UTC);
                CommitBuilder builderOfCommit = new CommitBuilder();
                builderOfCommit.setTreeId(files.writeTree(inserter));
                builderOfCommit.setParentId(parent);
                builderOfCommit.setAuthor(person);
                builderOfCommit.setCommitter(person);
                builderOfCommit.setMessage("Edit page " + page + "\n");
                parent = inserter.insert(builderOfCommit);
            }
            inserter.flush();
            RefUpdate update = repository.updateRef(SpaceBranches.MAIN);
            update.setExpectedOldObjectId(head);
            update.setNewObjectId(parent);
            RefUpdate.Result result = update.update(walk);
            if (result != RefUpdate.Result.FAST_FORWARD) {
                throw new IllegalStateException("Could not move main: " + result);
            }
        }
    }

    /** About 4 KB of Markdown; one paragraph names the version, so consecutive versions differ a little. */
    static String body(int page, int version) {
        StringBuilder text = new StringBuilder();
        for (int paragraph = 0; paragraph < 20; paragraph++) {
            text.append("## Section ")
                    .append(paragraph)
                    .append("\n\n")
                    .append(paragraph == version % 20 ? "Revised in version " + version + ": " : "")
                    .append("Data from the census of page ")
                    .append(page)
                    .append(" are integrated with administrative registers and sample surveys for paragraph ")
                    .append(paragraph)
                    .append(".\n\n");
        }
        return text.toString();
    }

    private static void report(String what, double[] millis) {
        System.out.printf(
                Locale.ROOT,
                "%-64s n=%d  p50=%.0f ms  min=%.0f ms  max=%.0f ms%n",
                what,
                millis.length,
                percentile(millis, 50),
                Arrays.stream(millis).min().orElseThrow(),
                Arrays.stream(millis).max().orElseThrow());
    }

    static double percentile(double[] millis, int percent) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
