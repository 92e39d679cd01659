package org.statcommons.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** The backups in a folder: which are there and complete, how large, the oldest removed; one read and checked. */
final class BackupFolder {

    private BackupFolder() {}

    /** A backup found: complete when its manifest is there (then with its time and size). */
    record Listed(String name, Path path, Instant createdAt, long size, boolean complete) {}

    /** Every backup folder under {@code parent}, the newest first; none when the folder is not there. */
    static List<Listed> list(Path parent) {
        if (!Files.isDirectory(parent)) {
            return List.of();
        }
        List<Listed> listed = new ArrayList<>();
        try (Stream<Path> folders = Files.list(parent)) {
            for (Path folder : folders.sorted(Comparator.reverseOrder()).toList()) {
                String name = folder.getFileName().toString();
                if (!name.startsWith(BackupWriter.PREFIX) || !Files.isDirectory(folder)) {
                    continue;
                }
                try {
                    Manifest manifest = manifest(folder);
                    listed.add(new Listed(name, folder, Instant.parse(manifest.createdAt()), manifest.size(), true));
                } catch (IOException | RuntimeException incomplete) {
                    listed.add(new Listed(name, folder, null, 0, false));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the backups in " + parent, e);
        }
        return listed;
    }

    /**
     * Keeps the {@code keep} newest complete backups and removes the older ones, and every incomplete one but the
     * newest folder (which may be the one being written): what a failure or a stop in the middle left.
     */
    static void prune(Path parent, int keep) {
        int complete = 0;
        boolean newest = true;
        for (Listed backup : list(parent)) {
            boolean kept = backup.complete() ? ++complete <= keep : newest;
            newest = false;
            if (!kept) {
                delete(backup.path());
            }
        }
    }

    static Manifest manifest(Path folder) throws IOException {
        return BackupWriter.JSON.readValue(Files.readAllBytes(folder.resolve(Manifest.NAME)), Manifest.class);
    }

    /**
     * Reads the manifest and checks every file it lists against its size and SHA-256 before anything is restored;
     * the first that differs (or is missing) is named.
     */
    static Manifest verified(Path folder) {
        Manifest manifest;
        try {
            manifest = manifest(folder);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(folder + " holds no " + Manifest.NAME
                    + ": it is not a backup, or one that did not finish. Nothing was restored.");
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(
                    folder.resolve(Manifest.NAME) + " cannot be read (" + e.getMessage() + "). Nothing was restored.");
        }
        if (manifest.format() != Manifest.FORMAT) {
            throw new IllegalArgumentException("The backup " + folder + " is in format " + manifest.format()
                    + ", which this version does not read. Nothing was restored.");
        }
        for (Manifest.FileEntry file : manifest.files()) {
            Path path = folder.resolve(file.path()).normalize();
            if (!path.startsWith(folder.normalize())) {
                throw new IllegalArgumentException(
                        "The manifest names a file outside the backup: " + file.path() + ". Nothing was restored.");
            }
            String found;
            long size;
            try (DigestInputStream in = new DigestInputStream(Files.newInputStream(path), sha256())) {
                size = in.transferTo(OutputStream.nullOutputStream());
                found = HexFormat.of().formatHex(in.getMessageDigest().digest());
            } catch (NoSuchFileException e) {
                throw new IllegalArgumentException(
                        "The backup's file " + file.path() + " is missing. Nothing was restored.");
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + path, e);
            }
            if (size != file.size() || !found.equals(file.sha256())) {
                throw new IllegalArgumentException("The backup's file " + file.path() + " is damaged: its checksum is "
                        + found + " (" + size + " bytes), the manifest says " + file.sha256() + " (" + file.size()
                        + " bytes). Nothing was restored.");
            }
        }
        return manifest;
    }

    static InputStream open(Path folder, String file) throws IOException {
        return Files.newInputStream(folder.resolve(file));
    }

    /** Removes the folder and everything in it, as far as it can: what cannot be removed is left, not thrown. */
    static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException e) {
            // a folder left behind is incomplete (no manifest) and removed by the next prune
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
