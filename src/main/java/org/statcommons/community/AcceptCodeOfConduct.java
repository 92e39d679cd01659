package org.statcommons.community;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;

/** A member accepts the current code of conduct after it changed; accepting the version already accepted does nothing. */
@Service
class AcceptCodeOfConduct {

    private final Permissions permissions;
    private final Memberships memberships;
    private final CodesOfConduct conduct;
    private final AuditEntries audit;
    private final Clock clock;

    AcceptCodeOfConduct(
            Permissions permissions, Memberships memberships, CodesOfConduct conduct, AuditEntries audit, Clock clock) {
        this.permissions = permissions;
        this.memberships = memberships;
        this.conduct = conduct;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    void accept(Actor actor, Community community, ConductConsent consent) {
        permissions.require(actor, Action.VIEW_COMMUNITY_INSIDE, community.id());
        Membership membership = memberships
                .find(community.id(), actor.accountId())
                .orElseThrow(() -> new ConflictException(Text.of("community.conduct.members-only")));
        int version = consent.check(conduct.current(community.id()));
        if (membership.conductVersion() == version) {
            return;
        }
        memberships.acceptConduct(community.id(), actor.accountId(), version, clock.instant());
        audit.record(
                community.id(),
                actor.accountId(),
                actor.accountId(),
                "CONDUCT_ACCEPTED",
                "Accepted code of conduct version " + version,
                "");
    }
}
