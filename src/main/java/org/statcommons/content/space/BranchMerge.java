package org.statcommons.content.space;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.Sequence;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.merge.MergeFormatter;
import org.eclipse.jgit.merge.MergeResult;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.merge.ResolveMerger;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.statcommons.content.SaveResult;
import org.statcommons.content.SpacePath;
import org.statcommons.platform.Text;

/**
 * A three-way merge of a commit from beside main (a proposal's branch, commits pushed to
 * {@code refs/for/main}) into main as it is now, planned for {@link SpaceWriter}: JGit's recursive merger in
 * memory, then the files that differ from main as edits, committed as a merge commit whose second parent is
 * the merged commit, so its commits and authors stay in history. A conflict merges nothing and names the
 * files both sides changed.
 */
public final class BranchMerge {

    private BranchMerge() {}

    /**
     * @param label  what the merged side is called in the marked conflict ({@code proposal}, {@code yours})
     * @param reason the conflict's explanation, given the conflicting paths
     */
    public static SpaceWriter.Plan plan(
            Snapshot snapshot, RevCommit tip, String label, Function<List<String>, Text> reason) throws IOException {
        RevCommit head = snapshot.head();
        if (head == null) {
            return SpaceWriter.Plan.edits(
                    SaveResult.Outcome.SAVED,
                    null,
                    files(snapshot, null, tip.getTree()).toArray(FileEdit[]::new));
        }
        if (snapshot.walk().isMergedInto(tip, head)) {
            return SpaceWriter.Plan.edits(SaveResult.Outcome.UNCHANGED, null);
        }
        ResolveMerger merger = (ResolveMerger) MergeStrategy.RECURSIVE.newMerger(snapshot.repository(), true);
        if (!merger.merge(head, tip)) {
            return SpaceWriter.Plan.conflict(conflict(snapshot, merger, head, tip, label, reason));
        }
        List<FileEdit> edits = files(snapshot, head.getTree(), snapshot.walk().parseTree(merger.getResultTreeId()));
        return SpaceWriter.Plan.merge(tip, edits.isEmpty() ? null : edits.get(0).path(), edits);
    }

    private static SaveResult.Conflicted conflict(
            Snapshot snapshot,
            ResolveMerger merger,
            RevCommit head,
            RevCommit tip,
            String label,
            Function<List<String>, Text> reason)
            throws IOException {
        List<String> paths = new ArrayList<>(merger.getUnmergedPaths());
        if (merger.getFailingPaths() != null) {
            paths.addAll(merger.getFailingPaths().keySet());
        }
        String first = paths.isEmpty() ? null : paths.get(0);
        SpacePath path = first == null ? null : new SpacePath(first);
        String merged = path == null ? "" : text(snapshot, tip, path);
        String main = path == null ? "" : text(snapshot, head, path);
        String marked = first == null ? "" : marked(merger.getMergeResults().get(first), label);
        return new SaveResult.Conflicted(head.name(), path, merged, main, marked, reason.apply(List.copyOf(paths)));
    }

    /** A file's merge with both sides' versions marked, as Git marks a conflict; empty when there is none. */
    public static String marked(MergeResult<? extends Sequence> result, String label) throws IOException {
        if (result == null) {
            return "";
        }
        @SuppressWarnings("unchecked")
        MergeResult<RawText> text = (MergeResult<RawText>) result;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MergeFormatter().formatMerge(out, text, List.of("base", "main", label), StandardCharsets.UTF_8);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String text(Snapshot snapshot, RevCommit commit, SpacePath path) throws IOException {
        Optional<ObjectId> blob = snapshot.blob(commit, path);
        return blob.isEmpty() ? "" : new String(snapshot.read(blob.get()), StandardCharsets.UTF_8);
    }

    /** The edits that turn tree {@code from} (null: empty) into tree {@code to}. */
    private static List<FileEdit> files(Snapshot snapshot, RevTree from, RevTree to) throws IOException {
        List<FileEdit> edits = new ArrayList<>();
        try (TreeWalk walk = new TreeWalk(snapshot.reader())) {
            walk.setRecursive(true);
            walk.setFilter(TreeFilter.ANY_DIFF);
            if (from == null) {
                walk.addTree(new EmptyTreeIterator());
            } else {
                walk.addTree(from);
            }
            walk.addTree(to);
            while (walk.next()) {
                SpacePath path = new SpacePath(walk.getPathString());
                edits.add(
                        walk.getRawMode(1) == 0
                                ? FileEdit.remove(path)
                                : FileEdit.put(path, snapshot.read(walk.getObjectId(1))));
            }
        }
        return edits;
    }
}
