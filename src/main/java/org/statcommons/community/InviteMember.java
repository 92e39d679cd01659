package org.statcommons.community;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.Permissions;
import org.statcommons.platform.EmailAddress;
import org.statcommons.platform.i18n.Language;

/**
 * Invites someone by e-mail, also a person without an account. Those who may invite invite members and guests;
 * a role that runs the community needs {@link Action#INVITE_WITH_ROLE}. Public for other features that invite
 * people they have found (a membership drive's approved applicants): {@link #inviteAsMember}.
 */
@Service
public class InviteMember {

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

    /**
     * Invites one person as a member, the e-mail in {@code language} unless their account says otherwise; in the
     * caller's transaction. Refused ({@code ConflictException}) when the address is already a member's.
     *
     * @return the invitation's id
     */
    @Transactional
    public long inviteAsMember(
            Actor actor, Community community, EmailAddress email, String name, String organisation, Language language) {
        return invite(
                        actor,
                        community,
                        new NewInvitation(email, CommunityRole.MEMBER, null, "", name, organisation, language))
                .id();
    }
}
