package org.statcommons.content.space;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.statcommons.content.Author;
import org.statcommons.content.SaveResult;
import org.statcommons.content.SpaceChanged;
import org.statcommons.content.SpacePath;
import org.statcommons.moderation.SaveLimiter;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/**
 * Every change to a space's main branch goes through here, in one database transaction:
 * <ol>
 * <li>count the save against its author's save limits ({@link SaveLimiter}) when a person saves;</li>
 * <li>lock the space's index row, so writers of one space queue instead of racing;</li>
 * <li>bring the index up to main if it lags (see {@link SpaceIndexer#catchUp});</li>
 * <li>let the use case plan its edits on main as it is now (merging, or refusing with a conflict);</li>
 * <li>build the tree and commit in memory (no working copy), index the commit;</li>
 * <li>move main with a compare-and-swap ref update from the head read in step 3.</li>
 * </ol>
 * If the ref update loses a race (someone wrote without the lock), the transaction rolls back and the whole
 * write is planned again on the new head. If the database transaction fails after the ref moved, the ref is
 * moved back; should even that fail (a crash), the index notices on its next use that it describes another
 * commit than main and catches up. Nothing is ever written over: a lost race is retried or reported.
 */
@Component
public class SpaceWriter {

    private static final Logger log = LoggerFactory.getLogger(SpaceWriter.class);

    private final SpaceRepositories repositories;
    private final SpaceIndexer index;
    private final ContentProperties properties;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final SaveLimiter saveLimits;
    private final Clock clock;
    private final ObjectProvider<MeterRegistry> meters;
    /**
     * The writes of each space under way in this server: a save planned ahead of the lock while another write of
     * its space is under way makes only its blobs there, since main will most likely have moved by the time it
     * holds the lock, and a tree and commit made on the old main would be made again. A guess only, never a
     * matter of correctness (other servers' writes are not counted): the write under the lock decides.
     */
    private final Map<Long, Integer> underWay = new ConcurrentHashMap<>();

    SpaceWriter(
            SpaceRepositories repositories,
            SpaceIndexer index,
            ContentProperties properties,
            PlatformTransactionManager transactionManager,
            ApplicationEventPublisher events,
            SaveLimiter saveLimits,
            Clock clock,
            ObjectProvider<MeterRegistry> meters) {
        this.clock = clock;
        this.meters = meters;
        this.repositories = repositories;
        this.index = index;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
        this.saveLimits = saveLimits;
    }

    /**
     * A use case's decision on main as it is now: files to change, or a conflict to report instead.
     * {@code merged} is the tip of a branch being merged (a proposal): the commit then has it as second parent.
     */
    public record Plan(
            List<FileEdit> edits,
            SaveResult.Outcome outcome,
            SpacePath path,
            SaveResult.Conflicted conflict,
            ObjectId merged) {

        public static Plan edits(SaveResult.Outcome outcome, SpacePath path, FileEdit... edits) {
            return new Plan(List.of(edits), outcome, path, null, null);
        }

        public static Plan conflict(SaveResult.Conflicted conflict) {
            return new Plan(List.of(), SaveResult.Outcome.CONFLICT, conflict.path(), conflict, null);
        }

        static Plan merge(ObjectId branchTip, SpacePath path, List<FileEdit> edits) {
            return new Plan(List.copyOf(edits), SaveResult.Outcome.MERGED, path, null, branchTip);
        }
    }

    @FunctionalInterface
    public interface Planner {
        /** Plans on the snapshot, whose head is main now (null in an empty space). May be called more than once. */
        Plan plan(Snapshot snapshot) throws IOException;
    }

    /** Plans and commits one change to main, retrying when main moved under it. */
    public SaveResult write(long communityId, Author author, String message, Planner planner) {
        return write(communityId, author, author, message, planner);
    }

