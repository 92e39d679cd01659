package org.statcommons.identity;

import org.springframework.security.authentication.AccountStatusException;
import org.statcommons.platform.Text;

/**
 * The password was right but the address was never confirmed. Only said after a correct password, so it
 * tells a stranger nothing.
 */
class EmailNotVerifiedException extends AccountStatusException {

    static final Text MESSAGE = Text.of("identity.sign-in.unverified");

    private final long accountId;

    EmailNotVerifiedException(long accountId) {
        super(MESSAGE.english());
        this.accountId = accountId;
    }

    long accountId() {
        return accountId;
    }
}
