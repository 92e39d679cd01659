package org.statcommons.workstreams;

import java.util.List;

/**
 * A workplan's timeline as the SVG on its screen draws it: every coordinate worked out here
 * ({@link TimelineDrawer}), so that the template only writes them. {@code todayX} is null when today is outside the
 * period.
 */
record Timeline(int width, int height, List<Bar> bars, List<Tick> ticks, Integer todayX, int chartTop) {

    /**
     * One item: its bar ({@code x}, {@code y}, {@code width}, {@code height}) and its label at ({@code labelX},
     * {@code labelY}) anchored at {@code anchor} ({@code end} left of the bars, {@code start} right of them, in
     * right-to-left languages).
     */
    record Bar(
            int x,
            int y,
            int width,
            int height,
            String label,
            int labelX,
            int labelY,
            String anchor,
            WorkplanItem.Status status,
            boolean overdue) {}

    /** A month's line and its label ({@code 2027-03}). */
    record Tick(int x, String label, int labelX) {}
}
