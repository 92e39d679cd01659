package org.statcommons.identity;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.platform.EmailAddress;
import org.statcommons.platform.Text;

/** The link sent to a new address, opened: the account now uses that address. */
@Service
class ConfirmEmailChange {

    static final Text TAKEN = Text.of("identity.email.taken");

    private final Accounts accounts;
    private final LinkTokens links;

    ConfirmEmailChange(Accounts accounts, LinkTokens links) {
        this.accounts = accounts;
        this.links = links;
    }

    /** A link that cannot be used, or an address taken meanwhile, is 410: the link can never work again. */
    @Transactional
    Account confirm(String secret) {
        LinkTokens.Link link = links.use(LinkTokens.Purpose.CHANGE_EMAIL, secret);
        EmailAddress email = new EmailAddress(link.email());
        if (accounts.byEmail(email).isPresent()) {
            throw LinkTokens.Purpose.CHANGE_EMAIL.refused(TAKEN);
        }
        try {
            accounts.updateEmail(link.accountId(), email);
        } catch (DuplicateKeyException e) {
            // another account took the address between the look and the change
            throw LinkTokens.Purpose.CHANGE_EMAIL.refused(TAKEN);
        }
        return accounts.byId(link.accountId()).orElseThrow();
    }
}
