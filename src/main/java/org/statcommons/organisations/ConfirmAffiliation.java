package org.statcommons.organisations;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/** A secretariat confirms that a person belongs to an organisation, or refuses (removes) the claim. */
@Service
class ConfirmAffiliation {

    private final Permissions permissions;
    private final Affiliations affiliations;
    private final Clock clock;

    ConfirmAffiliation(Permissions permissions, Affiliations affiliations, Clock clock) {
        this.permissions = permissions;
        this.affiliations = affiliations;
        this.clock = clock;
    }

    /** {@code confirmed} false refuses the claim: the link is removed. */
    @Transactional
    void decide(Actor actor, long organisationId, long accountId, boolean confirmed) {
        permissions.require(actor, Action.MANAGE_ORGANISATIONS);
        affiliations
                .find(accountId, organisationId)
                .orElseThrow(() -> new NotFoundException(Text.of("organisations.claim.none")));
        if (confirmed) {
            affiliations.confirm(accountId, organisationId, actor.accountId(), clock.instant());
        } else {
            affiliations.remove(accountId, organisationId);
        }
    }
}
