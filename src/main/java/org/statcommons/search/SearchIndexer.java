package org.statcommons.search;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.statcommons.comments.CommentChanged;
import org.statcommons.comments.Comments;
import org.statcommons.content.ChangedPath;
import org.statcommons.content.HiddenPages;
import org.statcommons.content.PageHidden;
import org.statcommons.content.PageSummary;
import org.statcommons.content.PageVersion;
import org.statcommons.content.Pages;
import org.statcommons.content.PublicationChanged;
import org.statcommons.content.Publications;
import org.statcommons.content.SpaceChanged;
import org.statcommons.content.SpaceChanges;
import org.statcommons.content.SpacePath;
import org.statcommons.data.DatasetChanged;
import org.statcommons.data.SearchableDatasets;
import org.statcommons.discussions.Discussions;
import org.statcommons.discussions.PostChanged;
import org.statcommons.platform.Markdown;
import org.statcommons.platform.NotFoundException;

/**
 * Keeps the index ({@link SearchDocuments}) in step with the pages, comments, discussion posts and datasets;
 * {@link #rebuild} throws a community's documents away and indexes it again from content, comments, discussions and
 * data.
 * <p>
 * Every change is indexed <em>after</em> the transaction that made it has committed, in a transaction of its own
 * ({@code @TransactionalEventListener}, after commit; {@code fallbackExecution} for a change made outside a
 * transaction): the index is a copy that can always be made again, so a failure to index never undoes a save, a
 * comment or a post. Spring Modulith's event publication registry records each event with this listener in the
 * publishing transaction and marks it completed when it is indexed; an indexing that failed, or that a crash
 * interrupted, stays incomplete and is done again ({@code platform.events.UnfinishedEventResubmitter}, and at the
 * next start). It runs in the thread that made the change, just before the answer goes out, so the person who
 * saved finds their words at once; turning a page into plain text takes time proportional to its length (up to a
 * second for 1 MB), and the space's write lock is not held meanwhile.
 * <p>
 * The page's text is made first, then the community's index lock is taken and the page's version on main is read
 * again: only if it is still the one rendered is the text stored (otherwise the newer one is rendered), so
 * concurrent saves of one page leave the newest text in the index. Indexing reads the current state rather than the
 * event's, so indexing an event twice, or late, stores the same.
 */
@Component
class SearchIndexer {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

    private final SearchDocuments documents;
    private final Pages pages;
    private final Publications publications;
    private final SpaceChanges changes;
    private final Comments comments;
    private final Discussions discussions;
    private final HiddenPages hidden;
    private final SearchableDatasets datasets;
    private final TransactionTemplate apart;
    private final Markdown markdown;

    SearchIndexer(
            SearchDocuments documents,
            Pages pages,
            Publications publications,
            SpaceChanges changes,
            Comments comments,
            Discussions discussions,
            HiddenPages hidden,
            SearchableDatasets datasets,
            Markdown markdown,
            PlatformTransactionManager transactionManager) {
        this.markdown = markdown;
        this.datasets = datasets;
        this.apart = new TransactionTemplate(transactionManager);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.documents = documents;
        this.pages = pages;
        this.publications = publications;
        this.changes = changes;
        this.comments = comments;
        this.discussions = discussions;
        this.hidden = hidden;
    }

