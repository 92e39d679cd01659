package org.statcommons.content;

import org.statcommons.platform.Text;

/**
 * A path a commit changed: {@code A} added, {@code M} modified, {@code D} deleted (or moved away),
 * {@code R} moved here from {@code oldPath}.
 */
public record ChangedPath(String path, char change, String oldPath) {

    /** What happened to the path in the reader's words, where Git writes its letter (the space's history). */
    public Text label() {
        return switch (change) {
            case 'A' -> Text.of("content.space-history.added");
            case 'D' -> Text.of("content.space-history.deleted");
            case 'R' -> Text.of("content.space-history.moved");
            default -> Text.of("content.space-history.changed");
        };
    }
}