    /**
     * As {@link #write(long, Author, String, Planner)}, with the commit's author (credited in history) other than
     * its committer (who makes the change now, counted against the save limits): a proposal's merge credits
     * the person who proposed it and names the reviewer who accepted it as committer.
     */
    public SaveResult write(long communityId, Author author, Author committer, String message, Planner planner) {
        return write(communityId, author, committer, message, planner, false);
    }

    /**
     * As {@link #write(long, Author, String, Planner)}, for a planner that reads nothing but the snapshot it is
     * given (a page save): the change is planned, and its blobs, trees and commit written to Git, before the
     * space's lock is taken, on main as it is then. Under the lock, if main is still that commit, only the index
     * and main's move remain; if main moved meanwhile, the change is planned again under the lock, as any write.
     * A plan is used only on the commit it was made on, so merging and conflicts are exactly as when planned under
     * the lock; objects of a plan not used stay unreferenced in the repository until a repacking prunes them.
     */
    public SaveResult writePlannedAhead(long communityId, Author author, String message, Planner planner) {
        return write(communityId, author, author, message, planner, true, null);
    }

    /**
     * As {@link #writePlannedAhead(long, Author, String, Planner)}, for a planner whose plan depends on nothing of
     * main but the file at {@code reads} (a page save: it merges with that page alone). When main moved before the
     * lock but that file is the same in both commits, the plan made ahead still holds: under the lock only its
     * tree and commit are made again on main as it is now, without planning (merging) again. A conflict is always
     * planned again, since it names the commit it was found on.
     */
    public SaveResult writePlannedAhead(
            long communityId, Author author, String message, SpacePath reads, Planner planner) {
        return write(communityId, author, author, message, planner, true, reads);
    }

    private SaveResult write(
            long communityId, Author author, Author committer, String message, Planner planner, boolean planAhead) {
        return write(communityId, author, committer, message, planner, planAhead, null);
    }

    private SaveResult write(
            long communityId,
            Author author,
            Author committer,
            String message,
            Planner planner,
            boolean planAhead,
            SpacePath reads) {
        // counted and uncounted atomically per space: a count dropped to nothing leaves the map
        boolean others = underWay.merge(communityId, 1, Integer::sum) > 1;
        try {
            return attempts(communityId, author, committer, message, planner, planAhead, reads, others);
        } finally {
            underWay.computeIfPresent(communityId, (id, writes) -> writes == 1 ? null : writes - 1);
        }
    }

    private SaveResult attempts(
            long communityId,
            Author author,
            Author committer,
            String message,
            Planner planner,
            boolean planAhead,
            SpacePath reads,
            boolean others) {
        boolean retryable = !TransactionSynchronizationManager.isActualTransactionActive();
        int movedUnderLock = 0;
        for (int tries = 1; ; tries++) {
            // planned before the lock once: when main moved before the lock was taken, the write plans under it
            Prepared prepared =
                    planAhead && tries == 1 ? prepare(communityId, author, committer, message, planner, others) : null;
            try {
                return transactions.execute(
                        status -> attempt(communityId, author, committer, message, planner, prepared, reads));
            } catch (MainMoved e) {
                movedUnderLock++;
                if (!retryable || movedUnderLock >= properties.maxSaveAttempts()) {
                    throw new ConflictException(Text.of("content.save.busy"));
                }
                log.debug(
                        "main of space {} moved during a write; planning again (attempt {})",
                        communityId,
                        movedUnderLock);
            }
        }
    }

    /**
     * A change planned, and its Git objects written, on main as it was before the lock: {@code head} is that
     * commit (null in an empty space), {@code commit} the new commit (null when the plan is a conflict or changes
     * nothing, or when {@code made} is false: only the plan's blobs were written, its tree and commit are left to the
     * write under the lock).
     */
    private record Prepared(ObjectId head, Plan plan, ObjectId commit, boolean made) {}

