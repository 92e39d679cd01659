package org.statcommons.identity;

import java.time.Duration;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.EmailAddress;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.TextInput;

/**
 * What people change about their own account: profile, password, e-mail address. A new address takes effect
 * only once the link sent to it is opened; the old address is told.
 */
@Service
public class AccountSettings {

    static final Duration EMAIL_CHANGE_VALIDITY = Duration.ofHours(24);
    static final int MAX_EMAIL_CHANGES_PER_HOUR = 5;

    private final Accounts accounts;
    private final PasswordRules passwordRules;
    private final PasswordEncoder passwords;
    private final LinkTokens links;
    private final IdentityMail mail;

    AccountSettings(Accounts accounts, PasswordRules passwordRules, PasswordEncoder passwords, LinkTokens links,
                    IdentityMail mail) {
        this.accounts = accounts;
        this.passwordRules = passwordRules;
        this.passwords = passwords;
        this.links = links;
        this.mail = mail;
    }

    /** The profile as typed; absent values clear optional fields. */
    public record ProfileChange(String displayName, String organisation, String organisationKind, String country,
                                String timeZone, List<String> languages, String bio) {
    }

    @Transactional
    public Account updateProfile(long accountId, ProfileChange typed) {
        TextInput input = new TextInput();
        Profile profile = Profile.check(input, typed.displayName(), typed.organisation(), typed.organisationKind(),
                typed.country(), typed.timeZone(), typed.languages(), typed.bio());
        input.throwIfInvalid();
        accounts.updateProfile(accountId, profile);
        return accounts.byId(accountId).orElseThrow();
    }

    /** Changes the password and ends the account's other sessions; returns the account to sign in again. */
    @Transactional
    public Account changePassword(long accountId, String currentPassword, String newPassword) {
        Account account = accounts.byId(accountId).orElseThrow();
        TextInput input = new TextInput();
        checkCurrentPassword(input, account, currentPassword);
        passwordRules.check(input, "newPassword", newPassword, account.email());
        input.throwIfInvalid();
        accounts.updatePassword(accountId, passwords.encode(newPassword));
        mail.passwordChanged(account.email(), account.displayName());
        return accounts.byId(accountId).orElseThrow();
    }

    /**
     * Sends a confirmation link to the new address and tells the old one. When the new address already belongs
     * to someone, its owner is told instead and the person asking sees the same answer.
     */
    @Transactional
    public void requestEmailChange(long accountId, String currentPassword, String typedEmail) {
        Account account = accounts.byId(accountId).orElseThrow();
        TextInput input = new TextInput();
        EmailAddress email = null;
        try {
            email = EmailAddress.parse("newEmail", typedEmail);
            if (email.value().equals(account.email())) {
                input.error("newEmail", "This is already your e-mail address.");
            }
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> input.error(error.field(), error.message()));
        }
        checkCurrentPassword(input, account, currentPassword);
        input.throwIfInvalid();
        if (links.createdSince(LinkTokens.Purpose.CHANGE_EMAIL, accountId, Duration.ofHours(1)) >= MAX_EMAIL_CHANGES_PER_HOUR) {
            throw new InvalidInputException("newEmail", "You asked for several changes within the hour; please wait a little.");
        }
        links.revokeAll(LinkTokens.Purpose.CHANGE_EMAIL, accountId);
        // counted above even when no link goes out, so the limit reveals nothing either
        String secret = links.create(LinkTokens.Purpose.CHANGE_EMAIL, accountId, email.value(), accountId, EMAIL_CHANGE_VALIDITY);
        if (accounts.byEmail(email).isPresent()) {
            links.revokeAll(LinkTokens.Purpose.CHANGE_EMAIL, accountId);
            mail.addressInUse(email.value());
        } else {
            mail.confirmNewEmail(email.value(), account.displayName(), secret);
        }
        mail.emailChangeRequested(account.email(), account.displayName(), email.value());
    }

    /** Applies an e-mail change when its link is opened. */
    @Transactional
    public Account confirmEmailChange(String secret) {
        LinkTokens.Link link = links.use(LinkTokens.Purpose.CHANGE_EMAIL, secret);
        EmailAddress email = new EmailAddress(link.email());
        if (accounts.byEmail(email).isPresent()) {
            throw new ConflictException("This address now belongs to another account; nothing was changed.");
        }
        try {
            accounts.updateEmail(link.accountId(), email);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("This address now belongs to another account; nothing was changed.");
        }
        return accounts.byId(link.accountId()).orElseThrow();
    }

    boolean emailChangeUsable(String secret) {
        return links.peek(LinkTokens.Purpose.CHANGE_EMAIL, secret).isPresent();
    }

    String emailChangeRefusal(String secret) {
        return links.refusal(LinkTokens.Purpose.CHANGE_EMAIL, secret);
    }

    private void checkCurrentPassword(TextInput input, Account account, String currentPassword) {
        String hash = accounts.passwordHash(account.id()).orElse(null);
        if (hash == null || currentPassword == null || !passwords.matches(currentPassword, hash)) {
            input.error("currentPassword", "Your current password is not right.");
        }
    }
}
