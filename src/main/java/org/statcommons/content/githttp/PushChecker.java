package org.statcommons.content.githttp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.PreReceiveHook;
import org.eclipse.jgit.transport.ReceiveCommand;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.statcommons.access.Action;
import org.statcommons.access.Permissions;
import org.statcommons.content.BodySpaces;
import org.statcommons.content.SpaceCourses;
import org.statcommons.content.proposals.ProposalChecker;
import org.statcommons.content.space.ContentProperties;
import org.statcommons.content.space.FolderLimit;
import org.statcommons.content.space.SpaceBranches;
import org.statcommons.platform.Markdown;
import org.statcommons.platform.Text;
import org.statcommons.platform.i18n.Language;

/**
 * Decides every branch of a push before anything moves, and says why when it refuses (the reason appears
 * in the output of {@code git push}). A push is all or nothing: one refused branch refuses the others.
 * <ul>
 * <li>main: only for those who may edit pages; never deleted; never rewritten (fast-forwards only);</li>
 * <li>{@code refs/for/main}: the same people, whose commits the server then merges into main
 * ({@link LandOnMain});</li>
 * <li>{@code proposals/<name>}: for those who may propose, see {@link ProposalChecker#pushRefusal}; never deleted
 * (close the proposal instead); may be rewritten by its author;</li>
 * <li>nothing else (other branches, tags); in a body's members-only space or a course, nothing but main and
 * {@code refs/for/main}, for those who write in it;</li>
 * <li>every file the new commits add or change passes {@link PushedFile} (pages among them can be shown
 * formatted), and no folder grows beyond {@link FolderLimit}'s bound.</li>
 * </ul>
 */
class PushChecker implements PreReceiveHook {

    /** A push bringing more new commits than this is refused rather than checked for minutes. */
    static final int MAX_NEW_COMMITS = 50_000;

    private static final String PROPOSAL_PREFIX = SpaceBranches.PROPOSALS;

    private final GitRequest git;
    private final Permissions permissions;
    private final ProposalChecker proposals;
    private final ContentProperties limits;
    private final Markdown markdown;
    private final BodySpaces bodySpaces;
    private final SpaceCourses courses;
    /** Files (path and blob) already checked in this push: one that several commits carry is read and rendered once. */
    private final Set<String> checked = new HashSet<>();

    PushChecker(
            GitRequest git,
            Permissions permissions,
            ProposalChecker proposals,
            ContentProperties limits,
            Markdown markdown,
            BodySpaces bodySpaces,
            SpaceCourses courses) {
        this.bodySpaces = bodySpaces;
        this.courses = courses;
        this.markdown = markdown;
        this.git = git;
        this.permissions = permissions;
        this.proposals = proposals;
        this.limits = limits;
    }

    @Override
    public void onPreReceive(ReceivePack pack, Collection<ReceiveCommand> commands) {
        // git push shows these as "remote: …" to the one person pushing: in their language
        Language language = git.language();
        boolean refused = false;
        for (ReceiveCommand command : commands) {
            Text refusal = refusal(pack.getRepository(), command);
            if (refusal != null) {
                String reason = refusal.in(language);
                command.setResult(ReceiveCommand.Result.REJECTED_OTHER_REASON, reason);
                pack.sendError(shortName(command) + ": " + reason);
                refused = true;
            }
        }
        if (refused) {
            for (ReceiveCommand command : commands) {
                if (command.getResult() == ReceiveCommand.Result.NOT_ATTEMPTED) {
                    command.setResult(
                            ReceiveCommand.Result.REJECTED_OTHER_REASON,
                            Text.of("content.push.not-pushed").in(language));
                }
            }
        }
    }

