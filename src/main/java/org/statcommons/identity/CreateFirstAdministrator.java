package org.statcommons.identity;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.PlatformRole;

/** The set-up link's one use: the first administrator's account, created in the transaction that spends the link. */
@Service
class CreateFirstAdministrator {

    private final Accounts accounts;
    private final LinkTokens links;
    private final CreateAccount createAccount;

    CreateFirstAdministrator(Accounts accounts, LinkTokens links, CreateAccount createAccount) {
        this.accounts = accounts;
        this.links = links;
        this.createAccount = createAccount;
    }

    /**
     * @throws org.statcommons.platform.GoneException when the link was used or expired meanwhile
     * @throws org.statcommons.platform.ConflictException when the address typed has an account already
     */
    @Transactional
    Account create(String secret, NewAccount administrator) {
        accounts.lockForSetUp();
        links.use(LinkTokens.Purpose.SETUP, secret);
        return createAccount.create(administrator, PlatformRole.ADMINISTRATOR);
    }
}
