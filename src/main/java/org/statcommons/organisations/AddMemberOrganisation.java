package org.statcommons.organisations;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/** The community's secretariat adds an organisation as a member, or removes it (with its representatives). */
@Service
class AddMemberOrganisation {

    private final Permissions permissions;
    private final Organisations organisations;
    private final MemberOrganisations members;
    private final Clock clock;

    AddMemberOrganisation(
            Permissions permissions, Organisations organisations, MemberOrganisations members, Clock clock) {
        this.permissions = permissions;
        this.organisations = organisations;
        this.members = members;
        this.clock = clock;
    }

    @Transactional
    Organisation add(Actor actor, Community community, long organisationId) {
        permissions.require(actor, Action.MANAGE_MEMBER_ORGANISATIONS, community.id());
        Organisation organisation = organisations.existing(organisationId);
        if (!members.add(community.id(), organisationId, actor.accountId(), clock.instant())) {
            throw new ConflictException(Text.of("organisations.member.already", organisation.label()));
        }
        return organisation;
    }

    @Transactional
    void remove(Actor actor, Community community, long organisationId) {
        permissions.require(actor, Action.MANAGE_MEMBER_ORGANISATIONS, community.id());
        if (!members.remove(community.id(), organisationId)) {
            throw new NotFoundException(Text.of("organisations.member.none"));
        }
    }
}
