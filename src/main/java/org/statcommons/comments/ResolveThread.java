package org.statcommons.comments;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;

/** Marks a comment thread resolved, or open again: anyone who may comment on what it is on. */
@Service
class ResolveThread {

    private final CommentSubjects subjects;
    private final CommentThreads threads;
    private final Clock clock;

    ResolveThread(CommentSubjects subjects, CommentThreads threads, Clock clock) {
        this.subjects = subjects;
        this.threads = threads;
        this.clock = clock;
    }

    /** Resolves ({@code resolved} true) or reopens. */
    @Transactional
    void resolve(Actor actor, Community community, long threadId, boolean resolved) {
        subjects.requireCommenting(
                actor, community, threads.inCommunity(community, threadId).path());
        threads.resolve(threadId, resolved ? actor.accountId() : null, clock.instant());
    }
}
