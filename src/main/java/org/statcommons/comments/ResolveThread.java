package org.statcommons.comments;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;

/** Marks a comment thread resolved, or open again: anyone who may comment. */
@Service
class ResolveThread {

    private final Permissions permissions;
    private final CommentThreads threads;
    private final Clock clock;

    ResolveThread(Permissions permissions, CommentThreads threads, Clock clock) {
        this.permissions = permissions;
        this.threads = threads;
        this.clock = clock;
    }

    /** Resolves ({@code resolved} true) or reopens. */
    @Transactional
    void resolve(Actor actor, Community community, long threadId, boolean resolved) {
        permissions.require(actor, Action.COMMENT_ON_PAGE, community.id());
        threads.inCommunity(community, threadId);
        threads.resolve(threadId, resolved ? actor.accountId() : null, clock.instant());
    }
}
