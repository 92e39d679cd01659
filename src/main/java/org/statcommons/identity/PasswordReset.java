package org.statcommons.identity;

import java.time.Duration;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.EmailAddress;
import org.statcommons.platform.TextInput;

/**
 * Password reset by a single-use link valid for one hour. Asking for one answers the same whatever the
 * address; setting the new password ends every other session of the account.
 */
@Service
class PasswordReset {

    static final Duration VALIDITY = Duration.ofHours(1);
    /** Enough for a lost message or two; a stranger cannot flood someone's mailbox. */
    static final int MAX_LINKS_PER_HOUR = 3;

    private final Accounts accounts;
    private final AccountRegistration registration;
    private final PasswordRules passwordRules;
    private final LinkTokens links;
    private final IdentityMail mail;

    PasswordReset(Accounts accounts, AccountRegistration registration, PasswordRules passwordRules, LinkTokens links,
                  IdentityMail mail) {
        this.accounts = accounts;
        this.registration = registration;
        this.passwordRules = passwordRules;
        this.links = links;
        this.mail = mail;
    }

    /** E-mails a link when the address belongs to an active account; does nothing visible otherwise. */
    @Transactional
    public void request(EmailAddress email) {
        Optional<Account> account = accounts.byEmail(email).filter(Account::active);
        if (account.isEmpty()
                || links.createdSince(LinkTokens.Purpose.RESET_PASSWORD, account.get().id(), Duration.ofHours(1)) >= MAX_LINKS_PER_HOUR) {
            return;
        }
        links.revokeAll(LinkTokens.Purpose.RESET_PASSWORD, account.get().id());
        String secret = links.create(LinkTokens.Purpose.RESET_PASSWORD, account.get().id(), email.value(), null, VALIDITY);
        mail.passwordReset(account.get().email(), account.get().displayName(), secret);
    }

    boolean usable(String secret) {
        return links.peek(LinkTokens.Purpose.RESET_PASSWORD, secret).isPresent();
    }

    String refusal(String secret) {
        return links.refusal(LinkTokens.Purpose.RESET_PASSWORD, secret);
    }

    /**
     * Sets the new password, ends the account's sessions and uses the link up. A password that breaks the rules
     * leaves the link usable.
     */
    @Transactional
    public Account complete(String secret, String password) {
        LinkTokens.Link link = links.use(LinkTokens.Purpose.RESET_PASSWORD, secret);
        Account account = accounts.byId(link.accountId()).filter(Account::active)
                .orElseThrow(() -> new ConflictException("This account is suspended. Please contact the administrators."));
        TextInput input = new TextInput();
        passwordRules.check(input, "password", password, account.email());
        input.throwIfInvalid();
        accounts.updatePassword(account.id(), registration.hash(password));
        // the link reached the mailbox, which proves the address
        accounts.markVerified(account.id());
        return accounts.byId(account.id()).orElseThrow();
    }
}
