package org.statcommons.content.space;

import org.statcommons.content.ChangedPath;
import org.statcommons.content.PageVersion;

/** A page's change: the commit and what it did to the page (its path then). */
public record PageChange(SpaceCommit commit, ChangedPath change) {
    /** The page's version after this change, for comparing and restoring (none after a deletion). */
    public PageVersion version() {
        return new PageVersion(commit.id(), change.path());
    }
}
