package org.statcommons.content.space;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jgit.internal.storage.file.FileRepository;
import org.eclipse.jgit.internal.storage.file.GC;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.ConfigConstants;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;
import org.statcommons.support.GitCli;
import org.statcommons.support.GitHistory;

/**
 * Repacking: a space's loose objects and packs end in one pack, the old packs go at once, nothing is lost;
 * bursts of saves and pushes are repacked by the background worker, not more often than the pause allows.
 */
class SpaceRepackerTests {

    private static final long SPACE = 3;

    @TempDir
    Path dataDir;

    private final List<String> repackThreads = new CopyOnWriteArrayList<>();
    private final List<Long> repackStarts = new CopyOnWriteArrayList<>();
    private final List<Long> repackEnds = new CopyOnWriteArrayList<>();
    private volatile Runnable duringFirstRepack = () -> {};
    private FileSpaceRepositories files;
    private SpaceRepacker repacks;

    @AfterEach
    void stop() throws Exception {
        if (repacks != null) {
            repacks.destroy();
        }
        files.destroy();
    }

    private SpaceRepacker repacks(DataSize looseSize, int packs, Duration pause) {
        files = new FileSpaceRepositories(dataDir, Duration.ZERO);
        // the store as it is, noting which thread repacks and when
        SpaceRepositories observed = new SpaceRepositories() {
            public Repository create(long id) {
                return files.create(id);
            }

            public Optional<Repository> open(long id) {
                return files.open(id);
            }

            public List<Long> keys() {
                return files.keys();
            }

            public void delete(long id) {
                files.delete(id);
            }

            public Optional<Storage> storage(long id) {
                return files.storage(id);
            }

            public void dropReplacedPacks(long id) {
                files.dropReplacedPacks(id);
            }

            public void repack(long id) {
                repackThreads.add(Thread.currentThread().getName());
                repackStarts.add(System.nanoTime());
                files.repack(id);
                if (repackStarts.size() == 1) {
                    duringFirstRepack.run();
                }
                repackEnds.add(System.nanoTime());
            }
        };
        repacks = new SpaceRepacker(
                observed,
                new ContentProperties(
                        DataSize.ofMegabytes(1),
                        DataSize.ofMegabytes(25),
                        5,
                        1000,
                        looseSize,
                        packs,
                        pause,
                        Duration.ZERO,
                        ContentProperties.Storage.FILES,
                        10),
                null);
        return repacks;
    }

    /** A burst of saves in one folder of 200 pages: each writes the folder's tree anew. */
    private static void saves(Repository repository, int count, int from) {
        for (int i = from; i < from + count; i++) {
            GitHistory.commit(
                    repository,
                    Map.of(
                            String.format("guidelines/page-%03d.md", i % 200),
                            GitHistory.page("Page " + i, "Version " + i + " of the page.\n")),
                    "Save " + i);
        }
    }

    private static GC.RepoStatistics statistics(Repository repository) throws Exception {
        return new GC((FileRepository) repository).getStatistics();
    }

    @Test
    void aRepackLeavesOnePackAndNoLooseObjectsAndLosesNothing() throws Exception {
        repacks(DataSize.ofMegabytes(4), 20, Duration.ZERO);
        Repository repository = files.create(SPACE);
        saves(repository, 300, 0);
        assertThat(statistics(repository).numberOfLooseObjects).isGreaterThan(600);
        assertThat(files.storage(SPACE).orElseThrow().looseBytes()).isPositive();

        files.repack(SPACE);
        saves(repository, 100, 300);
        files.repack(SPACE);

        GC.RepoStatistics after = statistics(repository);
        assertThat(after.numberOfLooseObjects).isZero();
        // the pack of the first repack was superseded by the second and went at once, not an hour later
        assertThat(after.numberOfPackFiles).isEqualTo(1);
        assertThat(after.numberOfBitmaps).isPositive();
        SpaceRepositories.Storage storage = files.storage(SPACE).orElseThrow();
        assertThat(storage.looseBytes()).isZero();
        assertThat(storage.packs()).isEqualTo(1);
        try (RevWalk walk = new RevWalk(repository)) {
            walk.markStart(walk.parseCommit(repository.resolve(SpaceBranches.MAIN)));
            int commits = 0;
            for (RevCommit ignored : walk) {
                commits++;
            }
            assertThat(commits).isEqualTo(400);
        }
        GitCli.Result fsck = new GitCli().run(repository.getDirectory().toPath(), "fsck", "--full", "--strict");
        assertThat(fsck.exitCode()).as(fsck.output()).isZero();
        assertThat(fsck.output()).doesNotContain("missing", "dangling commit");
    }

