package org.statcommons.content.bodyspace;

import org.statcommons.content.BodySpace;
import org.statcommons.content.PageVersion;
import org.statcommons.content.space.PageChange;
import org.statcommons.content.space.SpaceCommit;
import org.statcommons.platform.Text;

/** One entry of a body space page's history with its links: the version as it was and the change it made. */
record BodyHistoryRow(SpaceCommit commit, Text change, String viewHref, String compareHref) {

    static BodyHistoryRow of(BodySpace space, String currentPath, PageChange change, PageChange older) {
        char kind = change.change().change();
        boolean deleted = kind == 'D';
        PageVersion version = change.version();
        PageVersion before = older == null ? null : older.version();
        String view = deleted ? null : space.page(version.path()) + "?version=" + version.commitId();
        String compare = deleted || (before == null && kind != 'A')
                ? null
                : BodySpaceController.compareLink(space, currentPath, before, version, "inline");
        return new BodyHistoryRow(change.commit(), label(kind, change), view, compare);
    }

    /** What the change did, in the reader's language, with the words of the community space's history. */
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
