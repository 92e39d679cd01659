package org.statcommons.backup;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.statcommons.content.SpaceBundler;
import org.statcommons.platform.database.DatabaseAddress;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one backup into a new folder {@code statcommons-backup-YYYYMMDD-HHMMSS} (UTC): the database first, every table
 * in one snapshot, then every Git repository's bundle (after the database, so that every commit the database names
 * is in a bundle), then {@link Manifest} last. Any failure (a full disk, a repository that cannot be read) removes
 * the folder and is told as {@link BackupFailedException}; the server goes on serving.
 */
@Component
class BackupWriter {

    private static final Logger log = LoggerFactory.getLogger(BackupWriter.class);
    static final String PREFIX = "statcommons-backup-";
    private static final DateTimeFormatter NAME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** Opens a file of the backup for writing; a test gives one that fails as a full disk does. */
    interface Opener {
        OutputStream open(Path file) throws IOException;
    }

    static final Opener FILES = file -> Files.newOutputStream(file, StandardOpenOption.CREATE_NEW);

    private final DatabaseAddress database;
    private final Tables tables;
    private final SpaceBundler bundler;
    private final Clock clock;

    BackupWriter(DatabaseAddress database, Tables tables, SpaceBundler bundler, Clock clock) {
        this.database = database;
        this.tables = tables;
        this.bundler = bundler;
        this.clock = clock;
    }

    /** Writes a backup into a new folder under {@code parent} (made if missing) and returns that folder. */
    Path write(Path parent, Opener opener) {
        Instant at = clock.instant();
        Path folder = parent.toAbsolutePath().resolve(PREFIX + NAME.format(at));
        long started = System.nanoTime();
        try {
            Files.createDirectories(parent);
            Files.createDirectory(folder);
        } catch (IOException e) {
            throw new BackupFailedException(folder, "cannot make the folder: " + reason(e), e);
        }
        try {
            Manifest manifest = fill(folder, at, opener);
            log.info(
                    "Backed up {} tables and {} repositories ({} bytes) into {} in {} ms",
                    manifest.tables().size(),
                    manifest.repositories().size(),
                    manifest.size(),
                    folder,
                    (System.nanoTime() - started) / 1_000_000);
            return folder;
        } catch (IOException | SQLException | RuntimeException e) {
            BackupFolder.delete(folder);
            BackupFailedException failure = new BackupFailedException(folder, reason(e), e);
            log.error(failure.getMessage(), e);
            throw failure;
        }
    }

    private Manifest fill(Path folder, Instant at, Opener opener) throws IOException, SQLException {
        Files.createDirectories(folder.resolve("database"));
        Files.createDirectories(folder.resolve("repositories"));
        List<Manifest.FileEntry> files = new ArrayList<>();
        Tables.Snapshot snapshot;
        // a connection of its own, never one of the application's pool: a COPY broken off (a full disk) may leave its
        // connection out of step with the database, and the next user of a pooled one would trip on it. Closing it
        // ends the read-only transaction with it.
        try (Connection connection =
                DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password())) {
            snapshot = tables.snapshot(connection);
            tables.copyOut(
                    connection,
                    snapshot.tables(),
                    (table, rows) -> files.add(write(folder, table.file(), opener, true, out -> rows.writeTo(out))));
        }
        List<Long> repositories = new ArrayList<>();
        for (long key : bundler.keys()) {
            boolean[] written = {false};
            Manifest.FileEntry entry =
                    write(folder, Manifest.bundle(key), opener, false, out -> written[0] = bundler.write(key, out));
            if (written[0]) {
                files.add(entry);
                repositories.add(key);
            } else {
                Files.delete(folder.resolve(Manifest.bundle(key)));
            }
        }
        Manifest manifest = new Manifest(
                Manifest.FORMAT,
                version(),
                newest(snapshot.schemaVersions()),
                at.toString(),
                snapshot.tables(),
                snapshot.sequences(),
                repositories,
                files);
        Path temporary = folder.resolve(Manifest.NAME + ".part");
        try (OutputStream out = opener.open(temporary)) {
            out.write(JSON.writeValueAsBytes(manifest));
        }
        // a backup is complete exactly when its manifest is there
        Files.move(temporary, folder.resolve(Manifest.NAME));
        return manifest;
    }

    interface Body {
        void write(OutputStream out) throws IOException, SQLException;
    }

    private static Manifest.FileEntry write(Path folder, String relative, Opener opener, boolean gzip, Body body)
            throws IOException, SQLException {
        Measured measured = new Measured(opener.open(folder.resolve(relative)));
        // the file is closed also when gzip's header cannot be written (a disk full at that very byte)
        try (measured;
                OutputStream out =
                        gzip ? new GZIPOutputStream(measured, 1 << 16) : new BufferedOutputStream(measured, 1 << 16)) {
            body.write(out);
        }
        return new Manifest.FileEntry(relative, measured.size, HexFormat.of().formatHex(measured.digest.digest()));
    }

    static String newest(List<String> versions) {
        return versions.stream()
                .map(MigrationVersion::fromVersion)
                .max(Comparator.naturalOrder())
                .map(MigrationVersion::getVersion)
                .orElse("0");
    }

    static String version() {
        String version = BackupWriter.class.getPackage().getImplementationVersion();
        return version != null ? version : "development";
    }

    private static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        return cause.getMessage() != null
                ? cause.getMessage()
                : cause.getClass().getSimpleName();
    }

    /** Counts and hashes what goes through, so that a file's size and SHA-256 cost no second read. */
    private static final class Measured extends FilterOutputStream {
        private final MessageDigest digest;
        private long size;

        Measured(OutputStream out) {
            super(out);
            try {
                this.digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            digest.update((byte) b);
            size++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            digest.update(b, off, len);
            size += len;
        }
    }
}
