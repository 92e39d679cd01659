package org.statcommons.content.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.internal.storage.dfs.DfsRepositoryDescription;
import org.eclipse.jgit.internal.storage.dfs.InMemoryRepository;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.statcommons.content.Author;
import org.statcommons.content.SpacePath;
import org.statcommons.platform.InvalidInputException;

/**
 * {@link SpaceWriter#tree} writes again only the trees on the edited paths; what it makes must be, byte for byte, the
 * tree Git's index makes from the whole space with the same edits (as the writer did before), whatever the edits:
 * new folders, files and folders whose names sort around a slash, names beyond ASCII, a folder emptied, a space
 * emptied.
 */
class SpaceTreeTests {

    private static final String[] NAMES = {"a", "a-b", "a.md", "a0", "b", "é.md", "中文", "z.md"};

    @Test
    void theTreeIsTheOneGitsIndexMakesFromTheWholeSpace() throws Exception {
        InMemoryRepository repository = new InMemoryRepository(new DfsRepositoryDescription("trees"));
        Random random = new Random(7);
        Set<String> files = new TreeSet<>();
        for (int round = 0; round < 300; round++) {
            List<FileEdit> edits = new ArrayList<>();
            Set<String> edited = new TreeSet<>();
            for (int i = round % 50 == 49 ? 0 : random.nextInt(4) + 1; i > 0; i--) {
                if (!files.isEmpty() && random.nextInt(3) == 0) {
                    String gone = new ArrayList<>(files).get(random.nextInt(files.size()));
                    if (edited.add(gone)) {
                        edits.add(FileEdit.remove(new SpacePath(gone)));
                        files.remove(gone);
                    }
                } else {
                    String path = path(random);
                    if (clashes(files, path) || !edited.add(path)) {
                        continue;
                    }
                    edits.add(FileEdit.put(
                            new SpacePath(path), ("text " + round + " " + i).getBytes(StandardCharsets.UTF_8)));
                    files.add(path);
                }
            }
            if (round % 50 == 49) {
                // now and then everything goes: the space is empty again
                files.forEach(path -> edits.add(FileEdit.remove(new SpacePath(path))));
                files.clear();
            }
            try (Snapshot snapshot = new Snapshot(repository);
                    ObjectInserter inserter = repository.newObjectInserter()) {
                RevCommit head = snapshot.head();
                ObjectId tree = SpaceWriter.tree(snapshot, inserter, head, edits, 1000);
                assertThat(tree).as("round %d: %s", round, edits).isEqualTo(byIndex(snapshot, inserter, head, edits));
                ObjectId commit = inserter.insert(SpaceWriter.commit(
                        tree,
                        head,
                        null,
                        new Author("Tess", "tess@example.org", null),
                        "Round " + round,
                        Instant.EPOCH));
                inserter.flush();
                RefUpdate update = repository.updateRef(SpaceBranches.MAIN);
                update.setNewObjectId(commit);
                update.setForceUpdate(true);
                update.update();
            }
        }
    }

