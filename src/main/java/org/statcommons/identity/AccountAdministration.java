package org.statcommons.identity;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.PlatformRole;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.NotFoundException;

/**
 * Administrators' changes to other people's accounts: platform role, suspension. The server always keeps at
 * least one active administrator. Callers check {@code Action.MANAGE_PLATFORM} first.
 */
@Service
public class AccountAdministration {

    private final Accounts accounts;

    AccountAdministration(Accounts accounts) {
        this.accounts = accounts;
    }

    @Transactional
    public Account setRole(long accountId, PlatformRole role) {
        Account account = find(accountId);
        if (account.platformRole() == PlatformRole.ADMINISTRATOR && role != PlatformRole.ADMINISTRATOR && account.active()) {
            keepAnAdministrator(account);
        }
        accounts.updateRole(accountId, role);
        return find(accountId);
    }

    /** Suspends an account: its sessions end at their next request and its tokens stop working. */
    @Transactional
    public Account suspend(long actingAccountId, long accountId) {
        Account account = find(accountId);
        if (accountId == actingAccountId) {
            throw new ConflictException("You cannot suspend your own account.");
        }
        if (!account.active()) {
            return account;
        }
        if (account.platformRole() == PlatformRole.ADMINISTRATOR) {
            keepAnAdministrator(account);
        }
        accounts.updateActive(accountId, false);
        return find(accountId);
    }

    @Transactional
    public Account reactivate(long accountId) {
        Account account = find(accountId);
        if (!account.active()) {
            accounts.updateActive(accountId, true);
        }
        return find(accountId);
    }

    private void keepAnAdministrator(Account account) {
        if (accounts.lockActiveAdministrators() <= 1) {
            throw new ConflictException(account.displayName() + " is the last administrator; make someone else "
                    + "administrator first.");
        }
    }

    private Account find(long accountId) {
        return accounts.byId(accountId).orElseThrow(() -> new NotFoundException("There is no such account."));
    }
}
