package org.statcommons.content;

/**
 * A path a commit changed: {@code A} added, {@code M} modified, {@code D} deleted (or moved away),
 * {@code R} moved here from {@code oldPath}.
 */
public record ChangedPath(String path, char change, String oldPath) {}
