package org.statcommons.identity;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.access.PlatformRole;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;

/**
 * An administrator suspends an account, or reactivates it. Either way the account's sessions end at their next
 * request; while it is suspended its tokens stop working. Nobody suspends themselves or the last administrator.
 */
@Service
class SuspendAccount {

    private final Permissions permissions;
    private final Accounts accounts;

    SuspendAccount(Permissions permissions, Accounts accounts) {
        this.permissions = permissions;
        this.accounts = accounts;
    }

    @Transactional
    Account suspend(Actor actor, long accountId) {
        permissions.require(actor, Action.MANAGE_PLATFORM);
        Account account = accounts.existing(accountId);
        if (accountId == actor.accountId()) {
            throw new ConflictException(Text.of("identity.admin.suspend.self"));
        }
        if (!account.active()) {
            return account;
        }
        if (account.platformRole() == PlatformRole.ADMINISTRATOR) {
            ChangePlatformRole.keepAnAdministrator(accounts, account);
        }
        accounts.updateActive(accountId, false);
        return accounts.existing(accountId);
    }

    @Transactional
    Account reactivate(Actor actor, long accountId) {
        permissions.require(actor, Action.MANAGE_PLATFORM);
        Account account = accounts.existing(accountId);
        if (accounts.closedAt(accountId).isPresent()) {
            // a closed account's profile and sign-in are gone: the person is invited again, as anyone new
            throw new ConflictException(Text.of("identity.close.no-reactivation"));
        }
        if (!account.active()) {
            accounts.updateActive(accountId, true);
        }
        return accounts.existing(accountId);
    }
}