    /**
     * Plans and writes the objects without the lock; nothing when that fails (the write under the lock decides).
     * With {@code others} (another write of the space under way) only the blobs: the tree and commit are made under
     * the lock, once, on main as it will be then.
     */
    private Prepared prepare(
            long communityId, Author author, Author committer, String message, Planner planner, boolean others) {
        Repository repository = repositories.create(communityId);
        try (Snapshot snapshot = new Snapshot(repository);
                ObjectInserter inserter = repository.newObjectInserter()) {
            RevCommit head = snapshot.head();
            Plan plan = planner.plan(snapshot);
            if (plan.conflict() != null) {
                return new Prepared(head, plan, null, true);
            }
            checkSizes(plan.edits());
            if (others) {
                for (FileEdit edit : plan.edits()) {
                    if (!edit.removes()) {
                        inserter.insert(Constants.OBJ_BLOB, edit.content());
                    }
                }
                inserter.flush();
                return new Prepared(head, plan, null, false);
            }
            ObjectId tree = tree(snapshot, inserter, head, plan.edits(), properties.maxFolderEntries());
            if (head != null && tree.equals(head.getTree())) {
                return new Prepared(head, plan, null, true);
            }
            ObjectId commitId = inserter.insert(built(tree, head, plan, author, committer, message));
            inserter.flush();
            return new Prepared(head, plan, commitId, true);
        } catch (IOException | RuntimeException e) {
            // refusals and failures are told by the write under the lock, in its order (save limits first)
            log.debug("planning a write of space {} ahead of the lock failed", communityId, e);
            return null;
        }
    }

    private CommitBuilder built(
            ObjectId tree, RevCommit head, Plan plan, Author author, Author committer, String message) {
        CommitBuilder built = commit(tree, head, plan.merged(), author, message);
        built.setCommitter(new PersonIdent(
                committer.name(), committer.email(), built.getAuthor().getWhenAsInstant(), ZoneOffset.UTC));
        return built;
    }

    private SaveResult attempt(
            long communityId,
            Author author,
            Author committer,
            String message,
            Planner planner,
            Prepared prepared,
            SpacePath reads) {
        if (committer.accountId() != null) {
            // before the space's lock, so a refused save does not wait for the space's other writers
            saveLimits.check(committer.accountId(), communityId);
        }
        IndexState state = index.lock(communityId);
        holding(communityId);
        Repository repository = repositories.create(communityId);
        try (Snapshot snapshot = new Snapshot(repository);
                ObjectInserter inserter = repository.newObjectInserter()) {
            state = index.catchUp(snapshot, state);
            RevCommit head = snapshot.head();
            Plan still = null;
            if (prepared != null && !Objects.equals(prepared.head(), head)) {
                // planned on a main that is no longer: its plan holds if the one file it read is unchanged (its
                // tree and commit are made again below); else planned again here, under the lock, as any write
                still = holds(snapshot, prepared, head, reads) ? prepared.plan() : null;
                log.debug(
                        "main of space {} moved before the lock; {}",
                        communityId,
                        still != null ? "the plan holds" : "planning under it");
                prepared = null;
            }
            Plan plan = prepared != null ? prepared.plan() : still != null ? still : planner.plan(snapshot);
            if (plan.conflict() != null) {
                return plan.conflict();
            }
            ObjectId commitId;
            if (prepared != null && prepared.made()) {
                if (prepared.commit() == null) {
                    return new SaveResult.Saved(SaveResult.Outcome.UNCHANGED, head.name(), plan.path());
                }
                commitId = prepared.commit();
            } else {
                checkSizes(plan.edits());
                ObjectId tree = tree(snapshot, inserter, head, plan.edits(), properties.maxFolderEntries());
                if (head != null && tree.equals(head.getTree())) {
                    return new SaveResult.Saved(SaveResult.Outcome.UNCHANGED, head.name(), plan.path());
                }
                commitId = inserter.insert(built(tree, head, plan, author, committer, message));
                inserter.flush();
            }
            RevCommit commit = snapshot.walk().parseCommit(commitId);
            index.append(snapshot, communityId, commit, state.commitCount() + 1);
            index.markIndexed(communityId, commit.name(), state.commitCount() + 1);
            moveMain(repository, snapshot, head, commit);
            events.publishEvent(new SpaceChanged(communityId, head == null ? null : head.name(), commit.name()));
            return new SaveResult.Saved(plan.outcome(), commit.name(), plan.path());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write to space " + communityId, e);
        }
    }

