package org.statcommons.comments;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;

/** Deletes one's own comment: its text is gone, a placeholder keeps the thread readable. */
@Service
class DeleteComment {

    private final Permissions permissions;
    private final CommentThreads threads;
    private final Comments comments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeleteComment(
            Permissions permissions,
            CommentThreads threads,
            Comments comments,
            ApplicationEventPublisher events,
            Clock clock) {
        this.permissions = permissions;
        this.threads = threads;
        this.comments = comments;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    void delete(Actor actor, Community community, long commentId) {
        permissions.require(actor, Action.COMMENT_ON_PAGE, community.id());
        CommentThread thread = threads.ofCommentIn(community, commentId);
        thread.comment(commentId).changeableBy(actor);
        comments.delete(commentId, clock.instant());
        events.publishEvent(new CommentChanged(commentId, thread.communityId(), thread.path()));
    }
}
