package org.statcommons.content.space;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.statcommons.content.Author;
import org.statcommons.content.PageEdit;
import org.statcommons.content.PageSummary;
import org.statcommons.content.Pages;
import org.statcommons.content.SavePage;
import org.statcommons.content.SaveResult;
import org.statcommons.content.SpacePath;
import org.statcommons.support.StatCommonsIntegrationTest;

/** Several people saving the same page at once: merges where possible, conflicts shown, nothing lost. */
@StatCommonsIntegrationTest
class ConcurrentSavesIntegrationTests {

    private static final AtomicLong communities = new AtomicLong(2000);
    private static final String PAGE = "guidelines/chapter-1.md";

    @Autowired
    SavePage savePage;

    @Autowired
    Pages pages;

    @Autowired
    HistoryReader history;

    @Autowired
    SpaceWriter writer;

    @Autowired
    SpaceRepositories repositories;

    private final ExecutorService threads = Executors.newFixedThreadPool(8);

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void editsOfDifferentLinesFromTheSameBaseAllMerge() throws Exception {
        long space = communities.incrementAndGet();
        List<String> lines = lines(8);
        String base = commit(
                savePage.save(space, new PageEdit(PAGE, "Chapter 1", String.join("\n", lines), null, ""), person(0)));

        List<SaveResult> results = all(8, i -> {
            List<String> mine = new ArrayList<>(lines);
            mine.set(i * 3, "edited by " + i);
            return savePage.save(
                    space, new PageEdit(PAGE, "Chapter 1", String.join("\n", mine), base, "line " + i), person(i));
        });

        assertThat(results)
                .extracting(SaveResult::outcome)
                .allMatch(outcome -> outcome == SaveResult.Outcome.SAVED || outcome == SaveResult.Outcome.MERGED);
        assertThat(results).extracting(SaveResult::outcome).containsOnlyOnce(SaveResult.Outcome.SAVED);
        String body = pages.read(space, PAGE).body();
        for (int i = 0; i < 8; i++) {
            assertThat(body).contains("edited by " + i);
        }
        assertThat(history.ofPage(space, PAGE, 1, 50).items()).hasSize(9);
    }

    @Test
    void editsOfTheSameLineFromTheSameBaseSaveOnceAndReportTheRest() throws Exception {
        long space = communities.incrementAndGet();
        List<String> lines = lines(2);
        String base = commit(
                savePage.save(space, new PageEdit(PAGE, "Chapter 1", String.join("\n", lines), null, ""), person(0)));

        List<SaveResult> results = all(6, i -> {
            List<String> mine = new ArrayList<>(lines);
            mine.set(2, "the same line, version " + i);
            return savePage.save(space, new PageEdit(PAGE, "Chapter 1", String.join("\n", mine), base, ""), person(i));
        });

        assertThat(results).extracting(SaveResult::outcome).containsOnlyOnce(SaveResult.Outcome.SAVED);
        assertThat(results)
                .filteredOn(result -> result.outcome() == SaveResult.Outcome.CONFLICT)
                .hasSize(5)
                .allSatisfy(result -> {
                    SaveResult.Conflicted conflict = (SaveResult.Conflicted) result;
                    assertThat(conflict.yours()).containsPattern("the same line, version \\d");
                    assertThat(conflict.marked()).contains("<<<<<<< yours").contains(">>>>>>> theirs");
                    assertThat(conflict.theirs())
                            .isEqualTo(new String(
                                    PageFile.of(
                                                    "Chapter 1",
                                                    pages.read(space, PAGE).body())
                                            .bytes(),
                                    java.nio.charset.StandardCharsets.UTF_8));
                });
        assertThat(history.ofPage(space, PAGE, 1, 50).items()).hasSize(2);
    }

    @Test
    void manyPeopleSavingAtOnceLoseNothing() throws Exception {
        long space = communities.incrementAndGet();
        int people = 8;
        int editsEach = 5;
        savePage.save(space, new PageEdit(PAGE, "Chapter 1", String.join("\n", lines(people)), null, ""), person(0));
        AtomicInteger conflicts = new AtomicInteger();

        List<Integer> saves = all(people, i -> {
            int saved = 0;
            for (int edit = 1; edit <= editsEach; edit++) {
                while (true) {
                    Pages.PageContent now = pages.read(space, PAGE);
                    List<String> mine = new ArrayList<>(List.of(now.body().split("\n", -1)));
                    mine.set(i * 3, "person " + i + " edit " + edit);
                    SaveResult result = savePage.save(
                            space,
                            new PageEdit(
                                    PAGE,
                                    "Chapter 1",
                                    String.join("\n", mine),
                                    now.commitId(),
                                    "person " + i + " edit " + edit),
                            person(i));
                    if (result.outcome() != SaveResult.Outcome.CONFLICT) {
                        saved++;
                        break;
                    }
                    conflicts.incrementAndGet();
                }
            }
            return saved;
        });

        assertThat(saves).containsOnly(editsEach);
        String body = pages.read(space, PAGE).body();
        for (int i = 0; i < people; i++) {
            assertThat(body).contains("person " + i + " edit " + editsEach);
        }
        assertThat(conflicts.get()).as("different lines never conflict").isZero();
        assertThat(history.ofPage(space, PAGE, 1, 100).items()).hasSize(1 + people * editsEach);
        assertThat(history.ofSpace(space, 1, 100).items())
                .extracting(change -> change.commit().summary())
                .filteredOn(summary -> summary.startsWith("person "))
                .hasSize(people * editsEach)
                .doesNotHaveDuplicates();
    }

