package org.statcommons.identity;

import java.time.Duration;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.PlatformRole;
import org.statcommons.platform.InvalidInputException;

/**
 * Open registration with e-mail verification. Whether or not the address already has an account, the person
 * is told the same thing ("check your e-mail"); only the mailbox owner learns which it was.
 */
@Service
class SignUp {

    static final Duration VERIFICATION_VALIDITY = Duration.ofHours(24);
    /** A stranger typing someone's address should not be able to flood their mailbox. */
    static final int MAX_VERIFICATION_MAILS_PER_HOUR = 5;

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final LinkTokens links;
    private final IdentityMailer mail;
    private final OrganisationDomains organisationDomains;

    SignUp(
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
     * Creates an unverified account and e-mails a verification link, or, when the address is taken, e-mails its
     * owner instead. An account created for the same address by another request meanwhile gets neither: its own
     * request sends what is needed.
     */
    @Transactional
    void signUp(NewAccount account) {
        // the domain's people sign up by signing in with their organisation's account
        organisationDomains.passwordRefusal(account.email()).ifPresent(refusal -> {
            throw new InvalidInputException("email", refusal);
        });
        Optional<Account> existing = accounts.byEmail(account.email());
        if (existing.isEmpty()) {
            accounts.insert(
                            account.email(),
                            false,
                            passwords.encode(account.password()),
                            account.profile(),
                            PlatformRole.NONE)
                    .flatMap(accounts::byId)
                    .ifPresent(this::sendVerification);
        } else if (existing.get().active() && !existing.get().emailVerified()) {
            // they signed up before and lost the message: a fresh link is what they need
            sendVerification(existing.get());
        } else if (existing.get().active()) {
            mail.alreadyRegistered(account.email().value());
        }
    }

    /** Sends a new verification link to an account that still needs one; quietly does nothing otherwise. */
    @Transactional
    void resendVerification(long accountId) {
        accounts.byId(accountId)
                .filter(Account::active)
                .filter(account -> !account.emailVerified())
                .ifPresent(this::sendVerification);
    }

    private void sendVerification(Account account) {
        if (links.createdSince(LinkTokens.Purpose.VERIFY_EMAIL, account.id(), Duration.ofHours(1))
                >= MAX_VERIFICATION_MAILS_PER_HOUR) {
            return;
        }
        links.revokeAll(LinkTokens.Purpose.VERIFY_EMAIL, account.id());
        String secret = links.create(
                LinkTokens.Purpose.VERIFY_EMAIL, account.id(), account.email(), null, VERIFICATION_VALIDITY);
        mail.verifyEmail(account.email(), account.displayName(), secret);
    }
}
