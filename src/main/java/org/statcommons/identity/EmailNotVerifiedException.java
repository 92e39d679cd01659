package org.statcommons.identity;

import org.springframework.security.authentication.AccountStatusException;

/**
 * The password was right but the address was never confirmed. Only said after a correct password, so it
 * tells a stranger nothing.
 */
class EmailNotVerifiedException extends AccountStatusException {

    static final String MESSAGE =
            "Please confirm your e-mail address first: open the link we sent you when you signed up.";

    private final long accountId;

    EmailNotVerifiedException(long accountId) {
        super(MESSAGE);
        this.accountId = accountId;
    }

    long accountId() {
        return accountId;
    }
}
