package org.statcommons.comments;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.moderation.PostingLimiter;

/** Adds a reply to a comment thread: from the page's form, the API, or an e-mail ({@link #replyByMail}). */
@Service
public class ReplyInThread {

    private final CommentSubjects subjects;
    private final PostingLimiter limits;
    private final CommentThreads threads;
    private final CommentRecorder recorder;
    private final Clock clock;

    ReplyInThread(
            CommentSubjects subjects,
            PostingLimiter limits,
            CommentThreads threads,
            CommentRecorder recorder,
            Clock clock) {
        this.subjects = subjects;
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
        return subjects.thread(community.slug(), thread.path(), thread.id());
    }

    /** Returns the new comment's id. */
    @Transactional
    long reply(Actor actor, Community community, long threadId, String body) {
        CommentThread thread = threads.inCommunity(community, threadId);
        subjects.requireCommenting(actor, community, thread.path());
        String text = CommentRecorder.checked(body);
        limits.check(actor, community.id(), text);
        return recorder.add(actor, ThreadPlace.of(thread), text, true, clock.instant());
    }
}
