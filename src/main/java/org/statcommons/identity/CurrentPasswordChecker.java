package org.statcommons.identity;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/** Checks the current password that changing one's password or address asks for as proof. */
@Component
class CurrentPasswordChecker {

    private final Accounts accounts;
    private final PasswordEncoder passwords;

    CurrentPasswordChecker(Accounts accounts, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    /** Adds a message on {@code currentPassword} to {@code input} when the typed password is not the account's. */
    void check(TextInput input, long accountId, String typed) {
        String hash = accounts.passwordHash(accountId).orElse(null);
        if (hash == null || typed == null || !passwords.matches(typed, hash)) {
            input.error("currentPassword", Text.of("identity.password.current-wrong"));
        }
    }
}
