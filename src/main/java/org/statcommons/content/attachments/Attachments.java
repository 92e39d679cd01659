package org.statcommons.content.attachments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.springframework.stereotype.Service;
import org.statcommons.content.Author;
import org.statcommons.content.SaveResult;
import org.statcommons.content.SpacePath;
import org.statcommons.content.space.ContentProperties;
import org.statcommons.content.space.FileEdit;
import org.statcommons.content.space.Snapshot;
import org.statcommons.content.space.SpaceRepositories;
import org.statcommons.content.space.SpaceWriter;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;
import org.statcommons.platform.WeightedCache;

/**
 * Files attached to pages, kept in the space next to their page: the files of {@code guidelines/data.md} are
 * in the folder {@code guidelines/data.files/}. So they are in the page's history, in every clone, and a Git
 * user adds one by committing it there. Uploads and removals are commits through {@link SpaceWriter} like any
 * page change, authored by the person. Who may read or change them is the caller's question.
 */
@Service
public class Attachments {

    public static final String FOLDER_SUFFIX = ".files";

    private final SpaceWriter writer;
    private final SpaceRepositories repositories;
    private final ContentProperties properties;
    /**
     * A page's files as listed at one commit, by space, commit and page: a commit's files never change, so a page
     * view lists them by main's id without walking Git's trees again.
     */
    private final WeightedCache<String, List<Attachment>> listed = new WeightedCache<>(
            4_000_000,
            (key, files) -> key.length()
                    + files.stream()
                            .mapToLong(
                                    file -> file.path().length() + file.name().length() + 128)
                            .sum());

    Attachments(SpaceWriter writer, SpaceRepositories repositories, ContentProperties properties) {
        this.writer = writer;
        this.repositories = repositories;
        this.properties = properties;
    }

    /** An attachment with its bytes, at one commit. */
    public record Stored(Attachment attachment, String commitId, byte[] content) {}

    /** The largest file that may be attached, in bytes. */
    public long limit() {
        return properties.maxAttachmentSize().toBytes();
    }

    /** The folder holding a page's files: {@code a/b.md} → {@code a/b.files}. */
    public static String folder(String pagePath) {
        String page = SpacePath.page("path", pagePath).value();
        return page.substring(0, page.length() - SpacePath.PAGE_SUFFIX.length()) + FOLDER_SUFFIX;
    }

    /** The page a file belongs to ({@code a/b.files/x.pdf} → {@code a/b.md}), if the path is an attachment's. */
    public static Optional<String> pageOf(String filePath) {
        int slash = filePath.lastIndexOf('/');
        if (slash <= 0) {
            return Optional.empty();
        }
        String folder = filePath.substring(0, slash);
        if (!folder.endsWith(FOLDER_SUFFIX)
                || folder.length() == FOLDER_SUFFIX.length()
                || folder.endsWith("/" + FOLDER_SUFFIX)) {
            return Optional.empty();
        }
        return Optional.of(folder.substring(0, folder.length() - FOLDER_SUFFIX.length()) + SpacePath.PAGE_SUFFIX);
    }

    /** Where a file of a page is once the page has moved to {@code newPage}: {@code a.files/x.pdf} → {@code b.files/x.pdf}. */
    public static String movedWith(String filePath, String newPage) {
        String page =
                pageOf(filePath).orElseThrow(() -> new IllegalArgumentException("Not a file of a page: " + filePath));
        return folder(newPage) + filePath.substring(folder(page).length());
    }

    /** The page's files on main now, by name. */
    public List<Attachment> list(long communityId, String pagePath) {
        return list(communityId, pagePath, null);
    }

    /** The page's files in one version ({@code commitId}), or now when it is null. */
    public List<Attachment> list(long communityId, String pagePath, String commitId) {
        String folder = folder(pagePath);
        String page = SpacePath.page("path", pagePath).value();
        if (commitId != null) {
            // a version's files found in memory need no look at main (resolving its ref is most of a snapshot's cost)
            List<Attachment> kept = listed.get(communityId + "\n" + commitId + "\n" + page);
            if (kept != null) {
                return kept;
            }
        }
        return read(communityId, snapshot -> {
            String at = commitId == null
                    ? (snapshot.headId() == null ? null : snapshot.headId().name())
                    : commitId;
            String key = at == null ? null : communityId + "\n" + at + "\n" + page;
            List<Attachment> kept = key == null ? null : listed.get(key);
            if (kept != null) {
                return kept;
            }
            RevCommit commit = commitId == null ? snapshot.head() : snapshot.commit("version", commitId);
            List<Attachment> files = commit == null ? List.of() : List.copyOf(files(snapshot, commit, folder, page));
            if (key != null) {
                listed.put(key, files);
            }
            return files;
        });
    }

