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
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import org.statcommons.discussions.Discussions;
import org.statcommons.discussions.PostChanged;
import org.statcommons.platform.NotFoundException;

/**
 * Keeps {@code search.documents} in step with the pages, comments and discussion posts; {@link #rebuild} throws a
 * community's documents away and indexes it again from content, comments and discussions.
 * <p>
 * Comments and posts are indexed in the transaction that changes them. Pages are indexed just after the change to
 * the space commits (a save, a merge, a push, a publication, a hiding), in a transaction of their own: turning a
 * page into plain text takes time proportional to its length (up to a second for 1 MB), and the space's write lock
 * must not wait for it. The page's text is made first, then the community's index lock is taken and the page's
 * version on main is read again: only if it is still the one rendered is the text stored (otherwise the newer one is
 * rendered), so concurrent saves of one page leave the newest text in the index. An indexing interrupted by a crash
 * is done again at the next start (the event publication registry keeps the change until it is indexed).
 */
@Component
class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private final JdbcClient db;
    private final Pages pages;
    private final Publications publications;
    private final SpaceChanges changes;
    private final Comments comments;
    private final Discussions discussions;
    private final HiddenPages hidden;
    private final TransactionTemplate apart;

    SearchIndex(JdbcClient db, Pages pages, Publications publications, SpaceChanges changes, Comments comments,
                Discussions discussions, HiddenPages hidden, PlatformTransactionManager transactionManager) {
        this.apart = new TransactionTemplate(transactionManager);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.discussions = discussions;
        this.hidden = hidden;
        this.db = db;
        this.pages = pages;
        this.publications = publications;
        this.changes = changes;
        this.comments = comments;
    }

    /** A page's text as the index keeps it, and the version (blob) it was made from. */
    private record PageText(String blobId, String title, String body) {
        static PageText of(Pages.PageContent page) {
            return new PageText(page.blobId(), SearchText.clean(page.title()), SearchText.ofMarkdown(page.body()));
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(SpaceChanged changed) {
        long community = changed.communityId();
        Optional<List<ChangedPath>> paths = changes.between(community, changed.before(), changed.after());
        if (paths.isEmpty()) {
            lock(community);
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
        lock(community);
        for (ChangedPath path : paths.get()) {
            if (path.change() == 'R' && isPage(path.oldPath())) {
                db.sql("update search.documents set path = ? where community_id = ? and kind = 'COMMENT' and path = ?")
                        .params(path.path(), community, path.oldPath()).update();
            }
        }
        for (String path : touched) {
            Optional<PageText> page = current(community, path, rendered.get(path));
            if (page.isPresent()) {
                put(community, "PAGE", path, page.get());
                if (!hasComments(community, path)) {
                    indexComments(comments.visibleOn(community, path));
                }
            } else {
                db.sql("delete from search.documents where community_id = ? and kind in ('PAGE', 'COMMENT') and path = ?")
                        .params(community, path).update();
            }
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(PublicationChanged changed) {
        long community = changed.communityId();
        PageText rendered = published(community, changed.path(), null).orElse(null);
        lock(community);
        Optional<PageText> page = published(community, changed.path(), rendered);
        if (page.isEmpty()) {
            db.sql("delete from search.documents where community_id = ? and kind = 'PUBLISHED' and path = ?")
                    .params(community, changed.path()).update();
            return;
        }
        put(community, "PUBLISHED", changed.path(), page.get());
    }

    /** A page a moderator hid leaves the index (its published version went with the unpublishing); restored, it comes back. */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(PageHidden changed) {
        long community = changed.communityId();
        PageText rendered = changed.hidden() ? null : current(community, changed.path(), null).orElse(null);
        lock(community);
        Optional<PageText> page = changed.hidden() ? Optional.empty() : current(community, changed.path(), rendered);
        if (page.isEmpty()) {
            db.sql("delete from search.documents where community_id = ? and kind = 'PAGE' and path = ?")
                    .params(community, changed.path()).update();
        } else {
            put(community, "PAGE", changed.path(), page.get());
        }
    }

    @EventListener
    void on(CommentChanged changed) {
        Optional<Comments.Indexable> comment = comments.indexable(changed.commentId());
        if (comment.isEmpty()) {
            db.sql("delete from search.documents where kind = 'COMMENT' and comment_id = ?").param(changed.commentId()).update();
        } else {
            indexComments(List.of(comment.get()));
        }
    }

    @EventListener
    void on(PostChanged changed) {
        Optional<Discussions.Indexable> post = discussions.indexable(changed.postId());
        if (post.isEmpty()) {
            db.sql("delete from search.documents where kind = 'POST' and post_id = ?").param(changed.postId()).update();
        } else {
            indexPosts(List.of(post.get()));
        }
        // the opening post carries the discussion's title: an edit or a hiding of it changes every post's result
        db.sql("update search.documents set thread_title = ? where kind = 'POST' and thread_id = ? and thread_title <> ?")
                .params(discussions.indexableTitle(changed.threadId()), changed.threadId(),
                        discussions.indexableTitle(changed.threadId()))
                .update();
    }

    /** Indexes one community again from scratch; returns the number of documents. */
    @Transactional
    public long rebuild(long communityId) {
        lock(communityId);
        db.sql("delete from search.documents where community_id = ?").param(communityId).update();
        indexPages(communityId);
        for (Publications.Published published : publications.of(communityId)) {
            indexed(published.path(), () -> published(communityId, published.path(), null)
                    .ifPresent(page -> put(communityId, "PUBLISHED", published.path(), page)));
        }
        indexComments(comments.visibleIn(communityId));
        indexPosts(discussions.visibleIn(communityId));
        return db.sql("select count(*) from search.documents where community_id = ?").param(communityId).query(Long.class).single();
    }

    /**
     * Takes the community's index lock for this transaction: indexers of one community store one after another,
     * each after reading what main holds now. This is not the space's write lock; saves never wait for it.
     */
    private void lock(long communityId) {
        db.sql("select pg_advisory_xact_lock(hashtext('statcommons-search'), ?)").param(Long.hashCode(communityId))
                .query(rs -> {
                });
    }

    /** Every page on main now, replacing the community's page documents. */
    private void indexPages(long communityId) {
        db.sql("delete from search.documents where community_id = ? and kind = 'PAGE'").param(communityId).update();
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
                indexed(summary.path(), () -> current(communityId, summary.path(), null)
                        .ifPresent(page -> put(communityId, "PAGE", summary.path(), page)));
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
        return text(() -> pages.read(communityId, new PageVersion(published.get().commitId(), path)), rendered);
    }

    private static Optional<PageText> text(Supplier<Pages.PageContent> read, PageText rendered) {
        Pages.PageContent page;
        try {
            page = read.get();
        } catch (NotFoundException gone) {
            return Optional.empty();
        }
        return Optional.of(rendered != null && rendered.blobId().equals(page.blobId()) ? rendered : PageText.of(page));
    }

    private void indexComments(List<Comments.Indexable> visible) {
        for (Comments.Indexable comment : visible) {
            db.sql("""
                            insert into search.documents (community_id, kind, path, comment_id, title, body)
                            values (?, 'COMMENT', ?, ?, '', ?)
                            on conflict (comment_id) where kind = 'COMMENT'
                            do update set path = excluded.path, body = excluded.body""")
                    .params(comment.communityId(), comment.path(), comment.commentId(), SearchText.ofMarkdown(comment.body()))
                    .update();
        }
    }

    private void indexPosts(List<Discussions.Indexable> visible) {
        for (Discussions.Indexable post : visible) {
            db.sql("""
                            insert into search.documents (community_id, kind, path, post_id, thread_id, title, thread_title, body)
                            values (?, 'POST', '', ?, ?, ?, ?, ?)
                            on conflict (post_id) where kind = 'POST'
                            do update set title = excluded.title, thread_title = excluded.thread_title, body = excluded.body""")
                    .params(post.communityId(), post.postId(), post.threadId(),
                            post.opening() ? SearchText.clean(post.threadTitle()) : "", SearchText.clean(post.threadTitle()),
                            SearchText.ofMarkdown(post.body()))
                    .update();
        }
    }

    private void put(long communityId, String kind, String path, PageText page) {
        db.sql("""
                        insert into search.documents (community_id, kind, path, title, body)
                        values (?, ?, ?, ?, ?)
                        on conflict (community_id, kind, path) where kind in ('PAGE', 'PUBLISHED')
                        do update set title = excluded.title, body = excluded.body""")
                .params(communityId, kind, path, page.title(), page.body())
                .update();
    }

    private boolean hasComments(long communityId, String path) {
        return db.sql("select exists (select 1 from search.documents where community_id = ? and kind = 'COMMENT' and path = ?)")
                .params(communityId, path).query(Boolean.class).single();
    }

    private static boolean isPage(String path) {
        return path != null && path.endsWith(SpacePath.PAGE_SUFFIX);
    }
}
