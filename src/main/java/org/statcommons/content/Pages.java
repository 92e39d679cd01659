package org.statcommons.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.springframework.stereotype.Service;
import org.statcommons.content.space.IndexedCommits;
import org.statcommons.content.space.IndexedPages;
import org.statcommons.content.space.PageFile;
import org.statcommons.content.space.Snapshot;
import org.statcommons.content.space.SpaceIndexer;
import org.statcommons.content.space.SpaceRepositories;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;
import org.statcommons.platform.WeightedCache;

/**
 * Reading pages: the current version (with the commit an edit form starts from), old versions from Git, the page
 * list from the index. No SQL of its own: the index is {@code content.space}'s.
 */
@Service
public class Pages {

    private final SpaceRepositories repositories;
    private final IndexedPages indexedPages;
    private final IndexedCommits commits;
    private final SpaceIndexer index;
    /**
     * Every space's page list as of one indexed commit: a page view lists the pages (for its links), and the list
     * changes only with main. One list per space, replaced when main moves.
     */
    private final ConcurrentHashMap<Long, Listed> lists = new ConcurrentHashMap<>();

    private record Listed(String commit, List<PageSummary> pages, String names) {}

    /**
     * Pages as read at one commit of main, by space, commit and path: what a commit holds never changes, so a
     * page view finds the page by main's id without reading Git's tree and blob again. Up to 16 million
     * characters of text.
     */
    private final WeightedCache<String, PageContent> contents = new WeightedCache<>(
            16_000_000,
            (key, page) -> key.length() + page.title().length() + page.body().length() + 128);

    Pages(SpaceRepositories repositories, IndexedPages indexedPages, IndexedCommits commits, SpaceIndexer index) {
        this.repositories = repositories;
        this.indexedPages = indexedPages;
        this.commits = commits;
        this.index = index;
    }

    /**
     * A page's text at one commit; {@code commitId} is what an edit form sends back as its base. {@code fields} are
     * its front matter's other fields ({@code lang}, {@code translated-from}, and whatever people wrote there).
     */
    public record PageContent(
            String path, String title, String body, String commitId, String blobId, Map<String, String> fields) {

        public PageContent {
            fields = Map.copyOf(fields);
        }

        public PageContent(String path, String title, String body, String commitId, String blobId) {
            this(path, title, body, commitId, blobId, Map.of());
        }

        /** The language the page is written in, when its name or front matter says ({@link PageLanguage}). */
        public Optional<PageLanguage> language() {
            return PageLanguage.of(path, fields);
        }
    }

    /** The page as it is on main now. */
    public PageContent read(long communityId, String path) {
        SpacePath page = SpacePath.page("path", path);
        return withSnapshot(communityId, snapshot -> {
            if (snapshot.headId() == null) {
                return content(snapshot, snapshot.head(), page);
            }
            String key = communityId + "\n" + snapshot.headId().name() + "\n" + page.value();
            PageContent kept = contents.get(key);
            if (kept == null) {
                kept = content(snapshot, snapshot.head(), page);
                contents.put(key, kept);
            }
            return kept;
        });
    }

    /** The page as it was in one version. */
    public PageContent read(long communityId, PageVersion version) {
        SpacePath page = SpacePath.page("path", version.path());
        return withSnapshot(
                communityId, snapshot -> content(snapshot, snapshot.commit("version", version.commitId()), page));
    }

    /** Every page on main, by path (the page tree), from the index. */
    public List<PageSummary> list(long communityId) {
        Optional<String> commit = index.ensureCurrent(communityId);
        Listed kept = lists.get(communityId);
        if (kept != null && commit.isPresent() && kept.commit().equals(commit.get())) {
            return kept.pages();
        }
        List<PageSummary> pages = List.copyOf(indexedPages.list(communityId));
        // kept only if main did not move while the list was read: then it is the list of that commit
        if (commit.isPresent() && commit.equals(index.indexedCommit(communityId))) {
            lists.put(communityId, new Listed(commit.get(), pages, names(pages)));
        }
        return pages;
    }

    /**
     * The paths and titles of the pages on main, as one digest: all that the rendering of a page shows of the other
     * pages (which exist, where its links lead, which title names which page). It changes when a page is added,
     * removed, moved or given another title, and not when another page's text changes, so a remembered view of a
     * page keyed on it (and on the page's own blob) outlives saves of other pages. Computed once per commit of main;
     * {@code commitId} is the commit the caller read main at (the list kept for it is used as it is).
     */
    /** Forgets the page lists kept per space (their authors' names changed: a closed account). */
    void forgetLists() {
        lists.clear();
    }

    public String names(long communityId, String commitId) {
        Listed kept = lists.get(communityId);
        if (kept != null && kept.commit().equals(commitId)) {
            // the list of the commit the page was read from, found without asking the index whether it is current
            return kept.names();
        }
        List<PageSummary> pages = list(communityId);
        kept = lists.get(communityId);
        return kept != null && kept.pages() == pages ? kept.names() : names(pages);
    }

