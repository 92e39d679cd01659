package org.statcommons.discussions;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;

/** Pins a discussion to the top of the list, or unpins it: those who manage discussions. */
@Service
class PinDiscussion {

    private final Permissions permissions;
    private final Discussions discussions;
    private final Clock clock;

    PinDiscussion(Permissions permissions, Discussions discussions, Clock clock) {
        this.permissions = permissions;
        this.discussions = discussions;
        this.clock = clock;
    }

    /** Pins ({@code pinned} true) or unpins. */
    @Transactional
    void pin(Actor actor, Community community, long threadId, boolean pinned) {
        permissions.require(actor, Action.MANAGE_DISCUSSIONS, community.id());
        discussions.inCommunity(community, threadId);
        discussions.pin(threadId, pinned ? actor.accountId() : null, clock.instant());
    }
}
