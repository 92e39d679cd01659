package org.statcommons.identity;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.access.PlatformRole;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * Closes an account (GDPR article 17; docs/identity.md "Closing an account"), by its owner, who proves it is them,
 * or by an administrator on the person's request, with a reason. In one transaction: the account signs in no more
 * (no password, its sessions end at their next request, its tokens, links and organisation sign-ins are deleted), its
 * profile becomes "Former member" and its address is freed, and the audit records who closed it and whether removal
 * was asked. Everything else (memberships, notices, copies of the name, removals) is each feature's reaction to
 * {@link AccountClosed}, after commit. The last administrator's account stays open: the platform would have nobody to
 * run it.
 */
@Service
class CloseAccount {

    static final int REASON_MAX = 1000;

    private final Permissions permissions;
    private final Accounts accounts;
    private final AccessTokens tokens;
    private final LinkTokens links;
    private final OrganisationIdentities identities;
    private final CurrentPasswordChecker currentPassword;
    private final AccountAuditEntries audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CloseAccount(
            Permissions permissions,
            Accounts accounts,
            AccessTokens tokens,
            LinkTokens links,
            OrganisationIdentities identities,
            CurrentPasswordChecker currentPassword,
            AccountAuditEntries audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.permissions = permissions;
        this.accounts = accounts;
        this.tokens = tokens;
        this.links = links;
        this.identities = identities;
        this.currentPassword = currentPassword;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The person closes their own account, with their password (or, without one, their address typed again). */
    @Transactional
    void own(Actor actor, AccountClosingRequest request) {
        permissions.require(actor, Action.CLOSE_OWN_ACCOUNT);
        Account account = accounts.existing(actor.accountId());
        TextInput input = new TextInput();
        if (accounts.passwordHash(account.id()).isPresent()) {
            currentPassword.check(input, account.id(), request.currentPassword());
        } else if (request.confirmation() == null
                || !request.confirmation().strip().equalsIgnoreCase(account.email())) {
            input.error("confirmation", Text.of("identity.close.confirmation-wrong"));
        }
        input.throwIfInvalid();
        close(account, actor, request.removalAsked(), "");
    }

    /** An administrator closes someone's account on their request; the reason is kept in the audit. */
    @Transactional
    Account onRequest(Actor actor, long accountId, AccountClosingRequest request) {
        permissions.require(actor, Action.ACT_ON_PERSONAL_DATA_REQUESTS);
        TextInput input = new TextInput();
        String reason = input.line("reason", Text.of("identity.close.reason"), request.reason(), REASON_MAX, true);
        input.throwIfInvalid();
        Account account = accounts.existing(accountId);
        close(account, actor, request.removalAsked(), reason);
        return accounts.existing(accountId);
    }

    private void close(Account account, Actor actor, boolean removeContributions, String reason) {
        accounts.lock(account.id());
        if (accounts.closedAt(account.id()).isPresent()) {
            throw new ConflictException(Text.of("identity.close.closed-already"));
        }
        if (account.platformRole() == PlatformRole.ADMINISTRATOR && accounts.lockActiveAdministrators() <= 1) {
            throw new ConflictException(Text.of("identity.close.last-administrator"));
        }
        accounts.close(account.id());
        tokens.deleteAll(account.id());
        links.deleteFor(account.id());
        identities.unlinkAll(account.id());
        audit.record(
                account.id(),
                actor.accountId(),
                AccountAuditEntries.Kind.ACCOUNT_CLOSED,
                removeContributions,
                reason,
                clock.instant());
        events.publishEvent(new AccountClosed(
                account.id(), removeContributions, actor.accountId(), account.displayName(), account.email()));
    }
}
