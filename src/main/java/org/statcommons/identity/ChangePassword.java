package org.statcommons.identity;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.platform.TextInput;

/** One's own password changed, the current one given as proof; the account's other sessions end and it is told. */
@Service
class ChangePassword {

    private final Accounts accounts;
    private final CurrentPasswordChecker currentPassword;
    private final PasswordEncoder passwords;
    private final IdentityMailer mail;

    ChangePassword(
            Accounts accounts, CurrentPasswordChecker currentPassword, PasswordEncoder passwords, IdentityMailer mail) {
        this.accounts = accounts;
        this.currentPassword = currentPassword;
        this.passwords = passwords;
        this.mail = mail;
    }

    /** Returns the account to sign in again: its session version has moved on. */
    @Transactional
    Account change(long accountId, PasswordChange change) {
        Account account = accounts.byId(accountId).orElseThrow();
        TextInput input = new TextInput();
        currentPassword.check(input, accountId, change.currentPassword());
        PasswordRules.check(input, "newPassword", change.newPassword(), account.email());
        input.throwIfInvalid();
        accounts.updatePassword(accountId, passwords.encode(change.newPassword()));
        mail.passwordChanged(account.email(), account.displayName());
        return accounts.byId(accountId).orElseThrow();
    }
}