    private static List<Attachment> files(Snapshot snapshot, RevCommit commit, String folder, String page)
            throws IOException {
        List<Attachment> files = new ArrayList<>();
        try (TreeWalk tree = TreeWalk.forPath(snapshot.reader(), folder, commit.getTree())) {
            if (tree == null || (tree.getRawMode(0) & FileMode.TYPE_MASK) != FileMode.TYPE_TREE) {
                return files;
            }
            try (TreeWalk inside = new TreeWalk(snapshot.reader())) {
                inside.addTree(tree.getObjectId(0));
                while (inside.next()) {
                    if ((inside.getRawMode(0) & FileMode.TYPE_MASK) == FileMode.TYPE_FILE) {
                        String name = inside.getNameString();
                        ObjectId blob = inside.getObjectId(0);
                        long size = snapshot.reader().getObjectSize(blob, org.eclipse.jgit.lib.Constants.OBJ_BLOB);
                        files.add(new Attachment(
                                page, name, folder + "/" + name, size, blob.name(), FileType.served(name)));
                    }
                }
            }
        }
        return files;
    }

    /** One file now ({@code commitId} null) or in a version; not found when it is not an attachment there. */
    public Stored read(long communityId, String filePath, String commitId) {
        SpacePath path = attachmentPath("path", filePath);
        String page = pageOf(path.value()).orElseThrow();
        return read(communityId, snapshot -> {
            RevCommit commit = commitId == null ? snapshot.head() : snapshot.commit("version", commitId);
            Optional<ObjectId> blob = snapshot.blob(commit, path);
            if (blob.isEmpty()) {
                throw new NotFoundException(Text.of("content.files.no-file", path.name()));
            }
            byte[] content = snapshot.read(blob.get());
            return new Stored(
                    new Attachment(
                            page,
                            path.name(),
                            path.value(),
                            content.length,
                            blob.get().name(),
                            FileType.served(path.name())),
                    commit.name(),
                    content);
        });
    }

    /**
     * Attaches a file to an existing page (replacing a file of the same name: the old one stays in history).
     * Refuses files above the limit, empty ones, and what {@link FileType}'s policy (the same as for pushes)
     * refuses: kinds not accepted, names that disguise their kind.
     */
    public SaveResult attach(long communityId, String pagePath, String sentName, byte[] content, Author author) {
        long limit = properties.maxAttachmentSize().toBytes();
        if (content.length > limit) {
            throw new FileTooLargeException(limit);
        }
        SpacePath page = SpacePath.page("path", pagePath);
        String name = FileName.clean("file", sentName);
        if (content.length == 0) {
            // an empty upload is a form sent without its file, not a file someone means to share
            throw new InvalidInputException("file", Text.of("content.files.empty"));
        }
        FileType.of("file", name, content);
        SpacePath path = attachmentPath("file", folder(page.value()) + "/" + name);
        return writer.write(communityId, author, "Attach " + name + " to " + page, snapshot -> {
            if (snapshot.blob(snapshot.head(), page).isEmpty()) {
                throw new NotFoundException(Text.of("content.files.no-page", page.value()));
            }
            return SpaceWriter.Plan.edits(SaveResult.Outcome.SAVED, path, FileEdit.put(path, content));
        });
    }

    /** Removes a file from its page; it stays in history. */
    public SaveResult remove(long communityId, String filePath, Author author) {
        SpacePath path = attachmentPath("path", filePath);
        return writer.write(
                communityId,
                author,
                "Remove " + path.name() + " from " + pageOf(path.value()).orElseThrow(),
                snapshot -> {
                    if (snapshot.blob(snapshot.head(), path).isEmpty()) {
                        throw new NotFoundException(Text.of("content.files.no-file", path.name()));
                    }
                    return SpaceWriter.Plan.edits(SaveResult.Outcome.SAVED, path, FileEdit.remove(path));
                });
    }

    private static SpacePath attachmentPath(String field, String value) {
        SpacePath path;
        try {
            path = SpacePath.parse(field, value);
        } catch (InvalidInputException e) {
            if (field.equals("path")) {
                throw new NotFoundException(Text.of("content.files.no-such-file"));
            }
            InvalidInputException.FieldMessage why = e.errors().get(0);
            throw new InvalidInputException(
                    field, Text.of("content.files.too-deep", why.text() == null ? why.message() : why.text()));
        }
        if (path.isPage() || pageOf(path.value()).isEmpty()) {
            if (field.equals("path")) {
                throw new NotFoundException(Text.of("content.files.no-such-file"));
            }
            throw new InvalidInputException(field, Text.of("content.files.not-of-a-page"));
        }
        return path;
    }

    @FunctionalInterface
    private interface Read<T> {
        T apply(Snapshot snapshot) throws IOException;
    }

    private <T> T read(long communityId, Read<T> read) {
        Repository repository = repositories
                .open(communityId)
                .orElseThrow(() -> new NotFoundException(Text.of("content.no-pages-yet")));
        try (Snapshot snapshot = new Snapshot(repository)) {
            return read.apply(snapshot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
