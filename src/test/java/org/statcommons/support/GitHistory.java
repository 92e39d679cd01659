package org.statcommons.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * History written straight into a space's repository with JGit, as a save does it (tree built in memory,
 * loose objects, main moved by compare-and-swap) but without the index: for tests and benchmarks that need
 * many commits fast. Call {@code SpaceIndexer.ensureCurrent} afterwards when the index matters.
 */
public final class GitHistory {

    private GitHistory() {}

    /** One commit on main putting these files (path to text), on top of main as it is. */
    public static ObjectId commit(Repository repository, Map<String, String> files, String message) {
        try (ObjectInserter inserter = repository.newObjectInserter();
                RevWalk walk = new RevWalk(repository)) {
            ObjectId head = repository.resolve(Constants.R_HEADS + "main");
            DirCache tree = DirCache.newInCore();
            if (head != null) {
                DirCacheBuilder builder = tree.builder();
                builder.addTree(
                        new byte[0],
                        DirCacheEntry.STAGE_0,
                        walk.getObjectReader(),
                        walk.parseCommit(head).getTree());
                builder.finish();
            }
            DirCacheEditor editor = tree.editor();
            for (Map.Entry<String, String> file : files.entrySet()) {
                ObjectId blob =
                        inserter.insert(Constants.OBJ_BLOB, file.getValue().getBytes(StandardCharsets.UTF_8));
                editor.add(new DirCacheEditor.PathEdit(file.getKey()) {
                    @Override
                    public void apply(DirCacheEntry entry) {
                        entry.setFileMode(FileMode.REGULAR_FILE);
                        entry.setObjectId(blob);
                    }
                });
            }
            editor.finish();
            PersonIdent person = new PersonIdent("Test Writer", "writer@stat.example", Instant.now(), ZoneOffset.UTC);
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(tree.writeTree(inserter));
            if (head != null) {
                commit.setParentId(head);
            }
            commit.setAuthor(person);
            commit.setCommitter(person);
            commit.setMessage(message + "\n");
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            RefUpdate update = repository.updateRef(Constants.R_HEADS + "main");
            update.setExpectedOldObjectId(head == null ? ObjectId.zeroId() : head);
            update.setNewObjectId(id);
            RefUpdate.Result result = update.update(walk);
            if (result != RefUpdate.Result.NEW && result != RefUpdate.Result.FAST_FORWARD) {
                throw new IllegalStateException("Could not move main: " + result);
            }
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page's text, with front matter. */
    public static String page(String title, String body) {
        return "---\ntitle: " + title + "\n---\n\n" + body;
    }
}
