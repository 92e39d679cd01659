package org.statcommons.community;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.Permissions;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.EmailAddress;

/**
 * The secretariat approves a nomination, which sends the colleague an invitation as member with the reason
 * and the note, or declines it, and the nominating member is told.
 */
@Service
class DecideNomination {

    private final Permissions permissions;
    private final Communities communities;
    private final Nominations nominations;
    private final InvitationSender invitations;
    private final AuditEntries audit;
    private final Accounts accounts;
    private final CommunityMail mail;
    private final Clock clock;

    DecideNomination(
            Permissions permissions,
            Communities communities,
            Nominations nominations,
            InvitationSender invitations,
            AuditEntries audit,
            Accounts accounts,
            CommunityMail mail,
            Clock clock) {
        this.permissions = permissions;
        this.communities = communities;
        this.nominations = nominations;
        this.invitations = invitations;
        this.audit = audit;
        this.accounts = accounts;
        this.mail = mail;
        this.clock = clock;
    }

    @Transactional
    void decide(Actor actor, Community community, long id, Decision decision, String note) {
        permissions.require(actor, Action.DECIDE_MEMBERSHIP, community.id());
        String text = Decision.note(note);
        communities.lock(community.id());
        Nominations.Nomination nomination = nominations.lockPending(community, id);
        nominations.decide(id, decision, actor.accountId(), text, clock.instant());
        String nominee = nomination.name() + " <" + nomination.email() + ">";
        if (decision.approved()) {
            String nominator = accounts.byId(nomination.nominatedBy())
                    .map(Account::displayName)
                    .orElse("A member");
            String message =
                    nominator + " nominated you: " + nomination.reason() + (text.isBlank() ? "" : "\n\n" + text);
            invitations.send(
                    actor.accountId(),
                    community,
                    new NewInvitation(new EmailAddress(nomination.email()), CommunityRole.MEMBER, null, message),
                    id);
            audit.record(community.id(), actor.accountId(), null, "NOMINATION_APPROVED", nominee + " invited", text);
        } else {
            audit.record(
                    community.id(), actor.accountId(), null, "NOMINATION_DECLINED", nominee + " not invited", text);
            accounts.byId(nomination.nominatedBy())
                    .ifPresent(a -> mail.nominationDeclined(a.email(), community, nomination.name(), text));
        }
    }
}
