package org.statcommons.bodies;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.community.Memberships;
import org.statcommons.organisations.MemberOrganisations;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * The community's secretariat gives a member organisation a seat on a body, with its representative and alternate,
 * changes who holds it, or takes the seat away. The organisation must be a member organisation of the community; the
 * representative and the alternate current members of the community, and two different people.
 */
@Service
class FillSeat {

    private final Permissions permissions;
    private final Bodies bodies;
    private final MemberOrganisations memberOrganisations;
    private final Memberships memberships;
    private final Clock clock;

    FillSeat(
            Permissions permissions,
            Bodies bodies,
            MemberOrganisations memberOrganisations,
            Memberships memberships,
            Clock clock) {
        this.permissions = permissions;
        this.bodies = bodies;
        this.memberOrganisations = memberOrganisations;
        this.memberships = memberships;
        this.clock = clock;
    }

    /** Every problem is named at once; nothing is written unless all is well. */
    @Transactional
    void fill(Actor actor, Community community, long bodyId, long organisationId, Long representative, Long alternate) {
        permissions.require(actor, Action.MANAGE_BODIES, community.id());
        Body body = bodies.inCommunity(community, bodyId);
        TextInput input = new TextInput();
        if (!memberOrganisations.contains(community.id(), organisationId)) {
            input.error("organisationId", Text.of("bodies.seat.not-member-organisation"));
        }
        checkMember(input, community, "representativeId", representative);
        checkMember(input, community, "alternateId", alternate);
        if (representative != null && representative.equals(alternate)) {
            input.error("alternateId", Text.of("bodies.seat.same-person"));
        }
        input.throwIfInvalid();
        bodies.seat(body.id(), organisationId, representative, alternate, actor.accountId(), clock.instant());
    }

    @Transactional
    void vacate(Actor actor, Community community, long bodyId, long organisationId) {
        permissions.require(actor, Action.MANAGE_BODIES, community.id());
        Body body = bodies.inCommunity(community, bodyId);
        if (!bodies.unseat(body.id(), organisationId)) {
            throw new NotFoundException(Text.of("bodies.seat.none"));
        }
    }

    private void checkMember(TextInput input, Community community, String field, Long accountId) {
        if (accountId != null && memberships.current(community.id(), accountId).isEmpty()) {
            input.error(field, Text.of("bodies.seat.not-member"));
        }
    }
}
