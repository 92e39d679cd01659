package org.statcommons.community;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.SecretTokens;
import org.statcommons.platform.Text;
import org.statcommons.platform.i18n.Language;

/**
 * Sends an invitation already allowed by its caller (an invitation form, an approved nomination), in the
 * caller's transaction. Its link works once, for 14 days, and only for that address; an earlier invitation to the
 * same address stays valid (whichever link is used first makes the person a member and withdraws the others), so
 * that inviting again never silently breaks a link someone already has.
 */
@Component
class InvitationSender {

    static final Duration VALID_FOR = Duration.ofDays(14);

    private final Communities communities;
    private final Invitations invitations;
    private final Memberships memberships;
    private final AuditEntries audit;
    private final Accounts accounts;
    private final SecretTokens secrets;
    private final CommunityMail mail;
    private final Clock clock;

    InvitationSender(
            Communities communities,
            Invitations invitations,
            Memberships memberships,
            AuditEntries audit,
            Accounts accounts,
            SecretTokens secrets,
            CommunityMail mail,
            Clock clock) {
        this.communities = communities;
        this.invitations = invitations;
        this.memberships = memberships;
        this.audit = audit;
        this.accounts = accounts;
        this.secrets = secrets;
        this.mail = mail;
        this.clock = clock;
    }

    /** {@code nominationId}: the nomination it comes from, or null. */
    Invitation send(long invitedBy, Community community, NewInvitation invitation, Long nominationId) {
        String email = invitation.email().value();
        communities.lock(community.id());
        accounts.byEmail(invitation.email())
                .flatMap(account -> memberships.current(community.id(), account.id()))
                .ifPresent(m -> {
                    throw new ConflictException(Text.of("community.invitation.member-already", email));
                });
        Instant now = clock.instant();
        String secret = secrets.newSecret();
        long id = invitations.insert(
                community.id(), invitation, secret, invitedBy, now, now.plus(VALID_FOR), nominationId);
        Language language = accounts.languageOf(email, invitation.language());
        mail.invitation(
                email,
                language,
                invitation.name(),
                community,
                accounts.byId(invitedBy).map(Account::displayName),
                invitation.role(),
                invitation.guestUntil(),
                invitation.message(),
                secret);
        String role = invitation.role().label()
                + (invitation.guestUntil() == null ? "" : " until " + invitation.guestUntil());
        String who = invitation.name().isBlank() ? email : invitation.name() + " <" + email + ">";
        audit.record(community.id(), invitedBy, null, "INVITED", who + " invited as " + role, "");
        return invitations.inCommunity(community, id);
    }
}
