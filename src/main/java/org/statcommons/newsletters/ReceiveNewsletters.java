package org.statcommons.newsletters;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;

/** A member's own choice, on the community's Newsletters tab: receive its newsletters by e-mail, or not. */
@Service
class ReceiveNewsletters {

    private final Permissions permissions;
    private final Subscribers subscribers;
    private final Clock clock;

    ReceiveNewsletters(Permissions permissions, Subscribers subscribers, Clock clock) {
        this.permissions = permissions;
        this.subscribers = subscribers;
        this.clock = clock;
    }

    /** {@code receive} false opts out; true opts in again. */
    @Transactional
    void receive(Actor actor, Community community, boolean receive) {
        permissions.require(actor, Action.VIEW_COMMUNITY_INSIDE, community.id());
        if (receive) {
            subscribers.optIn(community.id(), actor.accountId());
        } else {
            subscribers.optOut(community.id(), actor.accountId(), clock.instant());
        }
    }
}
