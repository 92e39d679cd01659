package org.statcommons.content.pages;

import org.statcommons.content.PageVersion;
import org.statcommons.content.space.PageChange;
import org.statcommons.content.space.SpaceCommit;
import org.statcommons.content.web.SpaceAddress;
import org.statcommons.platform.Text;

/**
 * One entry of a page's history with its links: the version as it was, the comparison with the entry
 * before it, and the version to restore (for a deletion, the version before it).
 */
record HistoryRow(
        SpaceCommit commit, Text change, String path, String viewHref, String compareHref, PageVersion restorable) {

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

    /** What the change did, in the reader's language (a Git change letter the history does not know is shown as is). */
    private static Text label(char kind, PageChange change) {
        return switch (kind) {
            case 'A' -> Text.of("content.history.created");
            case 'M' -> Text.of("content.history.edited");
            case 'D' -> Text.of("content.history.deleted");
            case 'R' -> Text.of("content.history.moved", change.change().oldPath());
            default -> Text.of("content.history.other", String.valueOf(kind));
        };
    }
}
