package org.statcommons.community;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.Permissions;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.identity.OrganisationKind;
import org.statcommons.identity.Profile;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/**
 * Makes a member the focal point for their account's country, or ends their duty. At most one per country, a
 * member (not a guest) of that country's national statistical office: an existing focal point is ended first.
 */
@Service
class AppointFocalPoint {

    private final Permissions permissions;
    private final Communities communities;
    private final Memberships memberships;
    private final AuditEntries audit;
    private final Accounts accounts;

    AppointFocalPoint(
            Permissions permissions,
            Communities communities,
            Memberships memberships,
            AuditEntries audit,
            Accounts accounts) {
        this.permissions = permissions;
        this.communities = communities;
        this.memberships = memberships;
        this.audit = audit;
        this.accounts = accounts;
    }

    /** Appoints ({@code appoint} true) or ends the duty. */
    @Transactional
    void appoint(Actor actor, Community community, long accountId, boolean appoint) {
        permissions.require(actor, Action.APPOINT_FOCAL_POINT, community.id());
        communities.lock(community.id());
        Membership membership = memberships.currentIn(community, accountId);
        Account person = accounts.byId(accountId)
                .orElseThrow(() -> new NotFoundException(Text.of("community.member.account-gone")));
        if (!appoint) {
            if (membership.focalPointCountry() == null) {
                throw new ConflictException(Text.of("community.member.focal-point.not", person.displayName()));
            }
            memberships.setFocalPoint(community.id(), accountId, null);
            audit.record(
                    community.id(),
                    actor.accountId(),
                    accountId,
                    "FOCAL_POINT_ENDED",
                    "No longer focal point for " + Profile.countryName(membership.focalPointCountry()),
                    "");
            return;
        }
        if (membership.role() == CommunityRole.GUEST) {
            throw new InvalidInputException("focalPoint", Text.of("community.member.focal-point.guest"));
        }
        if (person.country() == null) {
            throw new InvalidInputException(
                    "focalPoint", Text.of("community.member.focal-point.no-country", person.displayName()));
        }
        if (person.organisationKind() != OrganisationKind.NATIONAL_STATISTICAL_OFFICE) {
            throw new InvalidInputException(
                    "focalPoint",
                    Text.of(
                            "community.member.focal-point.not-nso",
                            person.displayName(),
                            person.organisationKind().label()));
        }
        if (person.country().equals(membership.focalPointCountry())) {
            throw new ConflictException(Text.of(
                    "community.member.focal-point.already",
                    person.displayName(),
                    Profile.countryName(person.country())));
        }
        memberships.focalPoint(community.id(), person.country()).ifPresent(other -> {
            throw new ConflictException(
                    Text.of("community.member.focal-point.taken", Profile.countryName(person.country())));
        });
        try {
            memberships.setFocalPoint(community.id(), accountId, person.country());
        } catch (DuplicateKeyException e) {
            throw new ConflictException(
                    Text.of("community.member.focal-point.taken-meanwhile", Profile.countryName(person.country())));
        }
        audit.record(
                community.id(),
                actor.accountId(),
                accountId,
                "FOCAL_POINT_APPOINTED",
                "Focal point for " + Profile.countryName(person.country()),
                "");
    }
}
