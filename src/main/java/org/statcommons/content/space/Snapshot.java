package org.statcommons.content.space;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.statcommons.content.SpacePath;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/**
 * Reading a space's repository: files at a commit, commits by id. Open for one operation and closed after
 * it ({@code try (Snapshot s = ...)}); the repository itself stays open.
 */
public final class Snapshot implements AutoCloseable {

    private final Repository repository;
    /** Opened on first use: a reader that finds what it needs in memory by main's id opens neither. */
    private ObjectReader reader;

    private RevWalk walk;
    private final ObjectId main;
    /** main's commit, read on first use: a reader that finds what it needs by main's id never reads it. */
    private RevCommit head;

    public Snapshot(Repository repository) throws IOException {
        this.repository = repository;
        Ref ref = repository.exactRef(SpaceBranches.MAIN);
        this.main = ref == null ? null : ref.getObjectId();
    }

    /** main's commit id, or null in an empty space. */
    public ObjectId headId() {
        return main;
    }

    public Repository repository() {
        return repository;
    }

    public ObjectReader reader() {
        if (reader == null) {
            reader = repository.newObjectReader();
        }
        return reader;
    }

    public RevWalk walk() {
        if (walk == null) {
            walk = new RevWalk(reader());
        }
        return walk;
    }

    /** main's commit, or null in an empty space. */
    public RevCommit head() {
        if (head == null && main != null) {
            try {
                head = walk().parseCommit(main);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return head;
    }

    /**
     * A commit the caller names (a base commit from a form, a version in a link). Unknown or malformed ids
     * are refused as input, not as server errors.
     */
    public RevCommit commit(String field, String id) throws IOException {
        if (id == null || !ObjectId.isId(id)) {
            throw new InvalidInputException(field, "This is not a version of this space.");
        }
        try {
            return walk().parseCommit(ObjectId.fromString(id));
        } catch (MissingObjectException | IncorrectObjectTypeException e) {
            throw new InvalidInputException(field, "This is not a version of this space.");
        }
    }

    /** The blob at the path in the commit, if that commit has a file there. */
    public Optional<ObjectId> blob(RevCommit commit, SpacePath path) throws IOException {
        if (commit == null) {
            return Optional.empty();
        }
        try (TreeWalk tree = TreeWalk.forPath(reader(), path.value(), commit.getTree())) {
            if (tree == null || (tree.getRawMode(0) & FileMode.TYPE_MASK) != FileMode.TYPE_FILE) {
                return Optional.empty();
            }
            return Optional.of(tree.getObjectId(0));
        }
    }

    /** Whether anything (file or folder) is at the path in the commit. */
    public boolean exists(RevCommit commit, SpacePath path) throws IOException {
        if (commit == null) {
            return false;
        }
        try (TreeWalk tree = TreeWalk.forPath(reader(), path.value(), commit.getTree())) {
            return tree != null;
        }
    }

    /**
     * Every file under the folder in the commit (in sub-folders too), by path, with its blob; empty when the
     * commit has no such folder.
     */
    public Map<String, ObjectId> filesUnder(RevCommit commit, String folder) throws IOException {
        Map<String, ObjectId> files = new TreeMap<>();
        if (commit == null) {
            return files;
        }
        try (TreeWalk tree = TreeWalk.forPath(reader(), folder, commit.getTree())) {
            if (tree == null || (tree.getRawMode(0) & FileMode.TYPE_MASK) != FileMode.TYPE_TREE) {
                return files;
            }
            try (TreeWalk inside = new TreeWalk(reader())) {
                inside.addTree(tree.getObjectId(0));
                inside.setRecursive(true);
                while (inside.next()) {
                    if ((inside.getRawMode(0) & FileMode.TYPE_MASK) == FileMode.TYPE_FILE) {
                        files.put(folder + "/" + inside.getPathString(), inside.getObjectId(0));
                    }
                }
            }
        }
        return files;
    }

    public byte[] read(ObjectId blob) throws IOException {
        return reader().open(blob, Constants.OBJ_BLOB).getBytes(Integer.MAX_VALUE);
    }

    /** The file's bytes at the commit, or a not-found answer. */
    public byte[] file(RevCommit commit, SpacePath path) throws IOException {
        Optional<ObjectId> blob = blob(commit, path);
        if (blob.isEmpty()) {
            throw new NotFoundException(Text.of("content.no-page.in-version", path.value()));
        }
        return read(blob.get());
    }

    @Override
    public void close() {
        if (walk != null) {
            walk.close();
        }
        if (reader != null) {
            reader.close();
        }
    }
}