    @Test
    void aRefMovedByAnotherWriterIsMergedNotOverwritten() throws Exception {
        long space = communities.incrementAndGet();
        String base = commit(savePage.save(
                space, new PageEdit(PAGE, "Chapter 1", String.join("\n", lines(3)), null, ""), person(0)));
        Repository repository = repositories.open(space).orElseThrow();
        AtomicInteger plans = new AtomicInteger();

        SaveResult result = writer.write(space, person(1), "planned twice", snapshot -> {
            if (plans.incrementAndGet() == 1) {
                moveMainOutsideTheWriter(repository, snapshot);
            }
            return SpaceWriter.Plan.edits(
                    SaveResult.Outcome.SAVED,
                    new SpacePath("other.md"),
                    FileEdit.put(
                            new SpacePath("other.md"), PageFile.of("Other", "x").bytes()));
        });

        assertThat(plans.get()).isEqualTo(2);
        assertThat(result.outcome()).isEqualTo(SaveResult.Outcome.SAVED);
        assertThat(history.ofSpace(space, 1, 10).items())
                .extracting(change -> change.commit().summary())
                .containsExactly("planned twice", "pushed meanwhile", "Create " + PAGE);
        assertThat(pages.list(space)).extracting(PageSummary::path).containsExactly(PAGE, "other.md", "pushed.md");
        assertThat(base).isNotBlank();
    }

    @Test
    void aPageSaveIsPlannedAheadOfTheLockAndUsedWhenMainDidNotMove() {
        long space = communities.incrementAndGet();
        savePage.save(space, new PageEdit(PAGE, "Chapter 1", String.join("\n", lines(3)), null, ""), person(0));
        List<Boolean> inTransaction = new ArrayList<>();

        SaveResult result = writer.writePlannedAhead(space, person(1), "planned ahead", snapshot -> {
            inTransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
            return SpaceWriter.Plan.edits(
                    SaveResult.Outcome.SAVED,
                    new SpacePath("ahead.md"),
                    FileEdit.put(
                            new SpacePath("ahead.md"), PageFile.of("Ahead", "x").bytes()));
        });

        assertThat(inTransaction)
                .as("planned once, outside the transaction that holds the lock")
                .containsExactly(false);
        assertThat(result.outcome()).isEqualTo(SaveResult.Outcome.SAVED);
        assertThat(history.ofSpace(space, 1, 10).items())
                .extracting(change -> change.commit().summary())
                .containsExactly("planned ahead", "Create " + PAGE);
        assertThat(pages.list(space)).extracting(PageSummary::path).containsExactlyInAnyOrder("ahead.md", PAGE);
    }

    @Test
    void aSavePlannedAheadOnAMainThatMovedIsPlannedAgainUnderTheLock() throws Exception {
        long space = communities.incrementAndGet();
        savePage.save(space, new PageEdit(PAGE, "Chapter 1", String.join("\n", lines(3)), null, ""), person(0));
        Repository repository = repositories.open(space).orElseThrow();
        AtomicInteger plans = new AtomicInteger();
        List<Boolean> inTransaction = new ArrayList<>();

        SaveResult result = writer.writePlannedAhead(space, person(1), "planned twice", snapshot -> {
            inTransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
            if (plans.incrementAndGet() == 1) {
                // main moves after this plan was made and before the lock is taken
                moveMainOutsideTheWriter(repository, snapshot);
            }
            return SpaceWriter.Plan.edits(
                    SaveResult.Outcome.SAVED,
                    new SpacePath("other.md"),
                    FileEdit.put(
                            new SpacePath("other.md"), PageFile.of("Other", "x").bytes()));
        });

        assertThat(plans.get()).isEqualTo(2);
        assertThat(inTransaction).as("ahead of the lock, then under it").containsExactly(false, true);
        assertThat(result.outcome()).isEqualTo(SaveResult.Outcome.SAVED);
        assertThat(history.ofSpace(space, 1, 10).items())
                .extracting(change -> change.commit().summary())
                .containsExactly("planned twice", "pushed meanwhile", "Create " + PAGE);
        assertThat(pages.list(space)).extracting(PageSummary::path).containsExactly(PAGE, "other.md", "pushed.md");
    }

