package org.statcommons.content.pages;

import java.util.List;
import org.statcommons.content.PageVersion;
import org.statcommons.platform.text.WordDiff;

/**
 * Two versions of a page compared line by line ({@link WordDiff}), with the changed words inside changed lines
 * marked.
 */
public record Comparison(PageVersion from, PageVersion to, List<WordDiff.Line> lines, int added, int removed) {

    public boolean identical() {
        return added == 0 && removed == 0;
    }
}
