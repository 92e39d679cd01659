package org.statcommons.community;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;

/** A member nominates a colleague with relevant expertise, for the secretariat to decide. */
@Service
class NominateMember {

    private final Permissions permissions;
    private final Nominations nominations;
    private final AuditEntries audit;
    private final Clock clock;

    NominateMember(Permissions permissions, Nominations nominations, AuditEntries audit, Clock clock) {
        this.permissions = permissions;
        this.nominations = nominations;
        this.audit = audit;
        this.clock = clock;
    }

    /** Returns the nomination's id. */
    @Transactional
    long nominate(Actor actor, Community community, NewNomination nomination) {
        permissions.require(actor, Action.NOMINATE_MEMBER, community.id());
        long id = nominations.insert(community.id(), actor.accountId(), nomination, clock.instant());
        audit.record(
                community.id(),
                actor.accountId(),
                null,
                "NOMINATED",
                nomination.name() + " <" + nomination.email().value() + "> nominated",
                nomination.reason());
        return id;
    }
}
