package org.statcommons.community;

import java.util.List;
import org.statcommons.platform.text.WordDiff;

/**
 * Two versions of a code of conduct compared: the changed passages with the changed words struck and underlined,
 * as a proposal's changes read. Bounded by {@link WordDiff#MAX_COMPARED}, so any two texts compare quickly.
 */
record ConductComparison(CodesOfConduct.Conduct from, CodesOfConduct.Conduct to, List<WordDiff.Passage> passages) {

    static ConductComparison of(CodesOfConduct.Conduct from, CodesOfConduct.Conduct to) {
        return new ConductComparison(from, to, WordDiff.passages(WordDiff.lines(from.body(), to.body())));
    }

    /** The two texts read the same (or the same version was chosen twice). */
    public boolean same() {
        return passages.isEmpty();
    }
}
