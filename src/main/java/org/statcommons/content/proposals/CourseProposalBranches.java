package org.statcommons.content.proposals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.merge.ResolveMerger;
import org.eclipse.jgit.revwalk.RevCommit;
import org.springframework.stereotype.Component;
import org.statcommons.content.Author;
import org.statcommons.content.CourseHistories;
import org.statcommons.content.CourseProposal;
import org.statcommons.content.CourseProposals;
import org.statcommons.content.CourseSpace;
import org.statcommons.content.SaveResult;
import org.statcommons.content.SpacePath;
import org.statcommons.content.space.BranchMerge;
import org.statcommons.content.space.ContentProperties;
import org.statcommons.content.space.FileEdit;
import org.statcommons.content.space.Snapshot;
import org.statcommons.content.space.SpaceRepositories;
import org.statcommons.content.space.SpaceWriter;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/**
 * Course proposals ({@link CourseProposals}) on the spaces' machinery: the records and events of {@link Proposals}
 * under the course's key, the branches and merge of {@link ProposalBranches}. A proposal from another course is that
 * course's main brought in ({@link CourseHistories#bring}) with a branch pointing at it. A conflict is resolved by a
 * merge commit on the proposal's branch (main as second parent) whose tree is the three-way merge with the texts the
 * person kept: both sides are given those texts and merged again, so every other file merges as Git would.
 */
@Component
class CourseProposalBranches implements CourseProposals {

    /** The longest text kept for one conflicting file. */
    static final int MAX_RESOLVED_LENGTH = 512 * 1024;

    private final Proposals proposals;
    private final ProposalBranches branches;
    private final CourseHistories histories;
    private final SpaceRepositories repositories;
    private final ContentProperties properties;
    private final Clock clock;

