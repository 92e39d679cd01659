package org.statcommons.discussions;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;

/** A person follows a discussion, mutes it, or neither (told only when mentioned). */
@Service
class FollowDiscussion {

    private final Permissions permissions;
    private final Discussions discussions;
    private final Subscriptions subscriptions;
    private final Clock clock;

    FollowDiscussion(Permissions permissions, Discussions discussions, Subscriptions subscriptions, Clock clock) {
        this.permissions = permissions;
        this.discussions = discussions;
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    @Transactional
    void choose(Actor actor, Community community, long threadId, Subscriptions.State state) {
        permissions.require(actor, Action.POST_IN_DISCUSSIONS, community.id());
        discussions.inCommunity(community, threadId);
        subscriptions.set(threadId, actor.accountId(), state, clock.instant());
    }
}
