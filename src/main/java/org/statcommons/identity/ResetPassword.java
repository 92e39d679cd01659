package org.statcommons.identity;

import java.time.Duration;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.platform.EmailAddress;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * Password reset by a single-use link valid for one hour. Asking for one answers the same whatever the
 * address; setting the new password ends every other session of the account.
 */
@Service
class ResetPassword {

    static final Duration VALIDITY = Duration.ofHours(1);
    /** Enough for a lost message or two; a stranger cannot flood someone's mailbox. */
    static final int MAX_LINKS_PER_HOUR = 3;

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final LinkTokens links;
    private final IdentityMailer mail;
    private final OrganisationDomains organisationDomains;

    ResetPassword(
            Accounts accounts,
            PasswordEncoder passwords,
            LinkTokens links,
            IdentityMailer mail,
            OrganisationDomains organisationDomains) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.links = links;
        this.mail = mail;
        this.organisationDomains = organisationDomains;
    }

    /**
     * E-mails a link when the address belongs to an active account; does nothing visible otherwise. An address of a
     * domain that signs in only with its organisation's account is told so (of the domain, whoever has an account).
     */
    @Transactional
    void request(EmailAddress email) {
        organisationDomains.passwordRefusal(email).ifPresent(refusal -> {
            throw new InvalidInputException("email", refusal);
        });
        Optional<Account> account = accounts.byEmail(email).filter(Account::active);
        if (account.isEmpty()
                || links.createdSince(
                                LinkTokens.Purpose.RESET_PASSWORD, account.get().id(), Duration.ofHours(1))
                        >= MAX_LINKS_PER_HOUR) {
            return;
        }
        links.revokeAll(LinkTokens.Purpose.RESET_PASSWORD, account.get().id());
        String secret =
                links.create(LinkTokens.Purpose.RESET_PASSWORD, account.get().id(), email.value(), null, VALIDITY);
        mail.passwordReset(account.get().email(), account.get().displayName(), secret);
    }

    /**
     * Sets the new password, ends the account's sessions and uses the link up. A password that breaks the rules
     * leaves the link usable; a link that cannot be used, or a suspended account, is 410.
     */
    @Transactional
    Account complete(String secret, String password) {
        LinkTokens.Link link = links.use(LinkTokens.Purpose.RESET_PASSWORD, secret);
        Account account = accounts.byId(link.accountId())
                .filter(Account::active)
                .orElseThrow(() -> LinkTokens.Purpose.RESET_PASSWORD.refused(Text.of("identity.link.suspended")));
        TextInput input = new TextInput();
        PasswordRules.check(input, "password", password, account.email());
        input.throwIfInvalid();
        accounts.updatePassword(account.id(), passwords.encode(password));
        // the link reached the mailbox, which proves the address
        accounts.markVerified(account.id());
        return accounts.byId(account.id()).orElseThrow();
    }
}