    @Test
    void aReplacedPackStaysForTheGraceSoThatACloneThatListedItCanStillReadIt() throws Exception {
        repacks(DataSize.ofMegabytes(4), 20, Duration.ZERO);
        FileSpaceRepositories graceful = new FileSpaceRepositories(dataDir.resolve("graceful"), Duration.ofMillis(400));
        try {
            Repository repository = graceful.create(SPACE);
            saves(repository, 200, 0);
            graceful.repack(SPACE);
            saves(repository, 50, 200);
            // a reader that listed the packs before the second repack, as a clone's upload-pack does
            ObjectId early = repository.resolve(SpaceBranches.MAIN + "~200");
            graceful.repack(SPACE);

            assertThat(graceful.storage(SPACE).orElseThrow().packs())
                    .as("the replaced pack is still there")
                    .isEqualTo(2);
            assertThat(repository.open(early).getType()).isEqualTo(Constants.OBJ_COMMIT);
            graceful.dropReplacedPacks(SPACE);
            assertThat(graceful.storage(SPACE).orElseThrow().packs())
                    .as("not before the grace")
                    .isEqualTo(2);

            Thread.sleep(450);
            graceful.dropReplacedPacks(SPACE);
            assertThat(graceful.storage(SPACE).orElseThrow().packs()).isEqualTo(1);
            GitCli.Result fsck = new GitCli().run(repository.getDirectory().toPath(), "fsck", "--full", "--strict");
            assertThat(fsck.exitCode()).as(fsck.output()).isZero();
        } finally {
            graceful.destroy();
        }
    }

    @Test
    void aPackHoldingObjectsNoRefReachesStaysADayThenItsObjectsAreKeptLoose() throws Exception {
        repacks(DataSize.ofMegabytes(4), 20, Duration.ZERO);
        Repository repository = files.create(SPACE);
        saves(repository, 20, 0);
        ObjectId refused;
        try (ObjectInserter packer =
                ((FileRepository) repository).getObjectDatabase().newPackInserter()) {
            // what a refused push leaves: a pack whose objects no ref reaches
            refused = packer.insert(Constants.OBJ_BLOB, "refused".getBytes());
            packer.flush();
        }
        files.repack(SPACE);
        assertThat(statistics(repository).numberOfPackFiles)
                .as("kept while young")
                .isEqualTo(2);

        for (File pack : packFiles(repository)) {
            if (!pack.setLastModified(
                    System.currentTimeMillis() - Duration.ofDays(2).toMillis())) {
                throw new IllegalStateException("cannot age " + pack);
            }
        }
        saves(repository, 5, 20);
        files.repack(SPACE);

        assertThat(statistics(repository).numberOfPackFiles).isEqualTo(1);
        assertThat(repository.getObjectDatabase().has(refused))
                .as("written back as a loose object")
                .isTrue();
        assertThat(new File(
                        ((FileRepository) repository).getObjectsDirectory(),
                        refused.name().substring(0, 2) + "/" + refused.name().substring(2)))
                .exists();
    }

    /** What a received push leaves: a pack of its own with a commit that main now points to. */
    private static void pushed(Repository repository, int push) throws Exception {
        try (ObjectInserter packer =
                ((FileRepository) repository).getObjectDatabase().newPackInserter()) {
            ObjectId head = repository.resolve(SpaceBranches.MAIN);
            TreeFormatter tree = new TreeFormatter();
            tree.append(
                    "pushed-" + push + ".md",
                    FileMode.REGULAR_FILE,
                    packer.insert(Constants.OBJ_BLOB, ("pushed " + push).getBytes()));
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(packer.insert(tree));
            commit.setParentId(head);
            PersonIdent pusher = new PersonIdent("Pusher", "pusher@stat.example");
            commit.setAuthor(pusher);
            commit.setCommitter(pusher);
            commit.setMessage("Push " + push + "\n");
            ObjectId id = packer.insert(commit);
            packer.flush();
            RefUpdate update = repository.updateRef(SpaceBranches.MAIN);
            update.setExpectedOldObjectId(head);
            update.setNewObjectId(id);
            assertThat(update.update()).isEqualTo(RefUpdate.Result.FAST_FORWARD);
        }
    }

