package org.statcommons.identity;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.PlatformRole;
import org.statcommons.platform.EmailAddress;

/** The set-up link's one use: the first administrator's account, created in the transaction that spends the link. */
@Service
class CreateFirstAdministrator {

    private final Accounts accounts;
    private final LinkTokens links;
    private final AccountRegistration registration;

    CreateFirstAdministrator(Accounts accounts, LinkTokens links, AccountRegistration registration) {
        this.accounts = accounts;
        this.links = links;
        this.registration = registration;
    }

    /**
     * @throws org.statcommons.platform.ConflictException when the link was used or expired meanwhile
     * @throws org.statcommons.platform.InvalidInputException when the form is not filled in correctly
     */
    @Transactional
    Account create(String secret, AccountForm form) {
        accounts.lockForSetUp();
        links.use(LinkTokens.Purpose.SETUP, secret);
        EmailAddress email = EmailAddress.parse("email", form.getEmail());
        return registration.createVerified(email, form.newAccount(), PlatformRole.ADMINISTRATOR);
    }
}
