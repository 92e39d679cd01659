package org.statcommons.community;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.PlatformRole;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.identity.CreateAccount;
import org.statcommons.identity.NewAccount;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.EmailAddress;
import org.statcommons.platform.Text;

/**
 * Accepts an invitation from its link: a signed-in person whose address it was sent to, or a newcomer who
 * creates their account for that address in the same transaction. Either accepts the current code of conduct;
 * the version is recorded.
 */
@Service
class AcceptInvitation {

    private final Communities communities;
    private final Invitations invitations;
    private final Memberships memberships;
    private final CodesOfConduct conduct;
    private final AuditEntries audit;
    private final CreateAccount createAccount;
    private final Accounts accounts;
    private final CommunityActivityPublisher activity;
    private final Clock clock;

    AcceptInvitation(
            Communities communities,
            Invitations invitations,
            Memberships memberships,
            CodesOfConduct conduct,
            AuditEntries audit,
            CreateAccount createAccount,
            Accounts accounts,
            CommunityActivityPublisher activity,
            Clock clock) {
        this.communities = communities;
        this.invitations = invitations;
        this.memberships = memberships;
        this.conduct = conduct;
        this.audit = audit;
        this.createAccount = createAccount;
        this.accounts = accounts;
        this.activity = activity;
        this.clock = clock;
    }

    /** Why a link cannot be used at {@code now} (null when it can): unknown, used, withdrawn or expired. */
    static Text refusal(Optional<Invitation> invitation, Instant now) {
        return invitation.isEmpty()
                ? Text.of("community.invitation.refused.invalid")
                : invitation.get().refusal(now);
    }

    /** A signed-in person accepts; the invitation must be addressed to their e-mail. */
    @Transactional
    Community accept(Account account, String secret, ConductConsent consent) {
        Invitation invitation = usable(secret);
        if (!invitation.email().equalsIgnoreCase(account.email())) {
            throw new ConflictException(Text.of("community.invitation.other-address", account.email()));
        }
        Community community = communities.byId(invitation.communityId()).orElseThrow();
        communities.lock(community.id());
        if (memberships.current(community.id(), account.id()).isPresent()) {
            throw new ConflictException(Text.of("community.invitation.already-member", community.name()));
        }
        int version = consent.check(conduct.current(community.id()));
        join(invitation, community, account.id(), version, "Accepted invitation");
        // invited by the community: the limits for new accounts of open sign-up no longer apply
        accounts.vouch(account.id());
        return community;
    }

    /** A newcomer accepts and creates their account for the invited address; returns the account and community. */
    @Transactional
    Accepted acceptWithNewAccount(String secret, NewAccount typed, ConductConsent consent) {
        Invitation invitation = usable(secret);
        Community community = communities.byId(invitation.communityId()).orElseThrow();
        int version = consent.check(conduct.current(community.id()));
        // the account is for the address the invitation was sent to, whatever the command says
        Account account = createAccount.create(
                new NewAccount(new EmailAddress(invitation.email()), typed.password(), typed.profile()),
                PlatformRole.NONE);
        communities.lock(community.id());
        join(invitation, community, account.id(), version, "Accepted invitation and created an account");
        return new Accepted(account, community);
    }

    /** The newcomer's new account and the community they joined. */
    record Accepted(Account account, Community community) {}

    private Invitation usable(String secret) {
        Instant now = clock.instant();
        Text refusal = refusal(invitations.bySecret(secret, false), now);
        if (refusal != null) {
            throw new ConflictException(refusal);
        }
        // lock, then look again: two clicks at once must not both succeed
        Invitation invitation = invitations.bySecret(secret, true).orElseThrow();
        refusal = invitation.refusal(now);
        if (refusal != null) {
            throw new ConflictException(refusal);
        }
        if (invitation.guestUntil() != null && invitation.guestUntil().isBefore(LocalDate.now(clock))) {
            throw new ConflictException(Text.of(
                    "community.invitation.guest-period-over",
                    invitation.guestUntil().toString()));
        }
        return invitation;
    }

    private void join(Invitation invitation, Community community, long accountId, int version, String how) {
        Instant now = clock.instant();
        invitations.accepted(invitation.id(), accountId, now);
        // the person is in: other links sent to the same address have nothing left to do
        invitations.revokePendingTo(community.id(), invitation.email(), now);
        memberships.upsert(community.id(), accountId, invitation.role(), invitation.guestUntil(), version, now);
        audit.record(
                community.id(),
                accountId,
                accountId,
                "JOINED",
                how + " as " + invitation.role().label()
                        + (invitation.guestUntil() == null ? "" : " until " + invitation.guestUntil())
                        + ", accepted code of conduct version " + version,
                "");
        activity.joined(community, accountId);
    }
}
