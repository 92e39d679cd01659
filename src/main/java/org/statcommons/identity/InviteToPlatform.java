package org.statcommons.identity;

import java.time.Duration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/**
 * Invites someone to StatCommons itself (administrators and the platform secretariat): an e-mailed link that lets
 * the person create an account for that address, already verified since the link reached it. Community
 * invitations are the community feature's.
 */
@Service
class InviteToPlatform {

    static final Duration VALIDITY = Duration.ofDays(14);

    private final Permissions permissions;
    private final Accounts accounts;
    private final LinkTokens links;
    private final IdentityMailer mail;

    InviteToPlatform(Permissions permissions, Accounts accounts, LinkTokens links, IdentityMailer mail) {
        this.permissions = permissions;
        this.accounts = accounts;
        this.links = links;
        this.mail = mail;
    }

    /** E-mails the invitation; an address that already has an account is refused (the inviter may know that). */
    @Transactional
    void invite(Actor actor, NewPlatformInvitation invitation) {
        permissions.require(actor, Action.INVITE_TO_PLATFORM);
        Account inviter = accounts.existing(actor.accountId());
        String email = invitation.email().value();
        if (accounts.byEmail(invitation.email()).isPresent()) {
            throw new InvalidInputException("email", Text.of("identity.invite.has-account", email));
        }
        String secret = links.create(LinkTokens.Purpose.SIGN_UP_INVITATION, null, email, inviter.id(), VALIDITY);
        mail.invitation(email, invitation.language(), inviter.displayName(), invitation.message(), secret);
    }
}