    @Test
    void aFolderGrownBeyondTheLimitIsRefused() throws Exception {
        InMemoryRepository repository = new InMemoryRepository(new DfsRepositoryDescription("limit"));
        try (Snapshot snapshot = new Snapshot(repository);
                ObjectInserter inserter = repository.newObjectInserter()) {
            List<FileEdit> edits = List.of(
                    FileEdit.put(new SpacePath("f/a.md"), new byte[] {1}),
                    FileEdit.put(new SpacePath("f/b.md"), new byte[] {2}),
                    FileEdit.put(new SpacePath("f/c.md"), new byte[] {3}));
            assertThatThrownBy(() -> SpaceWriter.tree(snapshot, inserter, null, edits, 2))
                    .isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    void aFileWhereAFolderIsOrAFolderWhereAFileIsIsRefusedAndNothingIsLost() throws Exception {
        InMemoryRepository repository = new InMemoryRepository(new DfsRepositoryDescription("clash"));
        ObjectId before;
        try (Snapshot snapshot = new Snapshot(repository);
                ObjectInserter inserter = repository.newObjectInserter()) {
            before = SpaceWriter.tree(
                    snapshot,
                    inserter,
                    null,
                    List.of(
                            FileEdit.put(new SpacePath("guides/é.md"), new byte[] {1}),
                            FileEdit.put(new SpacePath("guides/data/plan.md"), new byte[] {2})),
                    100);
            ObjectId commit = inserter.insert(SpaceWriter.commit(
                    before, null, null, new Author("Tess", "tess@example.org", null), "First", Instant.EPOCH));
            inserter.flush();
            RefUpdate update = repository.updateRef(SpaceBranches.MAIN);
            update.setNewObjectId(commit);
            update.update();
        }
        try (Snapshot snapshot = new Snapshot(repository);
                ObjectInserter inserter = repository.newObjectInserter()) {
            RevCommit head = snapshot.head();
            assertThatThrownBy(() -> SpaceWriter.tree(
                            snapshot,
                            inserter,
                            head,
                            List.of(FileEdit.put(new SpacePath("guides/data"), new byte[] {3})),
                            100))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("guides/data");
            assertThatThrownBy(() -> SpaceWriter.tree(
                            snapshot,
                            inserter,
                            head,
                            List.of(FileEdit.put(new SpacePath("guides/é.md/notes.md"), new byte[] {4})),
                            100))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("guides/é.md");
            // the page's removal and the folder in its place, in one edit, is no clash
            ObjectId moved = SpaceWriter.tree(
                    snapshot,
                    inserter,
                    head,
                    List.of(
                            FileEdit.remove(new SpacePath("guides/é.md")),
                            FileEdit.put(new SpacePath("guides/é.md/notes.md"), new byte[] {4})),
                    100);
            assertThat(moved)
                    .isEqualTo(byIndex(
                            snapshot,
                            inserter,
                            head,
                            List.of(
                                    FileEdit.remove(new SpacePath("guides/é.md")),
                                    FileEdit.put(new SpacePath("guides/é.md/notes.md"), new byte[] {4}))));
            assertThat(snapshot.head().getTree()).isEqualTo(before);
        }
    }

    private static String path(Random random) {
        StringBuilder path = new StringBuilder();
        for (int depth = random.nextInt(3); depth > 0; depth--) {
            path.append(NAMES[random.nextInt(NAMES.length)]).append('/');
        }
        return path.append(NAMES[random.nextInt(NAMES.length)]).toString();
    }

    /** Whether the path is a folder of a file there, or a file of a folder there (Git keeps one name once). */
    private static boolean clashes(Set<String> files, String path) {
        for (String file : files) {
            if (file.startsWith(path + "/") || path.startsWith(file + "/")) {
                return true;
            }
        }
        return false;
    }

    /** The tree as the writer made it before: Git's index of the whole space, edited, written. */
    private static ObjectId byIndex(Snapshot snapshot, ObjectInserter inserter, RevCommit head, List<FileEdit> edits)
            throws Exception {
        DirCache files = DirCache.newInCore();
        if (head != null) {
            DirCacheBuilder builder = files.builder();
            builder.addTree(new byte[0], DirCacheEntry.STAGE_0, snapshot.reader(), head.getTree());
            builder.finish();
        }
        DirCacheEditor editor = files.editor();
        for (FileEdit edit : edits) {
            if (edit.removes()) {
                editor.add(new DirCacheEditor.DeletePath(edit.path().value()));
            } else {
                ObjectId blob = inserter.insert(Constants.OBJ_BLOB, edit.content());
                editor.add(new DirCacheEditor.PathEdit(edit.path().value()) {
                    @Override
                    public void apply(DirCacheEntry entry) {
                        entry.setFileMode(FileMode.REGULAR_FILE);
                        entry.setObjectId(blob);
                    }
                });
            }
        }
        editor.finish();
        return files.writeTree(inserter);
    }
}
