package org.statcommons.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run from the binaries on the class path, with its cluster kept in the data
 * directory so that data survives restarts. Started only when no external database is configured.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final DataDirectoryLock lock;
    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(DataDirectoryLock lock, EmbeddedPostgres postgres) {
        this.lock = lock;
        this.postgres = postgres;
    }

    /** @param binariesDir where the PostgreSQL binaries are unpacked; null for the data directory */
    public static EmbeddedPostgresServer start(Path dataDir, Path binariesDir, boolean fsync) {
        DataDirectoryLock lock = DataDirectoryLock.acquire(dataDir);
        Path cluster = lock.directory().resolve("postgres");
        try {
            new LeftoverPostgresStopper(Duration.ofSeconds(30)).stopLeftover(cluster);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(cluster)
                    .setCleanDataDirectory(false)
                    // stopped by the application after its connection pool, not by a JVM hook racing it
                    // (which left shutdown waiting 30 s for a connection to a database already gone)
                    .setRegisterShutdownHook(false)
                    .setOverrideWorkingDirectory((binariesDir != null
                                    ? binariesDir
                                    : lock.directory().resolve("pg-binaries"))
                            .toFile())
                    .setServerConfig("fsync", fsync ? "on" : "off")
                    .setServerConfig("synchronous_commit", fsync ? "on" : "off")
                    .setServerConfig("full_page_writes", fsync ? "on" : "off")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("listen_addresses", "localhost")
                    .start();
            log.info("Embedded PostgreSQL started on port {} with its data in {}", postgres.getPort(), cluster);
            return new EmbeddedPostgresServer(lock, postgres);
        } catch (IOException | RuntimeException e) {
            try {
                lock.close();
            } catch (IOException ignored) {
                // the start failure is what the operator needs to see
            }
            throw new IllegalStateException(
                    "The embedded PostgreSQL could not start in " + cluster + ": " + e.getMessage(), e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            lock.close();
        }
    }
}
