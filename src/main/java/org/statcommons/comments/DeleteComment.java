package org.statcommons.comments;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;

/** Deletes one's own comment: its text is gone, a placeholder keeps the thread readable. */
@Service
class DeleteComment {

    private final CommentSubjects subjects;
    private final CommentThreads threads;
    private final Comments comments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeleteComment(
            CommentSubjects subjects,
            CommentThreads threads,
            Comments comments,
            ApplicationEventPublisher events,
            Clock clock) {
        this.subjects = subjects;
        this.threads = threads;
        this.comments = comments;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    void delete(Actor actor, Community community, long commentId) {
        CommentThread thread = threads.ofCommentIn(community, commentId);
        subjects.requireCommenting(actor, community, thread.path());
        thread.comment(commentId).changeableBy(actor);
        comments.delete(commentId, clock.instant());
        events.publishEvent(new CommentChanged(commentId, thread.communityId(), thread.path()));
    }
}
