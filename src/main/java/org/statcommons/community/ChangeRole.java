package org.statcommons.community;

import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.Permissions;
import org.statcommons.identity.Profile;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;

/**
 * Gives a member a new role (a guest with a last day). The last secretariat member keeps theirs; a guest stops
 * being a country focal point.
 */
@Service
class ChangeRole {

    private final Permissions permissions;
    private final Communities communities;
    private final Memberships memberships;
    private final AuditEntries audit;

    ChangeRole(Permissions permissions, Communities communities, Memberships memberships, AuditEntries audit) {
        this.permissions = permissions;
        this.communities = communities;
        this.memberships = memberships;
        this.audit = audit;
    }

    @Transactional
    void change(Actor actor, Community community, long accountId, RoleChange change) {
        permissions.require(actor, Action.CHANGE_ROLE, community.id());
        communities.lock(community.id());
        Membership membership = memberships.currentIn(community, accountId);
        CommunityRole role = change.role();
        if (membership.role() == role && Objects.equals(membership.guestUntil(), change.guestUntil())) {
            throw new ConflictException(Text.of("community.member.same-role"));
        }
        if (role != CommunityRole.SECRETARIAT && memberships.lastSecretariat(membership)) {
            throw new ConflictException(Text.of("community.member.last-secretariat.role"));
        }
        memberships.changeRole(community.id(), accountId, role, change.guestUntil());
        String detail = membership.role().label() + " → " + role.label()
                + (change.guestUntil() == null ? "" : " until " + change.guestUntil());
        audit.record(community.id(), actor.accountId(), accountId, "ROLE_CHANGED", detail, change.reason());
        if (role == CommunityRole.GUEST && membership.focalPointCountry() != null) {
            audit.record(
                    community.id(),
                    actor.accountId(),
                    accountId,
                    "FOCAL_POINT_ENDED",
                    "No longer focal point for " + Profile.countryName(membership.focalPointCountry())
                            + " (now a guest)",
                    change.reason());
        }
    }
}
