package org.statcommons.identity;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Identity's own section of a person's personal data: how they sign in. Linked identities at organisations'
 * providers by issuer, and access tokens by name, scopes and dates: never a password hash or a token's secret.
 */
@Component
class AccountPersonalData implements PersonalDataSource {

    record Token(
            String name,
            Set<TokenScope> scopes,
            Instant createdAt,
            Instant expiresAt,
            Instant lastUsedAt,
            Instant revokedAt) {}

    record SignIn(
            boolean hasPassword, List<OrganisationIdentities.Linked> organisationSignIns, List<Token> accessTokens) {}

    private final Accounts accounts;
    private final OrganisationIdentities identities;
    private final AccessTokens tokens;

    AccountPersonalData(Accounts accounts, OrganisationIdentities identities, AccessTokens tokens) {
        this.accounts = accounts;
        this.identities = identities;
        this.tokens = tokens;
    }

    @Override
    public String section() {
        return "identity";
    }

    @Override
    public Object of(long personId) {
        return new SignIn(
                accounts.passwordHash(personId).isPresent(),
                identities.of(personId),
                tokens.of(personId).stream()
                        .map(t -> new Token(
                                t.name(), t.scopes(), t.createdAt(), t.expiresAt(), t.lastUsedAt(), t.revokedAt()))
                        .toList());
    }
}
