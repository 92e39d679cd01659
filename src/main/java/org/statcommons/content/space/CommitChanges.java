package org.statcommons.content.space;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.diff.DiffConfig;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The paths a commit changed against its first parent, with renames detected as Git does. Both the
 * incremental index and a rebuild use this one function, so they cannot disagree.
 */
final class CommitChanges {

    /** One changed path: A added, M modified, D deleted, R renamed from {@code oldPath}. */
    record PathChange(String path, char change, String oldPath, ObjectId blob) {}

    /** Git's default rename detection, whatever a repository's configuration says, so results never drift. */
    private static final DiffConfig DEFAULTS = new Config().get(DiffConfig.KEY);

    private CommitChanges() {}

    static List<PathChange> of(ObjectReader reader, RevWalk walk, RevCommit commit) throws IOException {
        List<DiffEntry> entries;
        try (TreeWalk tree = new TreeWalk(reader)) {
            tree.setRecursive(true);
            tree.setFilter(TreeFilter.ANY_DIFF);
            if (commit.getParentCount() == 0) {
                tree.addTree(new EmptyTreeIterator());
            } else {
                tree.addTree(walk.parseCommit(commit.getParent(0)).getTree());
            }
            tree.addTree(commit.getTree());
            entries = DiffEntry.scan(tree);
        }
        RenameDetector renames = new RenameDetector(reader, DEFAULTS);
        renames.addAll(entries);
        Map<String, PathChange> changes = new TreeMap<>();
        for (DiffEntry entry : renames.compute()) {
            switch (entry.getChangeType()) {
                case ADD ->
                    add(
                            changes,
                            new PathChange(
                                    entry.getNewPath(),
                                    'A',
                                    null,
                                    entry.getNewId().toObjectId()));
                case MODIFY ->
                    add(
                            changes,
                            new PathChange(
                                    entry.getNewPath(),
                                    'M',
                                    null,
                                    entry.getNewId().toObjectId()));
                case DELETE -> add(changes, new PathChange(entry.getOldPath(), 'D', null, null));
                case RENAME -> {
                    add(changes, new PathChange(entry.getOldPath(), 'D', null, null));
                    add(
                            changes,
                            new PathChange(
                                    entry.getNewPath(),
                                    'R',
                                    entry.getOldPath(),
                                    entry.getNewId().toObjectId()));
                }
                case COPY ->
                    add(
                            changes,
                            new PathChange(
                                    entry.getNewPath(),
                                    'A',
                                    null,
                                    entry.getNewId().toObjectId()));
                default -> throw new IllegalStateException("Unknown change " + entry.getChangeType());
            }
        }
        return List.copyOf(changes.values());
    }

    /** A path renamed away and re-created in the same commit is a change, not a deletion. */
    private static void add(Map<String, PathChange> changes, PathChange change) {
        changes.merge(change.path(), change, (first, second) -> first.change() == 'D' ? second : first);
    }
}
