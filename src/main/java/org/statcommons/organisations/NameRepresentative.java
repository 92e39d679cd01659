package org.statcommons.organisations;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.community.Memberships;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/**
 * The community's secretariat names a member of the community to represent a member organisation, or ends it. A
 * representative must be a current member of the community (seed 001: members "that represent their communities");
 * they need not have claimed the organisation on their profile.
 */
@Service
class NameRepresentative {

    private final Permissions permissions;
    private final MemberOrganisations members;
    private final Representatives representatives;
    private final Memberships memberships;
    private final Clock clock;

    NameRepresentative(
            Permissions permissions,
            MemberOrganisations members,
            Representatives representatives,
            Memberships memberships,
            Clock clock) {
        this.permissions = permissions;
        this.members = members;
        this.representatives = representatives;
        this.memberships = memberships;
        this.clock = clock;
    }

    @Transactional
    void name(Actor actor, Community community, long organisationId, Long accountId) {
        permissions.require(actor, Action.MANAGE_MEMBER_ORGANISATIONS, community.id());
        memberOrganisation(community, organisationId);
        if (accountId == null || memberships.current(community.id(), accountId).isEmpty()) {
            throw new InvalidInputException("accountId", Text.of("organisations.representative.not-member"));
        }
        if (!representatives.name(community.id(), organisationId, accountId, actor.accountId(), clock.instant())) {
            throw new ConflictException(Text.of("organisations.representative.already"));
        }
    }

    @Transactional
    void remove(Actor actor, Community community, long organisationId, long accountId) {
        permissions.require(actor, Action.MANAGE_MEMBER_ORGANISATIONS, community.id());
        memberOrganisation(community, organisationId);
        if (!representatives.remove(community.id(), organisationId, accountId)) {
            throw new NotFoundException(Text.of("organisations.representative.none"));
        }
    }

    private void memberOrganisation(Community community, long organisationId) {
        if (!members.contains(community.id(), organisationId)) {
            throw new NotFoundException(Text.of("organisations.member.none"));
        }
    }
}
