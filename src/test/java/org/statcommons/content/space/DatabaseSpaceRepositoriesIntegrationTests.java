package org.statcommons.content.space;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.Daemon;
import org.eclipse.jgit.transport.resolver.RepositoryResolver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.statcommons.platform.database.DatabaseAddress;
import org.statcommons.support.GitCli;
import org.statcommons.support.StatCommonsIntegrationTest;

/**
 * Git in PostgreSQL as two servers see it: two stores, each with its own connections and memory of the
 * repositories, on the test server's database (its tables are there whatever storage the server itself uses).
 * What one writes the other reads at once; a ref moved on one cannot be moved from the same commit on the other;
 * forks share packs; a repack on one does not disturb the other; the real {@code git} clones and pushes through
 * both (JGit's git:// daemon in front of each store).
 */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseSpaceRepositoriesIntegrationTests {

    private static final PersonIdent AUTHOR = new PersonIdent("Ana Author", "ana@example.org");

    @Autowired
    DatabaseAddress database;

    DatabaseStore serverOne;
    DatabaseStore serverTwo;
    DatabaseSpaceRepositories one;
    DatabaseSpaceRepositories two;

    @BeforeAll
    void twoServers() {
        serverOne = new DatabaseStore(database, "one");
        serverTwo = new DatabaseStore(database, "two");
        one = serverOne.store();
        two = serverTwo.store();
    }

    @AfterAll
    void stop() {
        serverOne.close();
        serverTwo.close();
    }

    private long newKey() {
        // far above the test server's own spaces, which are kept on disk anyway
        return 1_000_000_000L + ThreadLocalRandom.current().nextInt(1_000_000_000);
    }

    @Test
    void whatOneServerWritesTheOtherReadsAtOnceAndARefMovesOnlyFromWhereItIs() throws IOException {
        long key = newKey();
        Repository first = one.create(key);
        ObjectId start = commit(first, null, "start.md", "Start\n");
        assertThat(move(first, null, start)).isEqualTo(RefUpdate.Result.NEW);

        Repository second = two.open(key).orElseThrow();
        assertThat(second.exactRef(SpaceBranches.MAIN).getObjectId()).isEqualTo(start);
        assertThat(text(second, start, "start.md")).isEqualTo("Start\n");
        assertThat(second.exactRef(Constants.HEAD).getTarget().getName()).isEqualTo(SpaceBranches.MAIN);

        // both servers plan a save on start; the first to move main wins, the other is told and sees the winner
        ObjectId fromOne = commit(first, start, "start.md", "One\n");
        ObjectId fromTwo = commit(second, start, "start.md", "Two\n");
        assertThat(move(first, start, fromOne)).isEqualTo(RefUpdate.Result.FAST_FORWARD);
        assertThat(move(second, start, fromTwo)).isEqualTo(RefUpdate.Result.LOCK_FAILURE);
        Repository again = two.open(key).orElseThrow();
        assertThat(again.exactRef(SpaceBranches.MAIN).getObjectId()).isEqualTo(fromOne);
        assertThat(text(again, fromOne, "start.md")).isEqualTo("One\n");

        one.delete(key);
        assertThat(two.open(key)).isEmpty();
        assertThat(one.storage(key)).isEmpty();
    }

    @Test
    void aForkSharesThePacksAndOutlivesItsOriginal() throws IOException {
        long original = newKey();
        long fork = newKey();
        Repository repository = one.create(original);
        ObjectId head = null;
        head = saves(repository, head, 3, save -> "page.md");
        assertThat(two.share(original, fork)).isTrue();
        Repository forked = two.open(fork).orElseThrow();
        assertThat(forked.getObjectDatabase().has(head)).isTrue();
        assertThat(two.storage(fork).orElseThrow().packs()).isEqualTo(3);

        one.delete(original);
        assertThat(text(two.open(fork).orElseThrow(), head, "page.md")).isEqualTo("Save 3\n");
        two.delete(fork);
    }

    @Test
    void aRepackOnOneServerLeavesTheOtherReadingAndDropsReplacedPacksAfterTheGrace() throws IOException {
        long key = newKey();
        Repository repository = one.create(key);
        ObjectId head = null;
        head = saves(repository, head, 25, save -> "folder/page-" + save + ".md");
        Repository reader = two.open(key).orElseThrow();
        assertThat(text(reader, head, "folder/page-1.md")).isEqualTo("Save 1\n");
        assertThat(one.storage(key).orElseThrow().packs()).isEqualTo(25);

        one.repack(key);

        assertThat(one.storage(key).orElseThrow().packs()).isEqualTo(1);
        // the second server still holds the old pack list: the replaced packs stay readable for the grace
        assertThat(text(reader, head, "folder/page-25.md")).isEqualTo("Save 25\n");
        assertThat(text(two.open(key).orElseThrow(), head, "folder/page-7.md")).isEqualTo("Save 7\n");
        two.delete(key);
    }

    @Test
    void aFewSavesBesideAPackedHistoryAreCombinedNotRepackedWhole() throws IOException {
        long key = newKey();
        Repository repository = one.create(key);
        byte[] data = new byte[300_000];
        new Random(11).nextBytes(data);
        ObjectId head =
                commit(repository, null, "data.bin", new String(data, java.nio.charset.StandardCharsets.ISO_8859_1));
        move(repository, null, head);
        one.repack(key);
        assertThat(one.storage(key).orElseThrow().packs()).isEqualTo(1);
        head = saves(repository, head, 3, save -> "page.md");
        assertThat(one.storage(key).orElseThrow().packs()).isEqualTo(4);

        one.repack(key);

        assertThat(one.storage(key).orElseThrow().packs())
                .as("the history's pack and one for the saves")
                .isEqualTo(2);
        assertThat(text(two.open(key).orElseThrow(), head, "page.md")).isEqualTo("Save 3\n");
        one.repack(key);
        assertThat(one.storage(key).orElseThrow().packs())
                .as("one pack of saves is left as it is")
                .isEqualTo(2);
        one.delete(key);
    }

    @Test
    void aSpaceIsRepackedByOneServerAtATime() throws Exception {
        long key = newKey();
        Repository repository = one.create(key);
        ObjectId head = null;
        head = saves(repository, head, 3, save -> "page.md");
        try (java.sql.Connection other = serverTwo.pool().dataSource().getConnection()) {
            other.setAutoCommit(false);
            try (var lock = other.prepareStatement("select pg_advisory_xact_lock(hashtext('statcommons-git-repack'),"
                    + " hashtext(cast(? as text)))")) {
                lock.setLong(1, key);
                lock.execute();
            }
            one.repack(key);
            assertThat(one.storage(key).orElseThrow().packs())
                    .as("skipped while the other repacks")
                    .isEqualTo(3);
            other.commit();
        }
        one.repack(key);
        assertThat(one.storage(key).orElseThrow().packs()).isEqualTo(1);
        one.delete(key);
    }

    @Test
    void theRealGitPushesToOneServerAndClonesFromTheOther() throws Exception {
        long key = newKey();
        one.create(key);
        GitCli git = new GitCli();
        Daemon daemonOne = daemon(one, key);
        Daemon daemonTwo = daemon(two, key);
        try {
            Path work = Files.createTempDirectory(git.home(), "work");
            assertThat(git.run(work, "init", "-q", "-b", "main").ok()).isTrue();
            // a file over several chunks of the storage, that does not compress
            byte[] large = new byte[StoredPacks.CHUNK * 3 + 12_345];
            new Random(7).nextBytes(large);
            Files.write(work.resolve("data.bin"), large);
            Files.writeString(work.resolve("readme.md"), "# Pushed\n");
            assertThat(git.run(work, "add", ".").ok()).isTrue();
            assertThat(git.run(
                                    work,
                                    "-c",
                                    "user.name=Pat",
                                    "-c",
                                    "user.email=pat@example.org",
                                    "commit",
                                    "-qm",
                                    "Pushed")
                            .ok())
                    .isTrue();
            GitCli.Result push = git.run(work, "push", "-q", address(daemonOne), "main");
            assertThat(push.ok()).as(push.output()).isTrue();

            Path clones = Files.createTempDirectory(git.home(), "clones");
            GitCli.Result clone = git.run(clones, "clone", "-q", address(daemonTwo), "copy");
            assertThat(clone.ok()).as(clone.output()).isTrue();
            assertThat(Files.readAllBytes(clones.resolve("copy/data.bin"))).isEqualTo(large);
            assertThat(Files.readString(clones.resolve("copy/readme.md"))).isEqualTo("# Pushed\n");
            GitCli.Result fsck = git.run(clones.resolve("copy"), "fsck", "--full");
            assertThat(fsck.ok()).as(fsck.output()).isTrue();

            // a push that rewrites main is refused, as on disk
            assertThat(git.run(work, "commit", "-q", "--amend", "-m", "Rewritten", "--author", "Pat <pat@example.org>")
                            .ok())
                    .isTrue();
            GitCli.Result forced = git.run(work, "push", "-q", "--force", address(daemonTwo), "main");
            assertThat(forced.ok()).as(forced.output()).isFalse();
        } finally {
            daemonOne.stop();
            daemonTwo.stop();
            one.delete(key);
        }
    }

    private static String address(Daemon daemon) {
        return "git://127.0.0.1:" + daemon.getAddress().getPort() + "/space";
    }

    private static Daemon daemon(DatabaseSpaceRepositories store, long key) throws IOException {
        Daemon daemon = new Daemon(new InetSocketAddress("127.0.0.1", 0));
        daemon.getService("git-receive-pack").setEnabled(true);
        RepositoryResolver<org.eclipse.jgit.transport.DaemonClient> resolver = (client, name) -> {
            Repository repository = store.open(key).orElseThrow();
            repository.incrementOpen();
            return repository;
        };
        daemon.setRepositoryResolver(resolver);
        daemon.start();
        return daemon;
    }

    /** {@code count} saves on main from {@code head}, the n-th writing "Save n" at {@code path(n)}; main's new head. */
    private static ObjectId saves(Repository repository, ObjectId head, int count, IntFunction<String> path)
            throws IOException {
        for (int save = 1; save <= count; save++) {
            ObjectId next = commit(repository, head, path.apply(save), "Save " + save + "\n");
            move(repository, head, next);
            head = next;
        }
        return head;
    }

    private static RefUpdate.Result move(Repository repository, ObjectId from, ObjectId to) throws IOException {
        RefUpdate update = repository.updateRef(SpaceBranches.MAIN);
        update.setExpectedOldObjectId(from == null ? ObjectId.zeroId() : from);
        update.setNewObjectId(to);
        return update.update();
    }

    /** A commit of one file on {@code parent}'s tree, written as the space writer does (an inserter, no work tree). */
    private static ObjectId commit(Repository repository, ObjectId parent, String path, String text)
            throws IOException {
        try (ObjectInserter inserter = repository.newObjectInserter();
                var reader = repository.newObjectReader()) {
            DirCache index = DirCache.newInCore();
            DirCacheBuilder builder = index.builder();
            if (parent != null) {
                var tree = repository.parseCommit(parent).getTree();
                builder.addTree(new byte[0], 0, reader, tree);
            }
            builder.finish();
            var editor = index.editor();
            ObjectId blob = inserter.insert(Constants.OBJ_BLOB, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            editor.add(new org.eclipse.jgit.dircache.DirCacheEditor.PathEdit(path) {
                @Override
                public void apply(DirCacheEntry entry) {
                    entry.setFileMode(FileMode.REGULAR_FILE);
                    entry.setObjectId(blob);
                }
            });
            editor.finish();
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(index.writeTree(inserter));
            if (parent != null) {
                commit.setParentId(parent);
            }
            commit.setAuthor(AUTHOR);
            commit.setCommitter(AUTHOR);
            commit.setMessage("Save " + path);
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            return id;
        }
    }

    private static String text(Repository repository, ObjectId commit, String path) throws IOException {
        try (var walk = org.eclipse.jgit.treewalk.TreeWalk.forPath(
                repository, path, repository.parseCommit(commit).getTree())) {
            return new String(repository.open(walk.getObjectId(0)).getBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
