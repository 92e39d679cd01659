package org.statcommons.community;

import java.time.LocalDate;

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
import org.statcommons.platform.TextInput;

/**
 * Changes to existing memberships: leaving, removal with a reason, a new role or guest end date, and
 * country focal points. Each change and its audit entry are written in one transaction, under the
 * community's lock so that two secretariat members cannot together remove the last secretariat.
 */
@Service
class MemberChanges {

    static final int REASON_MAX = 2000;

    private final Permissions permissions;
    private final Communities communities;
    private final Memberships memberships;
    private final AuditLog audit;
    private final Accounts accounts;
    private final CommunityMail mail;
    private final CommunityActivities activities;

    MemberChanges(Permissions permissions, Communities communities, Memberships memberships, AuditLog audit,
                  Accounts accounts, CommunityMail mail, CommunityActivities activities) {
        this.permissions = permissions;
        this.communities = communities;
        this.memberships = memberships;
        this.audit = audit;
        this.accounts = accounts;
        this.mail = mail;
        this.activities = activities;
    }

    @Transactional
    public void leave(Actor actor, Community community) {
        permissions.require(actor, Action.LEAVE_COMMUNITY, community.id());
        communities.lock(community.id());
        Membership membership = current(community, actor.accountId());
        refuseLastSecretariat(community, membership, "You are the last secretariat member, so you cannot leave. "
                + "Give the secretariat role to someone else first.");
        memberships.delete(community.id(), actor.accountId());
        audit.record(community.id(), actor.accountId(), actor.accountId(), "LEFT",
                "Left (was " + membership.role().label() + ")", "");
    }

    @Transactional
    public void remove(Actor actor, Community community, long accountId, String reason) {
        permissions.require(actor, Action.REMOVE_MEMBER, community.id());
        TextInput input = new TextInput();
        String why = input.block("reason", "Reason", reason, REASON_MAX, true);
        input.throwIfInvalid();
        communities.lock(community.id());
        Membership membership = memberships.find(community.id(), accountId)
                .orElseThrow(() -> new NotFoundException("This person is not a member of the community."));
        refuseLastSecretariat(community, membership, "This is the last secretariat member; they cannot be removed.");
        memberships.delete(community.id(), accountId);
        audit.record(community.id(), actor.accountId(), accountId, "REMOVED",
                "Removed (was " + membership.role().label() + ")", why);
        accounts.byId(accountId).ifPresent(person -> mail.removed(person.email(), community, why));
        activities.removed(community, actor.accountId(), accountId, why);
    }

    /** A new role; a guest needs a last day in the future, other roles have none. */
    @Transactional
    public void changeRole(Actor actor, Community community, long accountId, String typedRole, String typedGuestUntil,
                           String reason) {
        permissions.require(actor, Action.CHANGE_ROLE, community.id());
        TextInput input = new TextInput();
        CommunityRole role = RoleInput.role(input, typedRole);
        LocalDate until = RoleInput.guestUntil(input, role, typedGuestUntil);
        String why = input.block("reason", "Reason", reason, REASON_MAX, false);
        input.throwIfInvalid();
        communities.lock(community.id());
        Membership membership = current(community, accountId);
        if (membership.role() == role && java.util.Objects.equals(membership.guestUntil(), until)) {
            throw new ConflictException("This member already has that role.");
        }
        if (role != CommunityRole.SECRETARIAT) {
            refuseLastSecretariat(community, membership, "This is the last secretariat member. "
                    + "Give the secretariat role to someone else before changing theirs.");
        }
        memberships.changeRole(community.id(), accountId, role, until);
        String detail = membership.role().label() + " → " + role.label()
                + (until == null ? "" : " until " + until);
        audit.record(community.id(), actor.accountId(), accountId, "ROLE_CHANGED", detail, why);
        if (role == CommunityRole.GUEST && membership.focalPointCountry() != null) {
            audit.record(community.id(), actor.accountId(), accountId, "FOCAL_POINT_ENDED",
                    "No longer focal point for " + Profile.countryName(membership.focalPointCountry()) + " (now a guest)", why);
        }
    }

    /**
     * Makes a member the focal point for their account's country, or (with {@code appoint} false) ends
     * their duty. At most one per country: an existing focal point must be ended first.
     */
    @Transactional
    public void focalPoint(Actor actor, Community community, long accountId, boolean appoint) {
        permissions.require(actor, Action.APPOINT_FOCAL_POINT, community.id());
        communities.lock(community.id());
        Membership membership = current(community, accountId);
        Account person = accounts.byId(accountId)
                .orElseThrow(() -> new NotFoundException("This person no longer has an account."));
        if (!appoint) {
            if (membership.focalPointCountry() == null) {
                throw new ConflictException(person.displayName() + " is not a focal point.");
            }
            memberships.setFocalPoint(community.id(), accountId, null);
            audit.record(community.id(), actor.accountId(), accountId, "FOCAL_POINT_ENDED",
                    "No longer focal point for " + Profile.countryName(membership.focalPointCountry()), "");
            return;
        }
        if (membership.role() == CommunityRole.GUEST) {
            throw new InvalidInputException("focalPoint", "A guest cannot be a country focal point.");
        }
        if (person.country() == null) {
            throw new InvalidInputException("focalPoint", person.displayName() + "'s profile names no country.");
        }
        if (person.organisationKind() != OrganisationKind.NATIONAL_STATISTICAL_OFFICE) {
            throw new InvalidInputException("focalPoint", "A focal point must work for their country's national "
                    + "statistical office; " + person.displayName() + "'s profile says "
                    + person.organisationKind().label() + ".");
        }
        if (person.country().equals(membership.focalPointCountry())) {
            throw new ConflictException(person.displayName() + " is already the focal point for "
                    + Profile.countryName(person.country()) + ".");
        }
        memberships.focalPoint(community.id(), person.country()).ifPresent(other -> {
            throw new ConflictException(Profile.countryName(person.country()) + " already has a focal point. "
                    + "End their duty first.");
        });
        try {
            memberships.setFocalPoint(community.id(), accountId, person.country());
        } catch (DuplicateKeyException e) {
            throw new ConflictException(Profile.countryName(person.country()) + " already has a focal point.");
        }
        audit.record(community.id(), actor.accountId(), accountId, "FOCAL_POINT_APPOINTED",
                "Focal point for " + Profile.countryName(person.country()), "");
    }

    private Membership current(Community community, long accountId) {
        return memberships.find(community.id(), accountId).filter(m -> !m.expired(LocalDate.now()))
                .orElseThrow(() -> new NotFoundException("This person is not a member of the community."));
    }

    private void refuseLastSecretariat(Community community, Membership membership, String message) {
        if (membership.role() == CommunityRole.SECRETARIAT
                && memberships.countWithRole(community.id(), CommunityRole.SECRETARIAT) <= 1) {
            throw new ConflictException(message);
        }
    }
}
