package org.statcommons.comments;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.moderation.PostingLimiter;

/** Adds a reply to a comment thread: from the page's form, the API, or an e-mail ({@link #replyByMail}). */
@Service
public class ReplyInThread {

    private final Permissions permissions;
    private final PostingLimiter limits;
    private final CommentThreads threads;
    private final CommentRecorder recorder;
    private final Clock clock;

    ReplyInThread(
            Permissions permissions,
            PostingLimiter limits,
            CommentThreads threads,
            CommentRecorder recorder,
            Clock clock) {
        this.permissions = permissions;
        this.limits = limits;
        this.threads = threads;
        this.recorder = recorder;
        this.clock = clock;
    }

    /**
     * A reply by e-mail to the thread of one of its comments (the comment a notification told of): the same
     * permission, limits and checks as on the page. Returns the address of the thread, a path on this server.
     */
    @Transactional
    public String replyByMail(Actor actor, Community community, long commentId, String body) {
        CommentThread thread = threads.ofCommentIn(community, commentId);
        reply(actor, community, thread.id(), body);
        return CommentAddress.thread(community.slug(), thread.path(), thread.id());
    }

    /** Returns the new comment's id. */
    @Transactional
    long reply(Actor actor, Community community, long threadId, String body) {
        permissions.require(actor, Action.COMMENT_ON_PAGE, community.id());
        CommentThread thread = threads.inCommunity(community, threadId);
        String text = CommentRecorder.checked(body);
        limits.check(actor, community.id(), text);
        return recorder.add(actor, ThreadPlace.of(thread), text, true, clock.instant());
    }
}
