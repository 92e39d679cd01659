package org.statcommons.content.pages;

import org.statcommons.content.PageVersion;
import org.statcommons.content.space.PageChange;
import org.statcommons.content.space.SpaceCommit;
import org.statcommons.content.web.SpaceAddress;

/**
 * One entry of a page's history with its links: the version as it was, the comparison with the entry
 * before it, and the version to restore (for a deletion, the version before it).
 */
record HistoryRow(
        SpaceCommit commit, String change, String path, String viewHref, String compareHref, PageVersion restorable) {

    static HistoryRow of(String slug, String currentPath, PageChange change, PageChange older) {
        char kind = change.change().change();
        boolean deleted = kind == 'D';
        PageVersion version = change.version();
        PageVersion before = older == null ? null : older.version();
        String view = deleted ? null : SpaceAddress.page(slug, version.path()) + "?version=" + version.commitId();
        String compare = deleted || (before == null && kind != 'A')
                ? null
                : CompareLink.of(slug, currentPath, before, version, "inline");
        PageVersion restorable = deleted ? before : version;
        return new HistoryRow(change.commit(), label(kind, change), version.path(), view, compare, restorable);
    }

    private static String label(char kind, PageChange change) {
        return switch (kind) {
            case 'A' -> "created";
            case 'M' -> "edited";
            case 'D' -> "deleted";
            case 'R' -> "moved from " + change.change().oldPath();
            default -> String.valueOf(kind);
        };
    }
}
