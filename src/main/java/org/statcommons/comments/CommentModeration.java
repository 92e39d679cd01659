package org.statcommons.comments;

import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.content.PageAddress;
import org.statcommons.moderation.ModeratedContent;
import org.statcommons.platform.activity.Subject;

/**
 * Comments as items people flag and moderators hide ({@code comment:<id>}). Whoever may read the space may
 * flag a comment in it; a hidden comment stays in its thread as a placeholder, keeps its text for the record
 * and leaves the search index (through {@link CommentChanged}).
 */
@Component
class CommentModeration implements ModeratedContent {

    private final JdbcClient db;
    private final Comments comments;
    private final Communities communities;
    private final Permissions permissions;
    private final ApplicationEventPublisher events;

    CommentModeration(JdbcClient db, Comments comments, Communities communities, Permissions permissions,
                      ApplicationEventPublisher events) {
        this.db = db;
        this.comments = comments;
        this.communities = communities;
        this.permissions = permissions;
        this.events = events;
    }

    @Override
    public String kind() {
        return "comment";
    }

    @Override
    public Optional<FlaggedItem> describe(Subject item, Actor viewer) {
        Optional<Long> id = id(item);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Optional<CommentThread> thread = comments.threadOf(id.get())
                .filter(t -> permissions.may(viewer, Action.VIEW_SPACE, t.communityId()));
        if (thread.isEmpty()) {
            return Optional.empty();
        }
        Comment comment = CommentSite.comment(thread.get(), id.get());
        Optional<Community> community = communities.byId(thread.get().communityId());
        if (comment.state() == Comment.State.DELETED || community.isEmpty()) {
            return Optional.empty();
        }
        // a hidden comment's text is shown to no one through its thread; moderators judge it by the flag's copy
        String text = comment.visible() ? comment.body() : "";
        return Optional.of(new FlaggedItem(Subject.of(kind(), comment.id()), community.get().id(), comment.authorId(), comment.authorName(),
                "Comment by " + comment.authorName() + " on " + thread.get().path(), text,
                PageAddress.page(community.get().slug(), thread.get().path()) + "#comment-" + comment.id(),
                comment.state() == Comment.State.HIDDEN));
    }

    @Override
    public void hide(Subject item, boolean hidden) {
        long id = id(item).orElseThrow();
        comments.threadOf(id).ifPresent(thread -> {
            int changed = hidden
                    ? db.sql("update comments.comments set hidden_at = now() where id = ? and hidden_at is null and deleted_at is null")
                    .param(id).update()
                    : db.sql("update comments.comments set hidden_at = null, hidden_by = null where id = ? and hidden_at is not null")
                    .param(id).update();
            if (changed > 0) {
                events.publishEvent(new CommentChanged(id, thread.communityId(), thread.path()));
            }
        });
    }

    private static Optional<Long> id(Subject item) {
        try {
            return Optional.of(Long.parseLong(item.id()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