    @Test
    void aPlanWhoseOneFileDidNotChangeWhenMainMovedHoldsAndIsNotMadeAgain() throws Exception {
        long space = communities.incrementAndGet();
        savePage.save(space, new PageEdit(PAGE, "Chapter 1", String.join("\n", lines(3)), null, ""), person(0));
        Repository repository = repositories.open(space).orElseThrow();
        AtomicInteger plans = new AtomicInteger();
        SpacePath other = new SpacePath("other.md");

        SaveResult result = writer.writePlannedAhead(space, person(1), "planned once", other, snapshot -> {
            if (plans.incrementAndGet() == 1) {
                // main moves (another file) after this plan was made and before the lock is taken
                moveMainOutsideTheWriter(repository, snapshot);
            }
            return SpaceWriter.Plan.edits(
                    SaveResult.Outcome.SAVED,
                    other,
                    FileEdit.put(other, PageFile.of("Other", "x").bytes()));
        });

        assertThat(plans.get())
                .as("not planned again: other.md is the same on both mains")
                .isEqualTo(1);
        assertThat(result.outcome()).isEqualTo(SaveResult.Outcome.SAVED);
        assertThat(history.ofSpace(space, 1, 10).items())
                .extracting(change -> change.commit().summary())
                .containsExactly("planned once", "pushed meanwhile", "Create " + PAGE);
        assertThat(pages.list(space))
                .as("its tree made again on main as it is now: nothing pushed meanwhile is lost")
                .extracting(PageSummary::path)
                .containsExactly(PAGE, "other.md", "pushed.md");
    }

    @Test
    void aPlanWhoseFileChangedWhenMainMovedIsMadeAgain() throws Exception {
        long space = communities.incrementAndGet();
        savePage.save(space, new PageEdit(PAGE, "Chapter 1", String.join("\n", lines(3)), null, ""), person(0));
        Repository repository = repositories.open(space).orElseThrow();
        AtomicInteger plans = new AtomicInteger();
        SpacePath pushed = new SpacePath("pushed.md");

        SaveResult result = writer.writePlannedAhead(space, person(1), "planned twice", pushed, snapshot -> {
            if (plans.incrementAndGet() == 1) {
                // the push writes the very file this plan read
                moveMainOutsideTheWriter(repository, snapshot);
            }
            return SpaceWriter.Plan.edits(
                    SaveResult.Outcome.SAVED,
                    pushed,
                    FileEdit.put(pushed, PageFile.of("Mine", "z").bytes()));
        });

        assertThat(plans.get()).isEqualTo(2);
        assertThat(result.outcome()).isEqualTo(SaveResult.Outcome.SAVED);
        assertThat(pages.read(space, "pushed.md").title()).isEqualTo("Mine");
    }

    /** What a Git push that bypasses the space lock would do: a commit on main, moved by compare-and-swap. */
    private static void moveMainOutsideTheWriter(Repository repository, Snapshot snapshot) throws java.io.IOException {
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            org.eclipse.jgit.dircache.DirCache files = org.eclipse.jgit.dircache.DirCache.newInCore();
            org.eclipse.jgit.dircache.DirCacheBuilder builder = files.builder();
            builder.addTree(new byte[0], 0, snapshot.reader(), snapshot.head().getTree());
            org.eclipse.jgit.dircache.DirCacheEntry entry = new org.eclipse.jgit.dircache.DirCacheEntry("pushed.md");
            entry.setFileMode(org.eclipse.jgit.lib.FileMode.REGULAR_FILE);
            entry.setObjectId(inserter.insert(
                    org.eclipse.jgit.lib.Constants.OBJ_BLOB,
                    PageFile.of("Pushed", "y").bytes()));
            builder.add(entry);
            builder.finish();
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(files.writeTree(inserter));
            commit.setParentId(snapshot.head());
            PersonIdent someone = new PersonIdent("Git User", "git@stat.example", Instant.now(), ZoneOffset.UTC);
            commit.setAuthor(someone);
            commit.setCommitter(someone);
            commit.setMessage("pushed meanwhile\n");
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            RefUpdate update = repository.updateRef(SpaceBranches.MAIN);
            update.setExpectedOldObjectId(snapshot.head());
            update.setNewObjectId(id);
            assertThat(update.update()).isEqualTo(RefUpdate.Result.FAST_FORWARD);
        }
    }

    /** Runs the task for 0..n-1 on the pool, all released at once, and returns the results in order. */
    private <T> List<T> all(int n, IndexedTask<T> task) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            Callable<T> call = () -> {
                start.await();
                return task.run(index);
            };
            futures.add(threads.submit(call));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(120, TimeUnit.SECONDS));
        }
        return results;
    }

    @FunctionalInterface
    private interface IndexedTask<T> {
        T run(int index) throws Exception;
    }

    /** 3n+1 lines, so that person i edits line 3i and no two edits touch neighbouring lines. */
    private static List<String> lines(int people) {
        return IntStream.rangeClosed(0, people * 3).mapToObj(i -> "line " + i).collect(Collectors.toList());
    }

    private static Author person(int i) {
        return new Author("Person " + i, "person" + i + "@stat.example");
    }

    private static String commit(SaveResult result) {
        return ((SaveResult.Saved) result).commitId();
    }
}