    CourseProposalBranches(
            Proposals proposals,
            ProposalBranches branches,
            CourseHistories histories,
            SpaceRepositories repositories,
            ContentProperties properties,
            Clock clock) {
        this.proposals = proposals;
        this.branches = branches;
        this.histories = histories;
        this.repositories = repositories;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public Optional<CourseProposal> open(
            long courseId, long fromCourseId, String title, String description, long accountId, String personName) {
        long key = CourseSpace.keyOf(courseId);
        String commit = histories.bring(fromCourseId, courseId);
        Repository repository = repository(key);
        try (Snapshot snapshot = new Snapshot(repository)) {
            RevCommit tip = snapshot.walk().parseCommit(ObjectId.fromString(commit));
            if (snapshot.head() != null && snapshot.walk().isMergedInto(tip, snapshot.head())) {
                return Optional.empty();
            }
            // a second click finds the open proposal that holds these very changes
            for (Proposal existing : proposals.list(key, true)) {
                Ref ref = repository.exactRef(ProposalBranches.ref(existing.branch()));
                if (ref != null && ref.getObjectId().equals(tip)) {
                    return Optional.of(course(existing));
                }
            }
            Instant now = clock.instant();
            long id =
                    proposals.addOnWeb(new Proposals.NewProposal(key, title, description, accountId, personName), now);
            proposals.addEvent(id, accountId, personName, "OPENED", "", now);
            move(repository, ProposalBranches.ref("proposals/" + id), null, tip);
            return Optional.of(course(proposals.inCommunity(key, id)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<CourseProposal> list(long courseId) {
        return proposals.list(CourseSpace.keyOf(courseId), false).stream()
                .map(CourseProposalBranches::course)
                .toList();
    }

    @Override
    public CourseProposal get(long courseId, long id) {
        return course(proposals.inCommunity(CourseSpace.keyOf(courseId), id));
    }

    @Override
    public List<CourseProposal.File> files(long courseId, long id) {
        long key = CourseSpace.keyOf(courseId);
        Proposal proposal = proposals.inCommunity(key, id);
        return branches.changes(key, proposal.branch()).files().stream()
                .map(file -> new CourseProposal.File(file.path(), file.change()))
                .toList();
    }

    @Override
    public List<CourseProposal.Conflict> conflicts(long courseId, long id) {
        long key = CourseSpace.keyOf(courseId);
        Proposal proposal = proposals.inCommunity(key, id);
        if (proposal.status().finished()) {
            return List.of();
        }
        try (Snapshot snapshot = new Snapshot(repository(key))) {
            RevCommit tip = tip(snapshot, proposal);
            RevCommit head = snapshot.head();
            ResolveMerger merger = (ResolveMerger) MergeStrategy.RECURSIVE.newMerger(snapshot.repository(), true);
            if (head == null || merger.merge(head, tip)) {
                return List.of();
            }
            List<CourseProposal.Conflict> conflicts = new ArrayList<>();
            for (String path : conflicting(merger)) {
                conflicts.add(new CourseProposal.Conflict(
                        path, BranchMerge.marked(merger.getMergeResults().get(path), "proposal")));
            }
            return conflicts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void resolve(long courseId, long id, Map<String, String> resolved, Author author, long accountId) {
        long key = CourseSpace.keyOf(courseId);
        Proposal proposal = open(key, id);
        Repository repository = repository(key);
        try (Snapshot snapshot = new Snapshot(repository);
                ObjectInserter inserter = repository.newObjectInserter()) {
            RevCommit tip = tip(snapshot, proposal);
            RevCommit head = snapshot.head();
            ResolveMerger merger = (ResolveMerger) MergeStrategy.RECURSIVE.newMerger(repository, true);
            if (head == null || merger.merge(head, tip)) {
                throw new InvalidInputException("", Text.of("content.course.resolve.none"));
            }
            List<FileEdit> kept = new ArrayList<>();
            List<String> paths = conflicting(merger);
            for (int i = 0; i < paths.size(); i++) {
                String text = resolved.get(paths.get(i));
                String field = "file-" + i;
                if (text == null) {
                    throw new InvalidInputException(field, Text.of("content.course.resolve.missing", paths.get(i)));
                }
                if (text.length() > MAX_RESOLVED_LENGTH) {
                    throw new InvalidInputException(
                            field, Text.of("content.course.resolve.too-long", paths.get(i), MAX_RESOLVED_LENGTH));
                }
                if (text.lines().anyMatch(line -> line.startsWith("<<<<<<<") || line.startsWith(">>>>>>>"))) {
                    throw new InvalidInputException(field, Text.of("content.course.resolve.marked", paths.get(i)));
                }
                kept.add(FileEdit.put(
                        new SpacePath(paths.get(i)), text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8)));
            }
            // both sides take the kept texts; merging them again merges every other file as before
            Instant now = clock.instant();
            RevCommit ours = side(snapshot, inserter, head, kept, author, now);
            RevCommit theirs = side(snapshot, inserter, tip, kept, author, now);
            ResolveMerger again = (ResolveMerger) MergeStrategy.RECURSIVE.newMerger(repository, true);
            if (!again.merge(ours, theirs)) {
                throw new ConflictException(
                        Text.of("content.course.resolve.still", String.join(", ", conflicting(again))));
            }
            ObjectId commitId = inserter.insert(SpaceWriter.commit(
                    again.getResultTreeId(),
                    tip,
                    head,
                    author,
                    "Resolve the conflicts with main: " + String.join(", ", paths),
                    now));
            inserter.flush();
            move(
                    repository,
                    ProposalBranches.ref(proposal.branch()),
                    tip,
                    snapshot.walk().parseCommit(commitId));
            proposals.reopen(proposal.id(), now);
            proposals.addEvent(
                    proposal.id(),
                    accountId,
                    author.name(),
                    "UPDATED",
                    Proposal.Event.edited(String.join(", ", paths)),
                    now);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public SaveResult merge(long courseId, long id, Author merger, long accountId) {
        long key = CourseSpace.keyOf(courseId);
        Proposal proposal = open(key, id);
        SaveResult result = branches.merge(
                key,
                proposal.branch(),
                merger,
                "Merge proposal #" + proposal.id() + ": " + proposal.title() + "\n\nFrom " + proposal.branch() + " by "
                        + proposal.authorName() + ".");
        if (result instanceof SaveResult.Saved saved) {
            Instant now = clock.instant();
            if (proposals.markMerged(proposal.id(), saved.commitId(), now)) {
                proposals.addEvent(proposal.id(), accountId, merger.name(), "MERGED", Proposal.Event.merged(), now);
            }
        }
        return result;
    }

    @Override
    public void close(long courseId, long id, long accountId, String personName) {
        Proposal proposal = open(CourseSpace.keyOf(courseId), id);
        Instant now = clock.instant();
        if (proposals.changeStatus(proposal.id(), ProposalStatus.CLOSED, now)) {
            proposals.addEvent(proposal.id(), accountId, personName, "CLOSED", "", now);
        }
    }

    private Proposal open(long key, long id) {
        Proposal proposal = proposals.inCommunity(key, id);
        if (proposal.status().finished()) {
            throw new ConflictException(
                    Text.of("proposals.finished", proposal.status().name()));
        }
        return proposal;
    }

    private Repository repository(long key) {
        return repositories.open(key).orElseThrow(() -> new NotFoundException(Text.of("content.no-pages-yet")));
    }

    private RevCommit side(
            Snapshot snapshot,
            ObjectInserter inserter,
            RevCommit parent,
            List<FileEdit> kept,
            Author author,
            Instant at)
            throws IOException {
        ObjectId tree = SpaceWriter.tree(snapshot, inserter, parent, kept, properties.maxFolderEntries());
        ObjectId id = inserter.insert(SpaceWriter.commit(tree, parent, null, author, "Kept", at));
        inserter.flush();
        return snapshot.walk().parseCommit(id);
    }

    private static List<String> conflicting(ResolveMerger merger) {
        List<String> paths = new ArrayList<>(merger.getUnmergedPaths());
        if (merger.getFailingPaths() != null) {
            merger.getFailingPaths().keySet().stream()
                    .filter(path -> !paths.contains(path))
                    .forEach(paths::add);
        }
        return paths;
    }

    private static RevCommit tip(Snapshot snapshot, Proposal proposal) throws IOException {
        Ref ref = snapshot.repository().exactRef(ProposalBranches.ref(proposal.branch()));
        if (ref == null) {
            throw new NotFoundException(Text.of("proposals.branch.named-gone", proposal.branch()));
        }
        return snapshot.walk().parseCommit(ref.getObjectId());
    }

    /** Compare-and-swap of a proposal's branch from {@code from} (null: new) to {@code to}. */
    private static void move(Repository repository, String ref, RevCommit from, RevCommit to) throws IOException {
        RefUpdate update = repository.updateRef(ref);
        update.setExpectedOldObjectId(from == null ? ObjectId.zeroId() : from);
        update.setNewObjectId(to);
        update.setRefLogMessage("statcommons: " + to.getShortMessage(), false);
        RefUpdate.Result result = update.update();
        if (result != RefUpdate.Result.NEW && result != RefUpdate.Result.FAST_FORWARD) {
            throw new ConflictException(Text.of("content.course.proposal-changed", result.name()));
        }
    }

    private static CourseProposal course(Proposal proposal) {
        return new CourseProposal(
                proposal.id(),
                proposal.title(),
                proposal.description(),
                proposal.authorAccountId(),
                proposal.authorName(),
                proposal.status().name(),
                proposal.mergedCommit(),
                proposal.createdAt());
    }
}
