package org.statcommons.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.StatCommonsApplication;
import org.statcommons.access.PlatformRole;
import org.statcommons.backup.BackupCommand;
import org.statcommons.community.Community;
import org.statcommons.content.space.SpaceIndexer;
import org.statcommons.content.space.SpaceRepositories;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.Visitor;

/**
 * Backup and restore of a large server (issue 15): 100 communities, 100,000 pages written as real Git commits (ten
 * commits of 100 pages per community, through JGit in bulk, then indexed by the server as any push is) and 1,000,000
 * comments on them (seeded by SQL: one thread per page, ten comments each). Then "Back up now" on the running server,
 * the server stopped, {@code statcommons backup DIR} and {@code statcommons restore} into a fresh data directory, each
 * timed, with the backup's size. {@code --scale=0.1} seeds a tenth of the pages and comments (the communities stay 100).
 */
public final class BackupBenchmark {

    private static final int COMMUNITIES = 100;
    private static final int COMMITS = 10;

    private BackupBenchmark() {}

    public static void main(String[] args) throws Exception {
        double scale = 1;
        List<String> rest = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--scale=")) {
                scale = Double.parseDouble(arg.substring("--scale=".length()));
            } else {
                rest.add(arg);
            }
        }
        int pagesPerCommit = (int) Math.round(100 * scale);
        Path backups = Files.createTempDirectory("statcommons-bench-backups");
        Path restored = Files.createTempDirectory("statcommons-bench-restored");
        // "Back up now" writes beside the command's backup, and both are deleted at the end
        rest.add(0, "--statcommons.backup.dir=" + backups);
        try {
            ResultTable.run(
                    "backup",
                    rest.toArray(String[]::new),
                    (app, table) -> measure(app, table, pagesPerCommit, backups, restored));
        } finally {
            delete(backups);
            delete(restored);
        }
    }

    private static void measure(
            ConfigurableApplicationContext app, ResultTable table, int pagesPerCommit, Path backups, Path restored)
            throws Exception {
        Fixtures fixtures = Fixtures.of(app);
        JdbcClient db = app.getBean(JdbcClient.class);
        SpaceRepositories repositories = app.getBean(SpaceRepositories.class);
        SpaceIndexer indexer = app.getBean(SpaceIndexer.class);
        Account admin = fixtures.account("Backup bench administrator", PlatformRole.ADMINISTRATOR);
        Visitor browser = fixtures.signedIn(admin);
        long seeding = System.nanoTime();
        List<Community> communities = new ArrayList<>();
        for (int c = 0; c < COMMUNITIES; c++) {
            communities.add(fixtures.community("Backup bench " + c));
        }
        long pages = 0;
        for (Community community : communities) {
            Repository repository = repositories.create(community.id());
            for (int commit = 0; commit < COMMITS; commit++) {
                pages += commit(repository, commit, pagesPerCommit);
            }
            // indexed as the server indexes a push
            indexer.ensureCurrent(community.id());
        }
        long threads = db.sql("""
                        insert into comments.threads (community_id, page_path, started_by)
                        select p.community_id, p.path, ? from content.pages p
                         where p.community_id = any (?)""")
                .params(admin.id(), communities.stream().map(Community::id).toArray(Long[]::new))
                .update();
        long comments = db.sql("""
                        insert into comments.comments (thread_id, author_id, body)
                        select t.id, t.started_by, 'Comment ' || n || ' on ' || t.page_path
                               || ': the sampling frame of the survey is fine, but the response rate needs a second look.'
                          from comments.threads t, generate_series(1, 10) n where t.started_by = ?""").param(admin.id()).update();
        db.sql("analyze").update();
        table.row(
                "Seeded",
                String.format(
                        Locale.ROOT,
                        "%d communities, %d pages (%d commits), %d threads, %d comments in %d s",
                        COMMUNITIES,
                        pages,
                        COMMUNITIES * COMMITS,
                        threads,
                        comments,
                        (System.nanoTime() - seeding) / 1_000_000_000),
                "");
        table.row(
                "Database size",
                db.sql("select pg_size_pretty(pg_database_size(current_database()))")
                        .query(String.class)
                        .single(),
                "");

        long now = System.nanoTime();
        Visitor.Page done = browser.submit("/admin/backups", "/admin/backups", Visitor.fields());
        if (!done.body().contains("Backed up into")) {
            throw new IllegalStateException("Back up now did not back up: " + done.body());
        }
        table.row("Back up now (server running, serving)", millis(now) + " ms", "");

        Path dataDir = Path.of(app.getEnvironment().getProperty("statcommons.data-dir"));
        String binaries = "--statcommons.db.embedded-binaries-dir="
                + app.getEnvironment().getProperty("statcommons.db.embedded-binaries-dir");
        app.close();
        now = System.nanoTime();
        int status = BackupCommand.run(StatCommonsApplication.class, new String[] {
            "backup", backups.toString(), "--statcommons.data-dir=" + dataDir, binaries, "--logging.level.root=WARN"
        });
        long backupMillis = millis(now);
        if (status != 0) {
            throw new IllegalStateException("backup exited with " + status);
        }
        Path backup;
        try (Stream<Path> folders = Files.list(backups)) {
            backup = folders.sorted().reduce((a, b) -> b).orElseThrow();
        }
        table.row("statcommons backup (server stopped)", backupMillis + " ms, start-up and stop included", "");
        table.row(
                "Backup size",
                String.format(
                        Locale.ROOT,
                        "%.1f MB (database %.1f MB, Git %.1f MB)",
                        size(backup) / 1e6,
                        size(backup.resolve("database")) / 1e6,
                        size(backup.resolve("repositories")) / 1e6),
                "");

        now = System.nanoTime();
        status = BackupCommand.run(StatCommonsApplication.class, new String[] {
            "restore",
            backup.toString(),
            "--statcommons.data-dir=" + restored,
            binaries,
            "--statcommons.db.embedded-fsync=false",
            "--logging.level.root=WARN"
        });
        if (status != 0) {
            throw new IllegalStateException("restore exited with " + status);
        }
        table.row("statcommons restore (fresh data directory)", millis(now) + " ms, start-up and stop included", "");
    }

    /** One commit of {@code count} new pages on main; returns how many. */
    private static int commit(Repository repository, int commit, int count) throws IOException {
        Ref main = repository.exactRef("refs/heads/main");
        ObjectId parent = main == null ? null : main.getObjectId();
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            DirCache index = DirCache.newInCore();
            DirCacheBuilder builder = index.builder();
            if (parent != null) {
                try (TreeWalk walk = new TreeWalk(repository)) {
                    walk.addTree(repository.parseCommit(parent).getTree());
                    walk.setRecursive(true);
                    while (walk.next()) {
                        DirCacheEntry kept = new DirCacheEntry(walk.getPathString());
                        kept.setFileMode(walk.getFileMode(0));
                        kept.setObjectId(walk.getObjectId(0));
                        builder.add(kept);
                    }
                }
            }
            for (int p = 0; p < count; p++) {
                String text = "# Page " + commit + "-" + p + "\n\nNotes on the methodology of the " + commit
                        + "th round: sampling, weighting and the response rate.\n";
                DirCacheEntry page = new DirCacheEntry("round-" + commit + "/page-" + p + ".md");
                page.setFileMode(FileMode.REGULAR_FILE);
                page.setObjectId(inserter.insert(Constants.OBJ_BLOB, text.getBytes(StandardCharsets.UTF_8)));
                builder.add(page);
            }
            builder.finish();
            CommitBuilder made = new CommitBuilder();
            PersonIdent who = new PersonIdent("Bench Author", "bench@example.org");
            made.setAuthor(who);
            made.setCommitter(who);
            made.setMessage("Round " + commit);
            if (parent != null) {
                made.setParentId(parent);
            }
            made.setTreeId(index.writeTree(inserter));
            ObjectId id = inserter.insert(made);
            inserter.flush();
            RefUpdate update = repository.updateRef("refs/heads/main");
            update.setExpectedOldObjectId(parent == null ? ObjectId.zeroId() : parent);
            update.setNewObjectId(id);
            RefUpdate.Result result = update.update();
            if (result != RefUpdate.Result.NEW && result != RefUpdate.Result.FAST_FORWARD) {
                throw new IllegalStateException("main not moved: " + result);
            }
        }
        return count;
    }

    private static long millis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(file -> file.toFile().length())
                    .sum();
        }
    }

    private static void delete(Path folder) {
        BenchServer.delete(folder);
    }
}
