package org.statcommons.identity;

import java.time.Instant;
import java.util.Set;

/** A personal access token as listed to its owner (never the secret). */
public record AccessToken(
        long id,
        String name,
        Set<TokenScope> scopes,
        Instant createdAt,
        Instant expiresAt,
        Instant lastUsedAt,
        Instant revokedAt) {

    public boolean usable(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
