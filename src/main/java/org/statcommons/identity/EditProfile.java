package org.statcommons.identity;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One's own profile changed (a bio a moderator hid stays as it was). */
@Service
class EditProfile {

    private final Accounts accounts;

    EditProfile(Accounts accounts) {
        this.accounts = accounts;
    }

    @Transactional
    Account edit(long accountId, Profile profile) {
        accounts.updateProfile(accountId, profile);
        return accounts.byId(accountId).orElseThrow();
    }
}
