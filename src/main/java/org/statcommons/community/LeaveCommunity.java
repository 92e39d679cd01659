package org.statcommons.community;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;

/** A member leaves the community; the last secretariat member cannot. */
@Service
class LeaveCommunity {

    private final Permissions permissions;
    private final Communities communities;
    private final Memberships memberships;
    private final AuditEntries audit;

    LeaveCommunity(Permissions permissions, Communities communities, Memberships memberships, AuditEntries audit) {
        this.permissions = permissions;
        this.communities = communities;
        this.memberships = memberships;
        this.audit = audit;
    }

    @Transactional
    void leave(Actor actor, Community community) {
        permissions.require(actor, Action.LEAVE_COMMUNITY, community.id());
        // under the community's lock, so that two secretariat members cannot together leave it without one
        communities.lock(community.id());
        Membership membership = memberships.currentIn(community, actor.accountId());
        if (memberships.lastSecretariat(membership)) {
            throw new ConflictException(Text.of("community.leave.last-secretariat"));
        }
        memberships.delete(community.id(), actor.accountId());
        audit.record(
                community.id(),
                actor.accountId(),
                actor.accountId(),
                "LEFT",
                "Left (was " + membership.role().label() + ")",
                "");
    }
}
