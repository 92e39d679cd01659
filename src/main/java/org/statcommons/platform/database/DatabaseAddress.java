package org.statcommons.platform.database;

/**
 * Where the one database is, for a part of the server that needs connections of its own beside the application's
 * pool: the Git storage in PostgreSQL writes a repository's packs and refs in transactions of their own, which must
 * not wait for, or hold, a connection of a request's transaction; the signals between servers listen on one; a backup
 * reads the whole database on one it closes after, so that a COPY broken off never reaches the pool.
 */
public record DatabaseAddress(String jdbcUrl, String user, String password) {

    @Override
    public String toString() {
        return "DatabaseAddress[" + jdbcUrl + ", " + user + "]";
    }
}
