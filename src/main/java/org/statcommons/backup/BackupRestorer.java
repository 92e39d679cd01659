package org.statcommons.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.postgresql.ds.PGSimpleDataSource;
import org.statcommons.content.SpaceBundler;
import org.statcommons.platform.database.DatabaseAddress;

/**
 * Reads a checked backup back: the database into an empty one (the schema made by Flyway up to the backup's version,
 * then every table's rows, then the sequences), and every repository from its bundle. Runs in the {@code restore}
 * command, with no server on the data directory; a test runs it into a database of its own.
 */
final class BackupRestorer {

    private final Tables tables = new Tables();

    /**
     * Loads the database's part of the backup. Refuses, changing nothing, a database that holds StatCommons's schema
     * already and a backup whose schema is newer than this version of StatCommons knows.
     */
    void restoreDatabase(DatabaseAddress database, Path folder, Manifest manifest) {
        // connections of their own, never a pool's: a load broken off in the middle of a COPY leaves its connection
        // unfit for anyone else, and closing it rolls the whole load back
        PGSimpleDataSource target = new PGSimpleDataSource();
        target.setUrl(database.jdbcUrl());
        target.setUser(database.user());
        target.setPassword(database.password());
        try (Connection connection = target.getConnection()) {
            if (tables.migrated(connection)) {
                throw new IllegalArgumentException("The database already holds StatCommons data: restore into a new"
                        + " data directory (STATCOMMONS_DATA_DIR) or an empty database. Nothing was restored.");
            }
            MigrationVersion backup = MigrationVersion.fromVersion(manifest.schemaVersion());
            MigrationVersion known = newestKnown(target);
            if (backup.compareTo(known) > 0) {
                throw new IllegalArgumentException("The backup's schema version " + manifest.schemaVersion()
                        + " is newer than this StatCommons knows (" + known.getVersion()
                        + "): restore it with the version that made it (" + manifest.statcommonsVersion()
                        + ") or a newer one. Nothing was restored.");
            }
            flyway(target).target(backup).load().migrate();
            tables.load(
                    connection,
                    manifest.tables(),
                    manifest.sequences(),
                    table -> new GZIPInputStream(BackupFolder.open(folder, table.file()), 1 << 16));
        } catch (SQLException e) {
            throw new IllegalStateException("The database could not be restored: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("The database could not be restored: " + e.getMessage(), e);
        }
    }

    /** Puts every repository of the backup in place through the repositories' store; returns how many. */
    static int restoreRepositories(SpaceBundler bundler, Path folder, Manifest manifest) {
        for (long key : manifest.repositories()) {
            try (InputStream in = BackupFolder.open(folder, Manifest.bundle(key))) {
                bundler.restore(key, in);
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "The repository " + Manifest.bundle(key) + " could not be restored: " + e.getMessage(), e);
            }
        }
        return manifest.repositories().size();
    }

    /** The newest migration this version of StatCommons has. */
    static MigrationVersion newestKnown(DataSource target) {
        return Arrays.stream(flyway(target).load().info().all())
                .map(MigrationInfo::getVersion)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(MigrationVersion.EMPTY);
    }

    /** Flyway as the server runs it (application.properties: spring.flyway.*). */
    private static FluentConfiguration flyway(DataSource target) {
        return Flyway.configure()
                .dataSource(target)
                .locations("classpath:db/migration")
                .schemas("public")
                .outOfOrder(true);
    }
}
