package org.statcommons.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.comments.CommentChanged;
import org.statcommons.comments.Comments;
import org.statcommons.content.ChangedPath;
import org.statcommons.content.HiddenPages;
import org.statcommons.content.PageHidden;
import org.statcommons.content.PageSummary;
import org.statcommons.content.PageVersion;
import org.statcommons.content.Pages;
import org.statcommons.content.Publications;
import org.statcommons.content.PublicationChanged;
import org.statcommons.content.SpaceChanged;
import org.statcommons.content.SpaceChanges;
import org.statcommons.content.SpacePath;
import org.statcommons.discussions.Discussions;
import org.statcommons.discussions.PostChanged;
import org.statcommons.platform.NotFoundException;

/**
 * Keeps {@code search.documents} in step with the pages, comments and discussion posts. Each listener runs
 * inside the transaction of the change it hears about (a save, a merge, a push, a publication, a comment, a
 * post), so the index is never behind what was committed; {@link #rebuild} throws a community's documents away
 * and indexes it again from content, comments and discussions.
 */
@Component
class SearchIndex {

    private final JdbcClient db;
    private final Pages pages;
    private final Publications publications;
    private final SpaceChanges changes;
    private final Comments comments;
    private final Discussions discussions;
    private final HiddenPages hidden;

    SearchIndex(JdbcClient db, Pages pages, Publications publications, SpaceChanges changes, Comments comments,
                Discussions discussions, HiddenPages hidden) {
        this.discussions = discussions;
        this.hidden = hidden;
        this.db = db;
        this.pages = pages;
        this.publications = publications;
        this.changes = changes;
        this.comments = comments;
    }

    @EventListener
    void on(SpaceChanged changed) {
        long community = changed.communityId();
        Optional<List<ChangedPath>> paths = changes.between(community, changed.before(), changed.after());
        if (paths.isEmpty()) {
            indexPages(community);
            return;
        }
        Set<String> touched = new LinkedHashSet<>();
        for (ChangedPath path : paths.get()) {
            if (path.change() == 'R' && isPage(path.oldPath())) {
                db.sql("update search.documents set path = ? where community_id = ? and kind = 'COMMENT' and path = ?")
                        .params(path.path(), community, path.oldPath()).update();
            }
            if (isPage(path.path())) {
                touched.add(path.path());
            }
        }
        for (String path : touched) {
            Optional<Pages.PageContent> page = read(community, changed.after(), path)
                    .filter(p -> !hidden.hidden(community, p.path()));
            if (page.isPresent()) {
                put(community, "PAGE", path, null, page.get().title(), page.get().body());
                if (!hasComments(community, path)) {
                    indexComments(comments.visibleOn(community, path));
                }
            } else {
                db.sql("delete from search.documents where community_id = ? and kind in ('PAGE', 'COMMENT') and path = ?")
                        .params(community, path).update();
            }
        }
    }

    @EventListener
    void on(PublicationChanged changed) {
        Optional<Publications.Published> published = changed.published()
                ? publications.published(changed.communityId(), changed.path()) : Optional.empty();
        if (published.isEmpty()) {
            db.sql("delete from search.documents where community_id = ? and kind = 'PUBLISHED' and path = ?")
                    .params(changed.communityId(), changed.path()).update();
            return;
        }
        putPublished(published.get());
    }

    /** A page a moderator hid leaves the index (its published version went with the unpublishing); restored, it comes back. */
    @EventListener
    void on(PageHidden changed) {
        if (changed.hidden()) {
            db.sql("delete from search.documents where community_id = ? and kind = 'PAGE' and path = ?")
                    .params(changed.communityId(), changed.path()).update();
            return;
        }
        try {
            Pages.PageContent page = pages.read(changed.communityId(), changed.path());
            put(changed.communityId(), "PAGE", page.path(), null, page.title(), page.body());
        } catch (NotFoundException deleted) {
            // nothing to index
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
        db.sql("delete from search.documents where community_id = ?").param(communityId).update();
        indexPages(communityId);
        for (Publications.Published published : publications.of(communityId)) {
            putPublished(published);
        }
        indexComments(comments.visibleIn(communityId));
        indexPosts(discussions.visibleIn(communityId));
        return db.sql("select count(*) from search.documents where community_id = ?").param(communityId).query(Long.class).single();
    }

    /** Every page on main now, replacing the community's page documents. */
    private void indexPages(long communityId) {
        db.sql("delete from search.documents where community_id = ? and kind = 'PAGE'").param(communityId).update();
        List<PageSummary> all;
        try {
            all = pages.list(communityId);
        } catch (NotFoundException noSpaceYet) {
            return;
        }
        java.util.Set<String> hiddenPaths = hidden.of(communityId);
        for (PageSummary summary : all) {
            if (hiddenPaths.contains(summary.path())) {
                continue;
            }
            try {
                Pages.PageContent page = pages.read(communityId, summary.path());
                put(communityId, "PAGE", page.path(), null, page.title(), page.body());
            } catch (NotFoundException gone) {
                // deleted meanwhile: its own event removes it
            }
        }
    }

    private void putPublished(Publications.Published published) {
        Pages.PageContent page = pages.read(published.communityId(), new PageVersion(published.commitId(), published.path()));
        put(published.communityId(), "PUBLISHED", published.path(), null, page.title(), page.body());
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

    private void put(long communityId, String kind, String path, Long commentId, String title, String markdown) {
        db.sql("""
                        insert into search.documents (community_id, kind, path, comment_id, title, body)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (community_id, kind, path) where kind in ('PAGE', 'PUBLISHED')
                        do update set title = excluded.title, body = excluded.body""")
                .params(communityId, kind, path, commentId, SearchText.clean(title), SearchText.ofMarkdown(markdown))
                .update();
    }

    private boolean hasComments(long communityId, String path) {
        return db.sql("select exists (select 1 from search.documents where community_id = ? and kind = 'COMMENT' and path = ?)")
                .params(communityId, path).query(Boolean.class).single();
    }

    private Optional<Pages.PageContent> read(long communityId, String commitId, String path) {
        try {
            return Optional.of(pages.read(communityId, new PageVersion(commitId, path)));
        } catch (NotFoundException deleted) {
            return Optional.empty();
        }
    }

    private static boolean isPage(String path) {
        return path != null && path.endsWith(SpacePath.PAGE_SUFFIX);
    }
}
