package org.statcommons.organisations;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/** A person links their profile to an organisation (a claim, until a secretariat confirms it), or unlinks it. */
@Service
class ClaimAffiliation {

    private final Permissions permissions;
    private final Organisations organisations;
    private final Affiliations affiliations;
    private final Clock clock;

    ClaimAffiliation(Permissions permissions, Organisations organisations, Affiliations affiliations, Clock clock) {
        this.permissions = permissions;
        this.organisations = organisations;
        this.affiliations = affiliations;
        this.clock = clock;
    }

    @Transactional
    void claim(Actor actor, long organisationId) {
        permissions.require(actor, Action.CLAIM_AFFILIATION);
        organisations.existing(organisationId);
        if (!affiliations.claim(actor.accountId(), organisationId, clock.instant())) {
            throw new ConflictException(Text.of("organisations.claim.already"));
        }
    }

    /** Ends the person's link, claimed or confirmed. */
    @Transactional
    void withdraw(Actor actor, long organisationId) {
        permissions.require(actor, Action.CLAIM_AFFILIATION);
        if (!affiliations.remove(actor.accountId(), organisationId)) {
            throw new NotFoundException(Text.of("organisations.claim.none"));
        }
    }
}
