package org.statcommons.content.pages;

import java.util.List;
import org.statcommons.content.PageVersion;

/**
 * Two versions of a page compared line by line, with the changed words inside changed lines marked. The
 * same lines serve an inline view (old spans, then new spans) and a side-by-side view (old spans left, new
 * spans right). Line numbers count from 1; 0 means "no such line on this side".
 */
public record Comparison(PageVersion from, PageVersion to, List<Line> lines, int added, int removed) {

    public enum Kind {
        SAME,
        ADDED,
        REMOVED,
        CHANGED
    }

    public record Line(Kind kind, int oldNumber, int newNumber, List<Span> oldSpans, List<Span> newSpans) {}

    /** A piece of a line; {@code changed} marks the words that differ between the two versions. */
    public record Span(String text, boolean changed) {}

    public boolean identical() {
        return added == 0 && removed == 0;
    }
}
