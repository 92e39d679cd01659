package org.statcommons.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.statcommons.platform.EmailAddress;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/**
 * Signs in with e-mail and password. Every failure says the same thing, and an unknown address costs the
 * same hashing time as a known one, so sign-in does not reveal who has an account. The throttle is asked
 * first, knowing whether the browser is a known device of the account ({@link DeviceCookieIssuer}).
 */
@Component
class PasswordAuthenticator implements AuthenticationProvider {

    static final Text SAME_MESSAGE_FOR_EVERY_FAILURE = Text.of("identity.sign-in.wrong");

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final SignInThrottler throttle;
    private final DeviceCookieIssuer devices;
    private final OrganisationDomains organisationDomains;
    /** Hashed on first need rather than at start-up: Argon2 is deliberately slow. */
    private final SingletonSupplier<String> dummyHash;

    PasswordAuthenticator(
            Accounts accounts,
            PasswordEncoder passwords,
            SignInThrottler throttle,
            DeviceCookieIssuer devices,
            OrganisationDomains organisationDomains) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
        this.devices = devices;
        this.organisationDomains = organisationDomains;
        this.dummyHash = SingletonSupplier.of(() -> passwords.encode("a password nobody has, to spend the same time"));
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String typedEmail = String.valueOf(authentication.getPrincipal()).strip();
        String password = String.valueOf(authentication.getCredentials());
        SignInRequest request = authentication.getDetails() instanceof SignInRequest details
                ? details
                : new SignInRequest("unknown", null);
        Optional<EmailAddress> address = parse(typedEmail);
        // said of the domain, whether or not the address has an account, so it tells nothing of who has one
        Optional<Text> organisationOnly = address.flatMap(organisationDomains::passwordRefusal);
        if (organisationOnly.isPresent()) {
            throw new SignInRefusedException(organisationOnly.get());
        }
        Optional<Account> account = address.flatMap(accounts::byEmail);
        String device = account.flatMap(a -> devices.deviceOf(request.deviceCookie(), a.id()))
                .orElse(null);
        Optional<Text> refusal = throttle.refusal(typedEmail, request.clientAddress(), device);
        if (refusal.isPresent()) {
            throw new SignInThrottledException(refusal.get());
        }
        String hash = account.flatMap(a -> accounts.passwordHash(a.id())).orElseGet(dummyHash);
        boolean matches = passwords.matches(password, hash);
        if (account.isEmpty() || !matches || !account.get().active()) {
            throttle.recordFailure(typedEmail, request.clientAddress(), device);
            throw new BadCredentialsException(SAME_MESSAGE_FOR_EVERY_FAILURE.english());
        }
        throttle.recordSuccess(typedEmail, request.clientAddress(), device);
        Account signedIn = account.get();
        if (!signedIn.emailVerified()) {
            throw new EmailNotVerifiedException(signedIn.id());
        }
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(
                new SignedIn(signedIn.id(), signedIn.sessionVersion()),
                null,
                List.of(new SimpleGrantedAuthority("ROLE_USER")));
        // the session keeps the client's address as before, never the device cookie
        result.setDetails(new WebAuthenticationDetails(request.clientAddress(), null));
        return result;
    }

    private static Optional<EmailAddress> parse(String typed) {
        try {
            return Optional.of(EmailAddress.parse("email", typed));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
