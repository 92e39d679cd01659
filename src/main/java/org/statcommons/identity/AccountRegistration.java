package org.statcommons.identity;

import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.PlatformRole;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.EmailAddress;
import org.statcommons.platform.TextInput;

/**
 * Creates accounts: the first administrator, people who accepted an invitation, and (with e-mail
 * verification) people who signed up themselves.
 */
@Service
public class AccountRegistration {

    static final String ALREADY_EXISTS = "An account with this e-mail address already exists. Please sign in instead.";

    private final Accounts accounts;
    private final PasswordRules passwordRules;
    private final PasswordEncoder passwords;

    AccountRegistration(Accounts accounts, PasswordRules passwordRules, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.passwordRules = passwordRules;
        this.passwords = passwords;
    }

    /** What a person types to create an account. */
    public record NewAccount(String email, String password, String displayName, String organisation,
                             String organisationKind, String country, String timeZone,
                             java.util.List<String> languages, String bio) {
    }

    /**
     * Creates an account whose e-mail is already proven (the person followed a link sent to it). Throws
     * {@link org.statcommons.platform.InvalidInputException} for bad input and {@link ConflictException}
     * when the address already has an account; writes nothing in either case.
     */
    @Transactional
    public Account createVerified(EmailAddress email, NewAccount typed, PlatformRole role) {
        TextInput input = new TextInput();
        Profile profile = check(input, typed, email);
        input.throwIfInvalid();
        Optional<Account> existing = accounts.byEmail(email);
        if (existing.isPresent()) {
            throw new ConflictException(ALREADY_EXISTS);
        }
        try {
            long id = accounts.insert(email, true, passwords.encode(typed.password()), profile, role);
            return accounts.byId(id).orElseThrow();
        } catch (DuplicateKeyException e) {
            // another request created the same address between our check and our insert
            throw new ConflictException(ALREADY_EXISTS);
        }
    }

    /** Checks the profile and password of a new account; the e-mail, when known, must not be in the password. */
    Profile check(TextInput input, NewAccount typed, EmailAddress email) {
        Profile profile = Profile.check(input, typed.displayName(), typed.organisation(), typed.organisationKind(),
                typed.country(), typed.timeZone(), typed.languages(), typed.bio());
        passwordRules.check(input, "password", typed.password(), email == null ? null : email.value());
        return profile;
    }

    String hash(String password) {
        return passwords.encode(password);
    }
}
