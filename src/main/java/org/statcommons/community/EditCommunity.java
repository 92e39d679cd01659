package org.statcommons.community;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;

/** Saves a community's settings; a changed join policy or editing rule is kept in the audit log. */
@Service
class EditCommunity {

    private final Permissions permissions;
    private final Communities communities;
    private final AuditEntries audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    EditCommunity(
            Permissions permissions,
            Communities communities,
            AuditEntries audit,
            Clock clock,
            ApplicationEventPublisher events) {
        this.permissions = permissions;
        this.communities = communities;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    Community edit(Actor actor, Community community, CommunityChange change) {
        permissions.require(actor, Action.EDIT_COMMUNITY, community.id());
        communities.update(community.id(), change, clock.instant());
        // the community kept in memory is forgotten when this transaction ends, here and on other servers
        events.publishEvent(new CommunityEdited(community.id()));
        if (change.membersEditDirectly() != community.membersEditDirectly()) {
            audit.record(
                    community.id(),
                    actor.accountId(),
                    null,
                    "MEMBERS_EDIT_DIRECTLY_CHANGED",
                    change.membersEditDirectly()
                            ? "Members may now edit pages directly"
                            : "Members now propose changes to pages",
                    "");
        }
        if (change.joinPolicy() != community.joinPolicy()) {
            audit.record(
                    community.id(),
                    actor.accountId(),
                    null,
                    "JOIN_POLICY_CHANGED",
                    community.joinPolicy().label() + " → " + change.joinPolicy().label(),
                    "");
        }
        return communities.byId(community.id()).orElseThrow();
    }
}