    private Text refusal(Repository repository, ReceiveCommand command) {
        String ref = command.getRefName();
        long communityId = git.community().id();
        if (ref.equals(SpaceBranches.MAIN) || ref.equals(SpacePushes.FOR_MAIN)) {
            if (!mayChangeMain()) {
                return Text.of("content.push.may-not-change-main");
            }
            if (command.getType() == ReceiveCommand.Type.DELETE) {
                return Text.of("content.push.main-not-deleted");
            }
            if (command.getType() == ReceiveCommand.Type.UPDATE_NONFASTFORWARD) {
                return Text.of("content.push.main-not-rewritten");
            }
        } else if (git.course() != null) {
            // a course has no proposals yet: its contributors write on main
            return Text.of("content.push.course-main-only");
        } else if (git.body() != null) {
            // a body's space has no proposals: its members write on main
            return Text.of("content.push.body-main-only");
        } else if (ref.startsWith(PROPOSAL_PREFIX)) {
            if (command.getType() == ReceiveCommand.Type.DELETE) {
                return Text.of("content.push.proposal-not-deleted");
            }
            Text problem = proposals
                    .pushRefusal(git.actor(), communityId, ref.substring(Constants.R_HEADS.length()))
                    .orElse(null);
            if (problem != null) {
                return problem;
            }
        } else {
            return Text.of("content.push.other-branch");
        }
        try {
            return contentProblem(repository, command);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean mayChangeMain() {
        if (git.course() != null) {
            return courses.mayWrite(git.actor(), git.community(), git.course());
        }
        return git.body() == null
                ? permissions.may(git.actor(), Action.EDIT_PAGE, git.community().id())
                : bodySpaces.may(
                        git.actor(),
                        Action.EDIT_BODY_SPACE,
                        git.community(),
                        git.body().bodyId());
    }

    /** Checks the files of every commit the push brings (those no branch had yet). */
    private Text contentProblem(Repository repository, ReceiveCommand command) throws IOException {
        try (RevWalk walk = new RevWalk(repository);
                ObjectReader reader = walk.getObjectReader()) {
            RevObject pushed = walk.parseAny(command.getNewId());
            if (!(pushed instanceof RevCommit)) {
                return Text.of("content.push.not-a-commit");
            }
            walk.markStart((RevCommit) pushed);
            for (Ref existing : repository.getRefDatabase().getRefs()) {
                if (existing.getObjectId() != null
                        && walk.parseAny(existing.getObjectId()) instanceof RevCommit commit) {
                    walk.markUninteresting(commit);
                }
            }
            int count = 0;
            for (RevCommit commit : walk) {
                if (++count > MAX_NEW_COMMITS) {
                    return Text.of("content.push.too-many-commits", MAX_NEW_COMMITS);
                }
                Text problem = commitProblem(walk, reader, commit);
                if (problem != null) {
                    return Text.of(
                            "content.push.in-commit", commit.abbreviate(10).name(), problem);
                }
            }
            return null;
        }
    }

    private Text commitProblem(RevWalk walk, ObjectReader reader, RevCommit commit) throws IOException {
        RevCommit parent = commit.getParentCount() == 0 ? null : walk.parseCommit(commit.getParent(0));
        List<String> added = new ArrayList<>();
        try (TreeWalk tree = new TreeWalk(reader)) {
            tree.setRecursive(true);
            tree.setFilter(TreeFilter.ANY_DIFF);
            if (parent == null) {
                tree.addTree(new EmptyTreeIterator());
            } else {
                tree.addTree(parent.getTree());
            }
            tree.addTree(commit.getTree());
            while (tree.next()) {
                if (tree.getRawMode(1) == 0) {
                    continue;
                }
                String path = tree.getPathString();
                if (tree.getRawMode(0) == 0) {
                    added.add(path);
                }
                FileMode mode = tree.getFileMode(1);
                ObjectId id = tree.getObjectId(1);
                if (!checked.add(id.name() + " " + path)) {
                    continue;
                }
                long size =
                        mode.getObjectType() == Constants.OBJ_BLOB ? reader.getObjectSize(id, Constants.OBJ_BLOB) : 0;
                Text problem = PushedFile.problem(path, mode, size, limits, markdown, () -> read(reader, id));
                if (problem != null) {
                    return Text.of("content.push.in-file", path, problem);
                }
            }
        }
        return FolderLimit.problem(
                        reader,
                        parent == null ? null : parent.getTree(),
                        commit.getTree(),
                        added,
                        limits.maxFolderEntries())
                .orElse(null);
    }

    private static byte[] read(ObjectReader reader, ObjectId id) {
        try {
            return reader.open(id, Constants.OBJ_BLOB).getBytes(Integer.MAX_VALUE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String shortName(ReceiveCommand command) {
        return Repository.shortenRefName(command.getRefName());
    }
}