    /** A page's text as the index keeps it, the version (blob) it was made from, and its language. */
    private record PageText(String blobId, String title, String body, SearchLanguage language) {
        /** The page's words: those its save's check kept ({@link Markdown#plainText}) when it was just saved. */
        static PageText of(Pages.PageContent page, Markdown markdown) {
            return new PageText(
                    page.blobId(),
                    SearchText.clean(page.title()),
                    SearchText.clean(markdown.plainText(page.body())),
                    SearchLanguage.of(page.language()));
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(SpaceChanged changed) {
        long community = changed.communityId();
        Optional<List<ChangedPath>> paths = changes.between(community, changed.before(), changed.after());
        if (paths.isEmpty()) {
            documents.lock(community);
            indexPages(community);
            return;
        }
        Set<String> touched = new LinkedHashSet<>();
        for (ChangedPath path : paths.get()) {
            if (isPage(path.path())) {
                touched.add(path.path());
            }
        }
        Map<String, PageText> rendered = new HashMap<>();
        for (String path : touched) {
            current(community, path, null).ifPresent(text -> rendered.put(path, text));
        }
        documents.lock(community);
        for (ChangedPath path : paths.get()) {
            if (path.change() == 'R' && isPage(path.oldPath())) {
                documents.moveComments(community, path.oldPath(), path.path());
            }
        }
        for (String path : touched) {
            Optional<PageText> page = current(community, path, rendered.get(path));
            if (page.isPresent()) {
                put(community, Search.Kind.PAGE, path, page.get());
                if (!documents.hasComments(community, path)) {
                    indexComments(comments.visibleOn(community, path));
                }
            } else {
                documents.deleteAt(community, path, Search.Kind.PAGE, Search.Kind.COMMENT);
            }
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(PublicationChanged changed) {
        long community = changed.communityId();
        PageText rendered = published(community, changed.path(), null).orElse(null);
        documents.lock(community);
        Optional<PageText> page = published(community, changed.path(), rendered);
        if (page.isEmpty()) {
            documents.deleteAt(community, changed.path(), Search.Kind.PUBLISHED);
            return;
        }
        put(community, Search.Kind.PUBLISHED, changed.path(), page.get());
    }

    /** A page a moderator hid leaves the index (its published version went with the unpublishing); restored, it comes back. */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(PageHidden changed) {
        long community = changed.communityId();
        PageText rendered = changed.hidden()
                ? null
                : current(community, changed.path(), null).orElse(null);
        documents.lock(community);
        Optional<PageText> page = changed.hidden() ? Optional.empty() : current(community, changed.path(), rendered);
        if (page.isEmpty()) {
            documents.deleteAt(community, changed.path(), Search.Kind.PAGE);
        } else {
            put(community, Search.Kind.PAGE, changed.path(), page.get());
        }
    }

    /** A comment written, edited, hidden, shown again or deleted: the index keeps it while it is visible. */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(CommentChanged changed) {
        Optional<Comments.Indexable> comment = comments.indexable(changed.commentId());
        if (comment.isEmpty()) {
            documents.deleteComment(changed.commentId());
        } else {
            indexComments(List.of(comment.get()));
        }
    }

    /** A post written, edited, hidden or shown again: the index keeps it while it is visible. */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(PostChanged changed) {
        Optional<Discussions.Indexable> post = discussions.indexable(changed.postId());
        if (post.isEmpty()) {
            documents.deletePost(changed.postId());
        } else {
            indexPosts(List.of(post.get()));
        }
        // the opening post carries the discussion's title: an edit or a hiding of it changes every post's result. A
        // reply changes no other post's (its own title is the thread's, indexed with it): its thread's posts are
        // left unread, which made each reply cost in proportion to the replies before it
        if (post.isEmpty() || post.get().opening()) {
            documents.retitleThread(changed.threadId(), discussions.indexableTitle(changed.threadId()));
        }
    }

    /**
     * A dataset described, corrected, released, scheduled or unscheduled: its documents are made again from what
     * {@code data} says now (its metadata, one document per release out or scheduled; none for a draft).
     */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(DatasetChanged changed) {
        List<SearchableDatasets.Document> found = datasets.of(changed.datasetId());
        documents.lock(changed.communityId());
        documents.deleteDataset(changed.datasetId());
        indexDatasets(found);
    }

    /** Indexes one community again from scratch; returns the number of documents. */
    @Transactional
    public long rebuild(long communityId) {
        documents.lock(communityId);
        documents.deleteCommunity(communityId);
        indexPages(communityId);
        for (Publications.Published published : publications.of(communityId)) {
            indexed(
                    published.path(),
                    () -> published(communityId, published.path(), null)
                            .ifPresent(page -> put(communityId, Search.Kind.PUBLISHED, published.path(), page)));
        }
        indexComments(comments.visibleIn(communityId));
        indexPosts(discussions.visibleIn(communityId));
        indexDatasets(datasets.ofCommunity(communityId));
        return documents.countIn(communityId);
    }

    /** Every page on main now, replacing the community's page documents. */
    private void indexPages(long communityId) {
        documents.deletePagesOf(communityId);
        List<PageSummary> all;
        try {
            // listed in a transaction of its own: if the content index must catch up with main first, the space's
            // write lock that takes is released before any page is rendered
            all = apart.execute(status -> pages.list(communityId));
        } catch (NotFoundException noSpaceYet) {
            return;
        }
        Set<String> hiddenPaths = hidden.of(communityId);
        for (PageSummary summary : all) {
            if (!hiddenPaths.contains(summary.path())) {
                indexed(
                        summary.path(),
                        () -> current(communityId, summary.path(), null)
                                .ifPresent(page -> put(communityId, Search.Kind.PAGE, summary.path(), page)));
            }
        }
    }

    /** Indexes one page; a page that cannot be read is logged and left out, never stopping the others. */
    private static void indexed(String path, Runnable index) {
        try {
            index.run();
        } catch (RuntimeException e) {
            log.warn("Could not index {}; the other pages are indexed", path, e);
        }
    }

    /**
     * The text of the page at {@code path} on main now, or empty when it is gone or hidden; {@code rendered} when
     * that is still the version on main, rendered anew otherwise.
     */
    private Optional<PageText> current(long communityId, String path, PageText rendered) {
        if (hidden.hidden(communityId, path)) {
            return Optional.empty();
        }
        return text(() -> pages.read(communityId, path), rendered);
    }

    /** The text of the published version of the page at {@code path}, or empty when it is not published. */
    private Optional<PageText> published(long communityId, String path, PageText rendered) {
        Optional<Publications.Published> published = publications.published(communityId, path);
        if (published.isEmpty()) {
            return Optional.empty();
        }
        return text(
                () -> pages.read(communityId, new PageVersion(published.get().commitId(), path)), rendered);
    }

    private Optional<PageText> text(Supplier<Pages.PageContent> read, PageText rendered) {
        Pages.PageContent page;
        try {
            page = read.get();
        } catch (NotFoundException gone) {
            return Optional.empty();
        }
        return Optional.of(
                rendered != null && rendered.blobId().equals(page.blobId()) ? rendered : PageText.of(page, markdown));
    }

    private void indexComments(List<Comments.Indexable> visible) {
        for (Comments.Indexable comment : visible) {
            documents.putComment(comment, SearchText.ofMarkdown(comment.body()));
        }
    }

    private void indexPosts(List<Discussions.Indexable> visible) {
        for (Discussions.Indexable post : visible) {
            String threadTitle = SearchText.clean(post.threadTitle());
            documents.putPost(post, post.opening() ? threadTitle : "", threadTitle, SearchText.ofMarkdown(post.body()));
        }
    }

    private void indexDatasets(List<SearchableDatasets.Document> found) {
        for (SearchableDatasets.Document d : found) {
            String terms = SearchText.clean(String.join("\n", d.terms()));
            documents.putDataset(
                    d.communityId(),
                    d.datasetId(),
                    d.releaseId(),
                    d.publicAt(),
                    SearchText.clean(d.title()),
                    SearchText.ofMarkdown(d.description()) + "\n" + terms);
        }
    }

    private void put(long communityId, Search.Kind kind, String path, PageText page) {
        documents.putPage(communityId, kind, path, page.title(), page.body(), page.language());
    }

    private static boolean isPage(String path) {
        return path != null && path.endsWith(SpacePath.PAGE_SUFFIX);
    }
}
