package org.statcommons.community;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.Permissions;

/**
 * Invites someone by e-mail, also a person without an account. Those who may invite invite members and guests;
 * a role that runs the community needs {@link Action#INVITE_WITH_ROLE}.
 */
@Service
class InviteMember {

    private static final Set<CommunityRole> NEEDS_INVITE_WITH_ROLE = EnumSet.of(
            CommunityRole.SECRETARIAT, CommunityRole.LEADER, CommunityRole.MODERATOR, CommunityRole.FACILITATOR);

    private final Permissions permissions;
    private final InvitationSender sender;

    InviteMember(Permissions permissions, InvitationSender sender) {
        this.permissions = permissions;
        this.sender = sender;
    }

    @Transactional
    Invitation invite(Actor actor, Community community, NewInvitation invitation) {
        permissions.require(actor, Action.INVITE_MEMBER, community.id());
        if (NEEDS_INVITE_WITH_ROLE.contains(invitation.role())) {
            permissions.require(actor, Action.INVITE_WITH_ROLE, community.id());
        }
        return sender.send(actor.accountId(), community, invitation, null);
    }
}
