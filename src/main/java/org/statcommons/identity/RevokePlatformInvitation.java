package org.statcommons.identity;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;

/**
 * Withdraws an invitation to the platform that is still waiting, whoever sent it: its link then says it was
 * withdrawn. The link's row keeps who withdrew it and when.
 */
@Service
class RevokePlatformInvitation {

    private final Permissions permissions;
    private final LinkTokens links;

    RevokePlatformInvitation(Permissions permissions, LinkTokens links) {
        this.permissions = permissions;
        this.links = links;
    }

    /** Throws {@link ConflictException} when the invitation is no longer waiting. */
    @Transactional
    void revoke(Actor actor, long invitationId) {
        permissions.require(actor, Action.INVITE_TO_PLATFORM);
        if (!links.revoke(LinkTokens.Purpose.SIGN_UP_INVITATION, invitationId, actor.accountId())) {
            throw new ConflictException(Text.of("identity.invite.not-waiting"));
        }
    }
}
