package org.statcommons.content.proposals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.springframework.stereotype.Service;
import org.statcommons.content.Author;
import org.statcommons.content.PageEdit;
import org.statcommons.content.PageFields;
import org.statcommons.content.SavePage;
import org.statcommons.content.SaveResult;
import org.statcommons.content.SpacePath;
import org.statcommons.content.space.BranchMerge;
import org.statcommons.content.space.ContentProperties;
import org.statcommons.content.space.Snapshot;
import org.statcommons.content.space.SpaceRepositories;
import org.statcommons.content.space.SpaceWriter;
import org.statcommons.moderation.SaveLimiter;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Markdown;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/**
 * The Git side of proposals: branches {@code refs/heads/proposals/<name>} beside main. A page saved into a
 * proposal is a commit on its branch (built in memory, moved in with a compare-and-swap, like main); the
 * proposed change is the difference between the branch and where it left main; merging is a three-way
 * merge of the branch into main, committed by {@link SpaceWriter} as a merge commit, or a conflict that
 * names the pages both sides changed. Who may do which is decided by the callers (see {@code Proposals}).
 */
@Service
public class ProposalBranches {

    private final SpaceRepositories repositories;
    private final SpaceWriter writer;
    private final ContentProperties properties;
    private final Markdown markdown;
    private final SaveLimiter saveLimits;

    private final PageFields fields;

    ProposalBranches(
            SpaceRepositories repositories,
            SpaceWriter writer,
            ContentProperties properties,
            Markdown markdown,
            SaveLimiter saveLimits,
            PageFields fields) {
        this.fields = fields;
        this.repositories = repositories;
        this.writer = writer;
        this.properties = properties;
        this.markdown = markdown;
        this.saveLimits = saveLimits;
    }

    /** The full ref of a branch name such as {@code proposals/new-sources}. */
    public static String ref(String branch) {
        if (!branch.startsWith("proposals/")) {
            throw new IllegalArgumentException("Not a proposal branch: " + branch);
        }
        return "refs/heads/" + branch;
    }