    private static File[] packFiles(Repository repository) {
        File[] packs = new File(((FileRepository) repository).getObjectsDirectory(), "pack")
                .listFiles(file -> file.getName().endsWith(".pack"));
        return packs == null ? new File[0] : packs;
    }

    @Test
    void aBurstOfSavesIsRepackedByTheBackgroundWorkerOnceItOutgrowsTheLooseSize() throws Exception {
        SpaceRepacker repacks = repacks(DataSize.ofKilobytes(256), 20, Duration.ZERO);
        Repository repository = files.create(SPACE);
        saves(repository, 10, 0);
        repacks.changed(SPACE);
        repacks.awaitQuiet();
        assertThat(repackThreads).as("a few saves are left loose").isEmpty();

        saves(repository, 300, 10);
        repacks.changed(SPACE);
        repacks.awaitQuiet();

        assertThat(repackThreads).containsExactly("space-repack");
        assertThat(statistics(repository).numberOfLooseObjects).isZero();
        assertThat(statistics(repository).numberOfPackFiles).isEqualTo(1);
    }

    @Test
    void pushesAddingPacksAreRepackedPastThePackLimit() throws Exception {
        SpaceRepacker repacks = repacks(DataSize.ofMegabytes(4), 3, Duration.ZERO);
        Repository repository = files.create(SPACE);
        saves(repository, 5, 0);
        files.repack(SPACE);
        for (int push = 0; push < 3; push++) {
            pushed(repository, push);
            repacks.changed(SPACE);
            repacks.awaitQuiet();
        }
        assertThat(repackThreads).as("four packs are over a limit of three").hasSize(1);
        assertThat(statistics(repository).numberOfPackFiles).isEqualTo(1);
    }

    @Test
    void aSpaceIsNotRepackedAgainBeforeThePauseIsOverEvenWhenSavedDuringARepack() throws Exception {
        Duration pause = Duration.ofSeconds(2);
        SpaceRepacker repacks = repacks(DataSize.ofKilobytes(64), 20, pause);
        Repository repository = files.create(SPACE);
        saves(repository, 100, 0);
        // people keep saving while the first repack runs
        duringFirstRepack = () -> {
            saves(repository, 100, 100);
            repacks.changed(SPACE);
        };
        repacks.changed(SPACE);
        repacks.awaitQuiet();
        repacks.changed(SPACE);
        repacks.awaitQuiet();

        assertThat(repackStarts).hasSize(2);
        assertThat(repackStarts.get(1) - repackEnds.get(0)).isGreaterThanOrEqualTo(pause.toNanos());
    }

    @Test
    void theScheduleRepacksAnySpaceWithSomethingLoose() throws Exception {
        SpaceRepacker repacks = repacks(DataSize.ofMegabytes(4), 20, Duration.ofHours(1));
        Repository repository = files.create(SPACE);
        files.create(SPACE + 1);
        saves(repository, 100, 0);
        repacks.sweep(List.of(SPACE, SPACE + 1, SPACE + 2));
        repacks.awaitQuiet();

        assertThat(repackThreads).hasSize(1);
        assertThat(statistics(repository).numberOfLooseObjects).isZero();
    }

    @Test
    void jgitsOwnGcAfterAPushIsOff() {
        files = new FileSpaceRepositories(dataDir, Duration.ZERO);
        Repository repository = files.create(SPACE);
        assertThat(repository
                        .getConfig()
                        .getBoolean(ConfigConstants.CONFIG_RECEIVE_SECTION, ConfigConstants.CONFIG_KEY_AUTOGC, true))
                .isFalse();
        assertThat(new File(repository.getDirectory(), "config")).content().contains("autogc = false");
    }
}
