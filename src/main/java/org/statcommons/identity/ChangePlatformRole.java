package org.statcommons.identity;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.access.PlatformRole;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;

/** An administrator gives an account a platform role; the server always keeps an active administrator. */
@Service
class ChangePlatformRole {

    private final Permissions permissions;
    private final Accounts accounts;

    ChangePlatformRole(Permissions permissions, Accounts accounts) {
        this.permissions = permissions;
        this.accounts = accounts;
    }

    @Transactional
    Account change(Actor actor, long accountId, PlatformRole role) {
        permissions.require(actor, Action.MANAGE_PLATFORM);
        Account account = accounts.existing(accountId);
        if (account.platformRole() == PlatformRole.ADMINISTRATOR
                && role != PlatformRole.ADMINISTRATOR
                && account.active()) {
            keepAnAdministrator(accounts, account);
        }
        accounts.updateRole(accountId, role);
        return accounts.existing(accountId);
    }

    /** Refuses a change that would leave no active administrator (counted under a lock: two at once cannot). */
    static void keepAnAdministrator(Accounts accounts, Account account) {
        if (accounts.lockActiveAdministrators() <= 1) {
            throw new ConflictException(Text.of("identity.admin.last-administrator", account.displayName()));
        }
    }
}
