package org.statcommons.backup;

import java.util.List;

/**
 * {@code manifest.json}, written last: a backup without it is incomplete. Lists every other file with its size and
 * SHA-256, the versions it was made by, and what the restore needs to know of the database (its tables' definitions,
 * its sequences) and of Git (which repository each bundle is).
 *
 * @param schemaVersion the newest migration applied (Flyway's version); a restore asks the code to know it
 */
record Manifest(
        int format,
        String statcommonsVersion,
        String schemaVersion,
        String createdAt,
        List<TableDump> tables,
        List<SequenceValue> sequences,
        List<Long> repositories,
        List<FileEntry> files) {

    static final int FORMAT = 1;
    static final String NAME = "manifest.json";

    record FileEntry(String path, long size, String sha256) {}

    static String bundle(long key) {
        return "repositories/" + key + ".bundle";
    }

    long size() {
        return files.stream().mapToLong(FileEntry::size).sum();
    }
}
