package org.statcommons.discussions;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;

/** Closes a discussion (it takes no more replies) or reopens it: those who manage discussions. */
@Service
class CloseDiscussion {

    private final Permissions permissions;
    private final Discussions discussions;
    private final Clock clock;

    CloseDiscussion(Permissions permissions, Discussions discussions, Clock clock) {
        this.permissions = permissions;
        this.discussions = discussions;
        this.clock = clock;
    }

    /** Closes ({@code closed} true) or reopens. */
    @Transactional
    void close(Actor actor, Community community, long threadId, boolean closed) {
        permissions.require(actor, Action.MANAGE_DISCUSSIONS, community.id());
        discussions.inCommunity(community, threadId);
        discussions.close(threadId, closed ? actor.accountId() : null, clock.instant());
    }
}