    /** Whether a plan made on an older main holds on {@code head}: the only file it read is the same in both. */
    private static boolean holds(Snapshot snapshot, Prepared prepared, RevCommit head, SpacePath reads)
            throws IOException {
        Plan plan = prepared.plan();
        if (reads == null
                || prepared.head() == null
                || head == null
                || plan.conflict() != null
                || plan.merged() != null
                || plan.edits().stream().anyMatch(edit -> !edit.path().equals(reads))) {
            return false;
        }
        RevCommit before = snapshot.walk().parseCommit(prepared.head());
        return snapshot.blob(before, reads).equals(snapshot.blob(head, reads));
    }

    /**
     * Measures how long this transaction holds the space's lock (until it ends), as {@code statcommons.space.lock.held}
     * with the outcome {@code committed} or {@code undone} (rolled back: main moved under the write, a failure).
     */
    private void holding(long communityId) {
        MeterRegistry registry = meters.getIfAvailable();
        if (registry == null || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        long locked = System.nanoTime();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                registry.timer(
                                "statcommons.space.lock.held",
                                "outcome",
                                status == STATUS_COMMITTED ? "committed" : "undone")
                        .record(System.nanoTime() - locked, TimeUnit.NANOSECONDS);
            }
        });
    }

    private void checkSizes(List<FileEdit> edits) {
        for (FileEdit edit : edits) {
            long limit = properties.limitFor(edit.path());
            if (!edit.removes() && edit.content().length > limit) {
                throw new InvalidInputException(
                        "",
                        edit.path() + " is too large: at most " + limit / (1024 * 1024) + " MB (" + limit
                                + " bytes) for " + (edit.path().isPage() ? "a page" : "a file") + ".");
            }
        }
    }

    /**
     * The tree of {@code head} (a commit of any branch, or null) with the edits applied, built in memory;
     * refused when it would grow a folder beyond {@code maxFolderEntries} (see {@link FolderLimit}). Only the trees
     * on the edited paths are read and written again: the others are kept as they are, by their ids (building the
     * whole space's index of files for every save was a third of a save's time).
     */
    public static ObjectId tree(
            Snapshot snapshot, ObjectInserter inserter, RevCommit head, List<FileEdit> edits, int maxFolderEntries)
            throws IOException {
        // each path's new file (null: removed), a later edit of a path winning; names as Git's bytes, one char each
        Map<String, ObjectId> changes = new LinkedHashMap<>();
        for (FileEdit edit : edits) {
            changes.put(
                    bytes(edit.path().value()),
                    edit.removes() ? null : inserter.insert(Constants.OBJ_BLOB, edit.content()));
        }
        ObjectId edited = edited(snapshot.reader(), inserter, head == null ? null : head.getTree(), "", changes);
        ObjectId tree = edited != null ? edited : inserter.insert(new TreeFormatter());
        List<String> added = edits.stream()
                .filter(edit -> !edit.removes())
                .map(edit -> edit.path().value())
                .toList();
        try (ObjectReader reader = inserter.newReader()) {
            FolderLimit.problem(reader, head == null ? null : head.getTree(), tree, added, maxFolderEntries)
                    .ifPresent(problem -> {
                        throw new InvalidInputException("", problem);
                    });
        }
        return tree;
    }

    /** A tree's entry: its mode and object. */
    private record TreeEntry(FileMode mode, ObjectId id) {
        boolean folder() {
            return FileMode.TREE.equals(mode.getBits());
        }
    }

    /** A path as people read it, from Git's bytes. */
    private static String shown(String bytes) {
        return new String(bytes.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    /** A path or name as Git's bytes, one char per byte: compared as Git compares them, written back unchanged. */
    private static String bytes(String path) {
        return new String(path.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /**
     * The tree (null: none) at {@code folder} with the changes made, their paths relative to it; null when it ends
     * empty. A file's removal leaves a folder of that name alone, as Git's index did. Git keeps a name once in a
     * folder, so a file where a folder is, or a folder where a file is, is refused: Git's index replaced the one
     * there, which silently took a page (or a whole folder of pages) out of the space.
     */
    private static ObjectId edited(
            ObjectReader reader, ObjectInserter inserter, ObjectId tree, String folder, Map<String, ObjectId> changes)
            throws IOException {
        Map<String, TreeEntry> entries = new HashMap<>();
        if (tree != null) {
            for (CanonicalTreeParser parser = new CanonicalTreeParser(null, reader, tree);
                    !parser.eof();
                    parser.next()) {
                entries.put(
                        new String(
                                parser.getEntryPathBuffer(),
                                0,
                                parser.getEntryPathLength(),
                                StandardCharsets.ISO_8859_1),
                        new TreeEntry(parser.getEntryFileMode(), parser.getEntryObjectId()));
            }
        }
        Map<String, ObjectId> here = new LinkedHashMap<>();
        Map<String, Map<String, ObjectId>> inFolders = new LinkedHashMap<>();
        for (Map.Entry<String, ObjectId> change : changes.entrySet()) {
            String path = change.getKey();
            int slash = path.indexOf('/');
            if (slash >= 0) {
                inFolders
                        .computeIfAbsent(path.substring(0, slash), name -> new LinkedHashMap<>())
                        .put(path.substring(slash + 1), change.getValue());
            } else {
                here.put(path, change.getValue());
            }
        }
        // folders first: a file removed and a folder made in its place, or a folder emptied and a file put in its
        // place, in one edit, is no clash
        for (Map.Entry<String, Map<String, ObjectId>> inFolder : inFolders.entrySet()) {
            String name = inFolder.getKey();
            TreeEntry before = entries.get(name);
            boolean wasFolder = before != null && before.folder();
            ObjectId after =
                    edited(reader, inserter, wasFolder ? before.id() : null, folder + name + "/", inFolder.getValue());
            if (after != null) {
                boolean fileStays = before != null && !wasFolder && !(here.containsKey(name) && here.get(name) == null);
                if (fileStays) {
                    throw new InvalidInputException("", Text.of("content.path.file-there", shown(folder + name)));
                }
                entries.put(name, new TreeEntry(FileMode.TREE, after));
            } else if (wasFolder) {
                entries.remove(name);
            }
        }
        for (Map.Entry<String, ObjectId> file : here.entrySet()) {
            TreeEntry there = entries.get(file.getKey());
            if (file.getValue() != null) {
                if (there != null && there.folder()) {
                    throw new InvalidInputException(
                            "", Text.of("content.path.folder-there", shown(folder + file.getKey())));
                }
                entries.put(file.getKey(), new TreeEntry(FileMode.REGULAR_FILE, file.getValue()));
            } else if (there != null && !there.folder()) {
                entries.remove(file.getKey());
            }
        }
        if (entries.isEmpty()) {
            return null;
        }
        // Git's order: by bytes, a folder's name as if it ended with a slash
        List<Map.Entry<String, TreeEntry>> sorted = new ArrayList<>(entries.entrySet());
        sorted.sort(Comparator.comparing((Map.Entry<String, TreeEntry> entry) ->
                entry.getKey() + (entry.getValue().folder() ? "/" : "")));
        TreeFormatter formatter = new TreeFormatter();
        for (Map.Entry<String, TreeEntry> entry : sorted) {
            byte[] name = entry.getKey().getBytes(StandardCharsets.ISO_8859_1);
            formatter.append(
                    name,
                    0,
                    name.length,
                    entry.getValue().mode(),
                    entry.getValue().id());
        }
        return inserter.insert(formatter);
    }

    /** A commit of this tree by this author, made now (the application's clock). */
    public CommitBuilder commit(ObjectId tree, RevCommit head, ObjectId merged, Author author, String message) {
        return commit(tree, head, merged, author, message, clock.instant());
    }

    public static CommitBuilder commit(
            ObjectId tree, RevCommit head, ObjectId merged, Author author, String message, Instant at) {
        PersonIdent person = new PersonIdent(author.name(), author.email(), at, ZoneOffset.UTC);
        CommitBuilder commit = new CommitBuilder();
        commit.setTreeId(tree);
        if (head != null && merged != null) {
            commit.setParentIds(head, merged);
        } else if (head != null) {
            commit.setParentId(head);
        } else if (merged != null) {
            commit.setParentId(merged);
        }
        commit.setAuthor(person);
        commit.setCommitter(person);
        commit.setMessage(message.endsWith("\n") ? message : message + "\n");
        return commit;
    }

    /**
     * Compare-and-swap of main from {@code head} to {@code commit}, and an undo registered for a rolled-back
     * transaction. Every result of the ref update is handled.
     */
    private static void moveMain(Repository repository, Snapshot snapshot, RevCommit head, RevCommit commit)
            throws IOException {
        RefUpdate update = repository.updateRef(SpaceBranches.MAIN);
        update.setExpectedOldObjectId(head == null ? ObjectId.zeroId() : head);
        update.setNewObjectId(commit);
        update.setRefLogIdent(commit.getCommitterIdent());
        update.setRefLogMessage("statcommons: " + commit.getShortMessage(), false);
        RefUpdate.Result result = update.update(snapshot.walk());
        switch (result) {
            case NEW, FAST_FORWARD ->
                TransactionSynchronizationManager.registerSynchronization(new UndoOnRollback(repository, head, commit));
            case LOCK_FAILURE, REJECTED, NO_CHANGE -> throw new MainMoved();
            case FORCED,
                    RENAMED,
                    NOT_ATTEMPTED,
                    REJECTED_CURRENT_BRANCH,
                    REJECTED_MISSING_OBJECT,
                    REJECTED_OTHER_REASON,
                    IO_FAILURE ->
                throw new IllegalStateException("Moving main to " + commit.name() + " failed: " + result);
            default -> throw new IllegalStateException("Unknown ref update result " + result);
        }
    }

    /** main moved between reading the head and updating it; the write is planned again. */
    private static final class MainMoved extends RuntimeException {
        MainMoved() {
            super("main moved", null, false, false);
        }
    }

    /** Moves main back when the transaction that indexed the new commit did not commit. */
    private record UndoOnRollback(Repository repository, RevCommit head, RevCommit commit)
            implements TransactionSynchronization {
        @Override
        public void afterCompletion(int status) {
            if (status != STATUS_ROLLED_BACK) {
                // Committed, or unknown: keep the commit; the index catches up if it was not recorded.
                return;
            }
            try {
                RefUpdate undo = repository.updateRef(SpaceBranches.MAIN);
                undo.setExpectedOldObjectId(commit);
                undo.setRefLogMessage("statcommons: undo, the index transaction rolled back", false);
                RefUpdate.Result result;
                if (head == null) {
                    undo.setForceUpdate(true);
                    result = undo.delete();
                } else {
                    undo.setNewObjectId(head);
                    undo.setForceUpdate(true);
                    result = undo.update();
                }
                if (result != RefUpdate.Result.FORCED && result != RefUpdate.Result.NO_CHANGE) {
                    log.warn(
                            "Could not move main back from {} ({}); the index will catch up on next use",
                            commit.name(),
                            result);
                }
            } catch (IOException e) {
                log.warn("Could not move main back from {}; the index will catch up on next use", commit.name(), e);
            }
        }
    }
}
