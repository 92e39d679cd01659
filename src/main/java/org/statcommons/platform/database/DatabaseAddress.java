package org.statcommons.platform.database;

import java.time.Duration;

/**
 * Where the one database is, for a part of the server that needs connections of its own beside the application's
 * pool: the Git storage in PostgreSQL writes a repository's packs and refs in transactions of their own, which must
 * not wait for, or hold, a connection of a request's transaction; the signals between servers listen on one; a backup
 * reads the whole database on one it closes after, so that a COPY broken off never reaches the pool.
 *
 * @param connectionTimeout how long a pool's user waits for a connection ({@code statcommons.db.connection-timeout})
 */
public record DatabaseAddress(String jdbcUrl, String user, String password, Duration connectionTimeout) {

    public DatabaseAddress {
        if (connectionTimeout == null || connectionTimeout.isNegative() || connectionTimeout.isZero()) {
            throw new IllegalArgumentException(
                    "statcommons.db.connection-timeout must be positive: " + connectionTimeout);
        }
    }

    @Override
    public String toString() {
        return "DatabaseAddress[" + jdbcUrl + ", " + user + "]";
    }
}
