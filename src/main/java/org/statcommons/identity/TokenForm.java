package org.statcommons.identity;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The new-token form as typed, kept as typed so that a refused form comes back unchanged: a name, the scopes ticked
 * ({@code read}, {@code write}, {@code git}) and an optional last day (yyyy-mm-dd).
 */
record TokenForm(String name, List<String> scopes, String expires) {

    TokenForm {
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }

    /** The form for a new token: read only, no expiry. */
    static TokenForm blank() {
        return new TokenForm("", List.of("read"), "");
    }

    /** Whether anything was typed: a screen shows a form it has not been given blank. */
    boolean typed() {
        return name != null;
    }

    /** Whether the scope's box is ticked. */
    public boolean chose(TokenScope scope) {
        return scopes.stream()
                .anyMatch(typed ->
                        typed != null && typed.strip().toUpperCase(Locale.ROOT).equals(scope.name()));
    }

    /** The token to make, or every problem with the form at once. */
    NewAccessToken command(Instant now) {
        return NewAccessToken.fromForm(name, scopes, expires, now);
    }
}
