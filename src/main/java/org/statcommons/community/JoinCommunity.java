package org.statcommons.community;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.Permissions;

/** Joins an open community as a member, after accepting its current code of conduct. */
@Service
class JoinCommunity {

    private final Permissions permissions;
    private final Communities communities;
    private final Memberships memberships;
    private final CodesOfConduct conduct;
    private final AuditEntries audit;
    private final CommunityActivityPublisher activity;
    private final Clock clock;

    JoinCommunity(
            Permissions permissions,
            Communities communities,
            Memberships memberships,
            CodesOfConduct conduct,
            AuditEntries audit,
            CommunityActivityPublisher activity,
            Clock clock) {
        this.permissions = permissions;
        this.communities = communities;
        this.memberships = memberships;
        this.conduct = conduct;
        this.audit = audit;
        this.activity = activity;
        this.clock = clock;
    }

    @Transactional
    void join(Actor actor, Community community, ConductConsent consent) {
        permissions.require(actor, Action.JOIN_COMMUNITY, community.id());
        communities.lock(community.id());
        int version = consent.check(conduct.current(community.id()));
        memberships.upsert(community.id(), actor.accountId(), CommunityRole.MEMBER, null, version, clock.instant());
        audit.record(
                community.id(),
                actor.accountId(),
                actor.accountId(),
                "JOINED",
                "Joined as Member, accepted code of conduct version " + version,
                "");
        activity.joined(community, actor.accountId());
    }
}