    private static String names(List<PageSummary> pages) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (PageSummary page : pages) {
            // each length before its text: no two lists run together into the same bytes
            for (String text : List.of(page.path(), page.title())) {
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
                digest.update(bytes);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A page template (a page under {@code _templates/}), by its title and its name inside that folder. */
    public record PageTemplate(String title, String name) {}

    /** The space's page templates, offered by the new-page and proposal forms. */
    public List<PageTemplate> templates(long communityId) {
        return list(communityId).stream()
                .filter(page -> page.path().startsWith(SetUpSpace.TEMPLATES))
                .map(page -> new PageTemplate(
                        page.title(),
                        page.path()
                                .substring(
                                        SetUpSpace.TEMPLATES.length(),
                                        page.path().length() - SpacePath.PAGE_SUFFIX.length())))
                .toList();
    }

    /**
     * A form's text after a template was chosen on it ({@code notice} says why it was not used, else null).
     */
    public record TemplateChoice(String body, Text notice) {}

    /**
     * Choosing a template on a new-page or proposal form: its text goes into an empty editor; text already typed
     * is kept (choosing never discards what someone wrote), and so is the form when the name is unknown; no name
     * chosen leaves it as it is.
     */
    public TemplateChoice startFrom(long communityId, String name, String typed) {
        if (name == null || name.isBlank()) {
            return new TemplateChoice(typed, null);
        }
        if (templates(communityId).stream().noneMatch(known -> known.name().equals(name))) {
            // a stale or made-up link: say so on the form, which stays as typed (a long name is not echoed whole)
            String shown = name.length() <= 80 ? name : name.substring(0, 80) + "…";
            return new TemplateChoice(typed, Text.of("content.templates.unknown", shown));
        }
        if (!typed.isBlank()) {
            return new TemplateChoice(typed, Text.of("content.templates.kept"));
        }
        return new TemplateChoice(
                read(communityId, SetUpSpace.TEMPLATES + PageAddress.path(name)).body(), null);
    }

    /**
     * Where a page that is no longer at {@code path} went, following moves (for redirecting old addresses);
     * empty when it was deleted or never existed.
     */
    public Optional<String> movedTo(long communityId, String path) {
        index.ensureCurrent(communityId);
        String current = SpacePath.page("path", path).value();
        for (int hops = 0; hops < 20; hops++) {
            if (indexedPages.exists(communityId, current)) {
                return hops == 0 ? Optional.empty() : Optional.of(current);
            }
            Optional<String> next = commits.movedTo(communityId, current);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            current = next.get();
        }
        return Optional.empty();
    }

    private static PageContent content(Snapshot snapshot, RevCommit commit, SpacePath path) throws IOException {
        Optional<ObjectId> blob = snapshot.blob(commit, path);
        if (blob.isEmpty()) {
            throw new NotFoundException(Text.of("content.no-page", path.value()));
        }
        PageFile file = PageFile.parse(snapshot.read(blob.get()));
        return new PageContent(
                path.value(),
                file.title(path),
                file.body(),
                commit.name(),
                blob.get().name(),
                file.otherFields());
    }

    /** main's commit now, or empty when the space has none yet (one ref lookup). */
    public Optional<String> mainCommit(long communityId) {
        return withSnapshot(
                communityId, snapshot -> Optional.ofNullable(snapshot.headId()).map(ObjectId::name));
    }

    /**
     * Every file of a small space at one commit, by path: what a course's site, print page and offline zip are made
     * of (its manifest, episodes, pages and images). For spaces of a few hundred files, not a community's space.
     */
    public Map<String, byte[]> filesAt(long communityId, String commitId) {
        return withSnapshot(communityId, snapshot -> {
            RevCommit commit = snapshot.commit("commit", commitId);
            Map<String, byte[]> files = new TreeMap<>();
            try (TreeWalk tree = new TreeWalk(snapshot.reader())) {
                tree.addTree(commit.getTree());
                tree.setRecursive(true);
                while (tree.next()) {
                    if ((tree.getRawMode(0) & FileMode.TYPE_MASK) == FileMode.TYPE_FILE) {
                        files.put(tree.getPathString(), snapshot.read(tree.getObjectId(0)));
                    }
                }
            }
            return files;
        });
    }

    /** One file of a small space at one commit (a course's manifest), or empty when the commit has none there. */
    public Optional<byte[]> fileAt(long communityId, String commitId, String path) {
        return withSnapshot(communityId, snapshot -> {
            RevCommit commit = snapshot.commit("commit", commitId);
            try (TreeWalk tree = TreeWalk.forPath(snapshot.reader(), path, commit.getTree())) {
                if (tree == null || (tree.getRawMode(0) & FileMode.TYPE_MASK) != FileMode.TYPE_FILE) {
                    return Optional.empty();
                }
                return Optional.of(snapshot.read(tree.getObjectId(0)));
            }
        });
    }

    @FunctionalInterface
    private interface Read<T> {
        T apply(Snapshot snapshot) throws IOException;
    }

    private <T> T withSnapshot(long communityId, Read<T> read) {
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
