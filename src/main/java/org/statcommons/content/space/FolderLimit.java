package org.statcommons.content.space;

import java.io.IOException;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.statcommons.platform.Text;

/**
 * How many entries one folder may hold ({@code statcommons.content.max-folder-entries}). Git stores a
 * folder as one tree object listing all its entries, and every change inside the folder writes that whole
 * list anew: a save in a folder of 12,000 pages writes half a megabyte. The bound keeps what one save writes
 * small; the same rule holds for web saves, merges and pushes. Only a folder that grows is refused, so a
 * folder that is over the bound already (from before) can still be edited and emptied.
 */
public final class FolderLimit {

    private FolderLimit() {}

    /**
     * The first folder that grows beyond {@code max} entries between two trees, as a message saying so.
     *
     * @param before the tree before the change, or null for none (an empty space)
     * @param after  the tree after it
     * @param paths  paths the change adds or replaces (their folders are the only ones that may grow)
     */
    public static Optional<Text> problem(
            ObjectReader reader, ObjectId before, ObjectId after, Collection<String> paths, int max)
            throws IOException {
        Set<String> folders = new TreeSet<>();
        for (String path : paths) {
            for (int slash = path.lastIndexOf('/'); ; slash = path.lastIndexOf('/', slash - 1)) {
                folders.add(slash < 0 ? "" : path.substring(0, slash));
                if (slash < 0) {
                    break;
                }
            }
        }
        for (String folder : folders) {
            int entries = entries(reader, after, folder);
            if (entries > max && entries > entries(reader, before, folder)) {
                return Optional.of(
                        folder.isEmpty()
                                ? Text.of("content.folder-full.top", entries, max)
                                : Text.of("content.folder-full", folder, entries, max));
            }
        }
        return Optional.empty();
    }

    /** The entries directly in the folder ("" for the top) of the tree; 0 when there is no such folder. */
    private static int entries(ObjectReader reader, ObjectId tree, String folder) throws IOException {
        if (tree == null) {
            return 0;
        }
        ObjectId id = tree;
        if (!folder.isEmpty()) {
            try (TreeWalk walk = TreeWalk.forPath(reader, folder, tree)) {
                if (walk == null || walk.getFileMode(0) != FileMode.TREE) {
                    return 0;
                }
                id = walk.getObjectId(0);
            }
        }
        int count = 0;
        for (CanonicalTreeParser parser = new CanonicalTreeParser(null, reader, id); !parser.eof(); parser.next()) {
            count++;
        }
        return count;
    }
}
