package org.statcommons.community;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;

/** Withdraws a pending invitation: its link then says so and creates nothing. */
@Service
class RevokeInvitation {

    private final Permissions permissions;
    private final Invitations invitations;
    private final AuditEntries audit;
    private final Clock clock;

    RevokeInvitation(Permissions permissions, Invitations invitations, AuditEntries audit, Clock clock) {
        this.permissions = permissions;
        this.invitations = invitations;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    void revoke(Actor actor, Community community, long id) {
        permissions.require(actor, Action.INVITE_MEMBER, community.id());
        Invitation invitation = invitations.inCommunity(community, id);
        Instant now = clock.instant();
        if (!invitation.pending(now)) {
            throw new ConflictException(Text.of(
                    "community.invitation.already", Text.of("community.invitation-state." + invitation.state(now))));
        }
        invitations.revoke(id, now);
        audit.record(
                community.id(),
                actor.accountId(),
                null,
                "INVITATION_REVOKED",
                "Invitation to " + invitation.email() + " revoked",
                "");
    }
}
