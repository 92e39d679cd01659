package org.statcommons.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * A personal access token to make, checked: its name, its scopes and when it stops working ({@code expiresAt}
 * null: never). Read from the token form ({@link #fromForm}) or the API's JSON ({@link #fromJson}), with every
 * problem named at once.
 */
public record NewAccessToken(String name, Set<TokenScope> scopes, Instant expiresAt) {

    static final int NAME_MAX = 100;

    public NewAccessToken {
        scopes = scopes.isEmpty() ? EnumSet.noneOf(TokenScope.class) : EnumSet.copyOf(scopes);
    }

    /** From the form: the expiry is a day (yyyy-mm-dd), meaning until the end of that day, UTC. */
    static NewAccessToken fromForm(String name, List<String> scopes, String expires, Instant now) {
        TextInput input = new TextInput();
        return checked(input, name, scopes, endOfDay(input, expires), now);
    }

    /** From JSON: the expiry is an instant (2027-01-31T00:00:00Z) or a day as on the form. */
    static NewAccessToken fromJson(String name, List<String> scopes, String expiresAt, Instant now) {
        TextInput input = new TextInput();
        Instant expiry;
        try {
            expiry = expiresAt == null || expiresAt.isBlank() ? null : Instant.parse(expiresAt.strip());
        } catch (DateTimeParseException e) {
            expiry = endOfDay(input, expiresAt);
        }
        return checked(input, name, scopes, expiry, now);
    }

    /** The scopes as typed ("read", "WRITE"), or a message when one is not a scope. */
    private static Set<TokenScope> scopes(TextInput input, List<String> typed) {
        Set<TokenScope> scopes = EnumSet.noneOf(TokenScope.class);
        for (String scope : typed == null ? List.<String>of() : typed) {
            try {
                scopes.add(TokenScope.valueOf(scope.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                input.error("scopes", Text.of("identity.tokens.scope.unknown"));
                break;
            }
        }
        return scopes;
    }

    private static NewAccessToken checked(
            TextInput input, String typedName, List<String> typedScopes, Instant expiresAt, Instant now) {
        String name = input.line("name", Text.of("identity.tokens.name.label"), typedName, NAME_MAX, true);
        Set<TokenScope> scopes = scopes(input, typedScopes);
        if (typedScopes == null || typedScopes.isEmpty()) {
            input.error("scopes", Text.of("identity.tokens.scope.missing"));
        }
        if (expiresAt != null && expiresAt.isBefore(now)) {
            input.error("expiresAt", Text.of("identity.tokens.expiry.past"));
        }
        input.throwIfInvalid();
        return new NewAccessToken(name, scopes, expiresAt);
    }

    /** A typed day, until its end (UTC); empty means no expiry. */
    private static Instant endOfDay(TextInput input, String typed) {
        LocalDate day = input.day("expiresAt", Text.of("identity.tokens.expires"), typed, false);
        return day == null ? null : day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