    /** The branch's commit, empty when it does not exist. */
    public Optional<String> tip(long communityId, String branch) {
        try {
            Optional<Repository> repository = repositories.open(communityId);
            if (repository.isEmpty()) {
                return Optional.empty();
            }
            Ref ref = repository.get().exactRef(ref(branch));
            return Optional.ofNullable(ref).map(r -> r.getObjectId().name());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Saves a page into the proposal's branch. A new branch ({@code create}) starts at the commit the person
     * edited ({@code edit.baseCommit()}, or main now): the proposal is then exactly their change, whatever
     * happens on main meanwhile. An existing branch gets a commit on its tip, merged three ways like a page
     * save when the branch moved since the person's base (a push, another edit); a real conflict saves nothing.
     */
    public SaveResult savePage(long communityId, String branch, boolean create, PageEdit edit, Author author) {
        SavePage.Checked checked = SavePage.check(fields.resolve(communityId, edit), properties, markdown);
        if (author.accountId() != null) {
            saveLimits.check(author.accountId(), communityId);
        }
        String refName = ref(branch);
        Repository repository = repositories.create(communityId);
        try (Snapshot snapshot = new Snapshot(repository);
                ObjectInserter inserter = repository.newObjectInserter()) {
            Ref ref = repository.exactRef(refName);
            if (create && ref != null) {
                throw new ConflictException(Text.of("proposals.branch.exists", branch));
            }
            if (!create && ref == null) {
                throw new NotFoundException(Text.of("proposals.branch.gone"));
            }
            RevCommit tip = ref == null ? null : snapshot.walk().parseCommit(ref.getObjectId());
            RevCommit start = !create
                    ? tip
                    : checked.base() == null ? snapshot.head() : snapshot.commit("baseCommit", checked.base());
            SpaceWriter.Plan plan = SavePage.plan(snapshot, start, checked.path(), checked.base(), checked.bytes());
            if (plan.conflict() != null) {
                return plan.conflict();
            }
            ObjectId tree = SpaceWriter.tree(snapshot, inserter, start, plan.edits(), properties.maxFolderEntries());
            if (start != null && tree.equals(start.getTree())) {
                if (create) {
                    throw new InvalidInputException("body", Text.of("proposals.unchanged"));
                }
                return new SaveResult.Saved(SaveResult.Outcome.UNCHANGED, start.name(), checked.path());
            }
            ObjectId commitId = inserter.insert(writer.commit(tree, start, null, author, checked.message()));
            inserter.flush();
            RevCommit commit = snapshot.walk().parseCommit(commitId);
            RefUpdate update = repository.updateRef(refName);
            update.setExpectedOldObjectId(tip == null ? ObjectId.zeroId() : tip);
            update.setNewObjectId(commit);
            update.setRefLogIdent(commit.getCommitterIdent());
            update.setRefLogMessage("statcommons: " + commit.getShortMessage(), false);
            RefUpdate.Result result = update.update(snapshot.walk());
            if (result != RefUpdate.Result.NEW && result != RefUpdate.Result.FAST_FORWARD) {
                throw new ConflictException(Text.of("proposals.changed-while-saving", result.name()));
            }
            return new SaveResult.Saved(plan.outcome(), commit.name(), checked.path());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write to space " + communityId, e);
        }
    }

    /** What a proposal changes: the files that differ between where its branch left main and its tip. */
    public record ProposedChanges(String baseCommit, String tipCommit, List<ChangedFile> files) {}

    /** A changed file: {@code A} added, {@code M} modified, {@code D} deleted; {@code page} for Markdown pages. */
    public record ChangedFile(String path, char change, boolean page) {
        /** added, deleted or changed */
        public String label() {
            return change == 'A' ? "added" : change == 'D' ? "deleted" : "changed";
        }
    }

    public ProposedChanges changes(long communityId, String branch) {
        Repository repository = repositories
                .open(communityId)
                .orElseThrow(() -> new NotFoundException(Text.of("content.no-pages-yet")));
        try (Snapshot snapshot = new Snapshot(repository)) {
            RevCommit tip = tip(snapshot, branch);
            RevCommit base = mergeBase(snapshot, snapshot.head(), tip);
            List<ChangedFile> files = new ArrayList<>();
            try (TreeWalk walk = new TreeWalk(snapshot.reader())) {
                walk.setRecursive(true);
                walk.setFilter(TreeFilter.ANY_DIFF);
                if (base == null) {
                    walk.addTree(new EmptyTreeIterator());
                } else {
                    walk.addTree(base.getTree());
                }
                walk.addTree(tip.getTree());
                while (walk.next()) {
                    char change = walk.getRawMode(0) == 0 ? 'A' : walk.getRawMode(1) == 0 ? 'D' : 'M';
                    String path = walk.getPathString();
                    files.add(new ChangedFile(path, change, path.endsWith(SpacePath.PAGE_SUFFIX)));
                }
            }
            return new ProposedChanges(base == null ? null : base.name(), tip.name(), List.copyOf(files));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Merges the proposal's branch into main with a merge commit (the proposal's commits stay in history with
     * their authors, as second parent). The merge commit is authored by whoever wrote the proposal's first
     * commit and committed by {@code merger}: page history, which lists main's own line, then credits the
     * proposer, and others who added commits are named in {@code Co-authored-by} lines. A conflict merges
     * nothing: the result names the pages both sides changed and carries the first one's two versions with
     * the conflict marked. Merging a branch that main already contains is {@code UNCHANGED}.
     */
    public SaveResult merge(long communityId, String branch, Author merger, String message) {
        List<Author> authors = authors(communityId, branch);
        Author credited = authors.isEmpty() ? merger : authors.get(0);
        StringBuilder full = new StringBuilder(message);
        List<Author> others = authors.stream().skip(1).toList();
        if (!others.isEmpty()) {
            full.append("\n");
            others.forEach(other -> full.append("\nCo-authored-by: ")
                    .append(other.name())
                    .append(" <")
                    .append(other.email())
                    .append('>'));
        }
        return writer.write(
                communityId,
                credited,
                merger,
                full.toString(),
                snapshot -> BranchMerge.plan(
                        snapshot,
                        tip(snapshot, branch),
                        "proposal",
                        paths -> Text.of("proposals.merge.conflict", String.join(", ", paths))));
    }

    /** The authors of the branch's commits that main does not have, oldest first, each once (by e-mail). */
    private List<Author> authors(long communityId, String branch) {
        Repository repository = repositories
                .open(communityId)
                .orElseThrow(() -> new NotFoundException(Text.of("content.no-pages-yet")));
        try (Snapshot snapshot = new Snapshot(repository);
                RevWalk walk = new RevWalk(snapshot.reader())) {
            walk.sort(RevSort.REVERSE);
            walk.markStart(walk.parseCommit(tip(snapshot, branch)));
            if (snapshot.head() != null) {
                walk.markUninteresting(walk.parseCommit(snapshot.head()));
            }
            Map<String, Author> byEmail = new LinkedHashMap<>();
            for (RevCommit commit : walk) {
                PersonIdent person = commit.getAuthorIdent();
                if (!person.getName().isBlank() && !person.getEmailAddress().isBlank()) {
                    byEmail.putIfAbsent(
                            person.getEmailAddress().toLowerCase(Locale.ROOT),
                            new Author(person.getName(), person.getEmailAddress()));
                }
            }
            return List.copyOf(byEmail.values());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RevCommit tip(Snapshot snapshot, String branch) throws IOException {
        Ref ref = snapshot.repository().exactRef(ref(branch));
        if (ref == null) {
            throw new NotFoundException(Text.of("proposals.branch.named-gone", branch));
        }
        return snapshot.walk().parseCommit(ref.getObjectId());
    }

    private static RevCommit mergeBase(Snapshot snapshot, RevCommit head, RevCommit tip) throws IOException {
        if (head == null) {
            return null;
        }
        try (RevWalk walk = new RevWalk(snapshot.reader())) {
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(head));
            walk.markStart(walk.parseCommit(tip));
            return walk.next();
        }
    }
}
