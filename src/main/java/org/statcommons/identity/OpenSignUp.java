package org.statcommons.identity;

import java.time.Duration;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.PlatformRole;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.EmailAddress;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.TextInput;

/**
 * Open registration with e-mail verification. Whether or not the address already has an account, the person
 * is told the same thing ("check your e-mail"); only the mailbox owner learns which it was.
 */
@Service
class OpenSignUp {

    static final Duration VERIFICATION_VALIDITY = Duration.ofHours(24);
    /** A stranger typing someone's address should not be able to flood their mailbox. */
    static final int MAX_VERIFICATION_MAILS_PER_HOUR = 5;

    private final Accounts accounts;
    private final AccountRegistration registration;
    private final LinkTokens links;
    private final IdentityMail mail;

    OpenSignUp(Accounts accounts, AccountRegistration registration, LinkTokens links, IdentityMail mail) {
        this.accounts = accounts;
        this.registration = registration;
        this.links = links;
        this.mail = mail;
    }

    /**
     * Creates an unverified account and e-mails a verification link, or, when the address is taken, e-mails
     * its owner instead. Throws {@link InvalidInputException} for bad input, whatever the address.
     */
    @Transactional
    public void register(AccountRegistration.NewAccount typed) {
        TextInput input = new TextInput();
        EmailAddress email = null;
        try {
            email = EmailAddress.parse("email", typed.email());
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> input.error(error.field(), error.message()));
        }
        Profile profile = registration.check(input, typed, email);
        input.throwIfInvalid();
        Optional<Account> existing = accounts.byEmail(email);
        if (existing.isEmpty()) {
            long id = accounts.insert(email, false, registration.hash(typed.password()), profile, PlatformRole.NONE);
            sendVerification(accounts.byId(id).orElseThrow());
        } else if (existing.get().active() && !existing.get().emailVerified()) {
            // they signed up before and lost the message: a fresh link is what they need
            sendVerification(existing.get());
        } else if (existing.get().active()) {
            mail.alreadyRegistered(email.value());
        }
    }

    /** Sends a new verification link to an account that still needs one; quietly does nothing otherwise. */
    @Transactional
    public void resendVerification(long accountId) {
        accounts.byId(accountId).filter(Account::active).filter(account -> !account.emailVerified())
                .ifPresent(this::sendVerification);
    }

    /** Marks the address verified; the link works once. */
    @Transactional
    public Account verify(String secret) {
        LinkTokens.Link link = links.use(LinkTokens.Purpose.VERIFY_EMAIL, secret);
        Account account = accounts.byId(link.accountId()).filter(Account::active)
                .orElseThrow(() -> new ConflictException("This account is suspended. Please contact the administrators."));
        accounts.markVerified(account.id());
        return accounts.byId(account.id()).orElseThrow();
    }

    private void sendVerification(Account account) {
        if (links.createdSince(LinkTokens.Purpose.VERIFY_EMAIL, account.id(), Duration.ofHours(1)) >= MAX_VERIFICATION_MAILS_PER_HOUR) {
            return;
        }
        links.revokeAll(LinkTokens.Purpose.VERIFY_EMAIL, account.id());
        String secret = links.create(LinkTokens.Purpose.VERIFY_EMAIL, account.id(), account.email(), null, VERIFICATION_VALIDITY);
        mail.verifyEmail(account.email(), account.displayName(), secret);
    }
}
