package org.statcommons.insights;

import java.util.List;
import java.util.function.LongFunction;

/**
 * Draws a table's figures as an SVG chart on the server (no script): columns for a series over time, one per month or
 * year and one colour per count column; bars for categories (countries, kinds, pages), longest first as the table
 * lists them. The chart is a picture of the table beside it, which is what screen readers read: it says so in its
 * title, and repeats no figure but the scale's top. Everything written into it is escaped as XML here, since the page
 * puts it in as it is. Kept small (whole pixels, no per-bar titles): a dashboard page holds several, under 30 KB in
 * all. In a right-to-left language the drawing is mirrored: time and bars run from right to left.
 */
final class ChartDrawer {

    static final int WIDTH = 640;
    static final int TOP = 22;
    static final int PLOT = 150;
    static final int LABELS = 170;
    static final int BAR = 14;
    static final int LABEL_MAX = 26;
    static final List<String> COLOURS = List.of("#1f5fa8", "#c0620a", "#2e7d32", "#6a3d9a");

    private ChartDrawer() {}

    /**
     * Columns over time: one group per row, a column per series. {@code labels} name the rows; no more than eight are
     * written under the axis, spread evenly, so long periods stay readable. Empty when there is no row.
     */
    static String columns(
            String title,
            List<String> labels,
            List<String> series,
            List<List<Long>> rows,
            LongFunction<String> count,
            boolean rightToLeft) {
        if (rows.isEmpty()) {
            return "";
        }
        long max = max(rows);
        int legend = series.size() > 1 ? 18 : 0;
        int height = TOP + legend + PLOT + 22;
        int left = 50;
        int plotWidth = WIDTH - left - 10;
        double group = (double) plotWidth / rows.size();
        double column = Math.max(1, (group * 0.8) / series.size());
        int w = (int) Math.max(1, Math.floor(column));
        StringBuilder svg = start(title, height);
        legend(svg, series, rightToLeft);
        int base = TOP + legend + PLOT;
        svg.append(line(x(left, rightToLeft), base, x(WIDTH - 10, rightToLeft), base));
        svg.append("<g text-anchor=\"").append(rightToLeft ? "start" : "end").append("\">");
        svg.append(text(x(left - 4, rightToLeft), TOP + legend + 4, count.apply(max)));
        svg.append(text(x(left - 4, rightToLeft), base, count.apply(0)));
        svg.append("</g>");
        // one group per series, so that a column is no more than its place and size
        for (int s = 0; s < series.size(); s++) {
            svg.append("<g fill=\"").append(COLOURS.get(s % COLOURS.size())).append("\">");
            for (int r = 0; r < rows.size(); r++) {
                long value = rows.get(r).get(s);
                int h = (int) Math.round((double) value * PLOT / max);
                int cx = (int) Math.round(left + r * group + group * 0.1 + s * column);
                int drawnX = rightToLeft ? WIDTH - cx - w : cx;
                svg.append(rect(drawnX, base - h, w, h));
            }
            svg.append("</g>");
        }
        int step = (int) Math.ceil(rows.size() / 8.0);
        svg.append("<g text-anchor=\"middle\">");
        for (int r = 0; r < rows.size(); r += step) {
            int labelX = (int) Math.round(left + r * group + group / 2);
            svg.append(text(x(labelX, rightToLeft), base + 15, labels.get(r)));
        }
        return svg.append("</g></svg>").toString();
    }

    /** Bars for categories, a row each, the first series only (the table gives the others). Empty with no row. */
    static String bars(
            String title, List<String> labels, List<List<Long>> rows, LongFunction<String> count, boolean rightToLeft) {
        if (rows.isEmpty()) {
            return "";
        }
        long max = max(rows.stream().map(r -> List.of(r.get(0))).toList());
        int row = BAR + 6;
        int height = TOP + rows.size() * row + 4;
        int plotLeft = LABELS + 8;
        int plotWidth = WIDTH - plotLeft - 60;
        StringBuilder svg = start(title, height);
        int[] widths = new int[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            widths[r] = (int) Math.round((double) rows.get(r).get(0) * plotWidth / max);
        }
        svg.append("<g text-anchor=\"").append(rightToLeft ? "start" : "end").append("\">");
        for (int r = 0; r < rows.size(); r++) {
            svg.append(text(x(LABELS, rightToLeft), TOP + r * row + BAR - 3, shortened(labels.get(r))));
        }
        svg.append("</g><g fill=\"").append(COLOURS.get(0)).append("\">");
        for (int r = 0; r < rows.size(); r++) {
            svg.append(rect(rightToLeft ? WIDTH - plotLeft - widths[r] : plotLeft, TOP + r * row, widths[r], BAR));
        }
        svg.append("</g><g text-anchor=\"")
                .append(rightToLeft ? "end" : "start")
                .append("\">");
        for (int r = 0; r < rows.size(); r++) {
            svg.append(text(
                    x(plotLeft + widths[r] + 4, rightToLeft),
                    TOP + r * row + BAR - 3,
                    count.apply(rows.get(r).get(0))));
        }
        return svg.append("</g></svg>").toString();
    }

    private static String rect(int x, int y, int width, int height) {
        return "<rect x=\"" + x + "\" y=\"" + y + "\" width=\"" + width + "\" height=\"" + height + "\"/>";
    }

    private static StringBuilder start(String title, int height) {
        StringBuilder svg = new StringBuilder(2048);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(height)
                .append("\" font-size=\"11\"><title>")
                .append(escape(title))
                .append("</title>");
        return svg;
    }

    private static void legend(StringBuilder svg, List<String> series, boolean rightToLeft) {
        if (series.size() < 2) {
            return;
        }
        int x = 50;
        for (int s = 0; s < series.size(); s++) {
            svg.append("<rect x=\"")
                    .append(rightToLeft ? WIDTH - x - 10 : x)
                    .append("\" y=\"")
                    .append(TOP - 8)
                    .append("\" width=\"10\" height=\"10\" fill=\"")
                    .append(COLOURS.get(s % COLOURS.size()))
                    .append("\"/>");
            svg.append("<text x=\"")
                    .append(x(x + 14, rightToLeft))
                    .append("\" y=\"")
                    .append(TOP + 1)
                    .append("\" text-anchor=\"")
                    .append(rightToLeft ? "end" : "start")
                    .append("\">")
                    .append(escape(series.get(s)))
                    .append("</text>");
            x += 24 + 7 * Math.min(30, series.get(s).length());
        }
    }

    private static int x(int x, boolean rightToLeft) {
        return rightToLeft ? WIDTH - x : x;
    }

    private static String line(int x1, int y1, int x2, int y2) {
        return "<line x1=\"" + x1 + "\" y1=\"" + y1 + "\" x2=\"" + x2 + "\" y2=\"" + y2 + "\" stroke=\"#666\"/>";
    }

    private static String text(int x, int y, String text) {
        return "<text x=\"" + x + "\" y=\"" + y + "\">" + escape(text) + "</text>";
    }

    private static long max(List<List<Long>> rows) {
        long max = 1;
        for (List<Long> row : rows) {
            for (long v : row) {
                max = Math.max(max, v);
            }
        }
        return max;
    }

    /** A long label cut to fit the label column, whole characters (not halves of a pair). */
    static String shortened(String label) {
        if (label.codePointCount(0, label.length()) <= LABEL_MAX) {
            return label;
        }
        return label.substring(0, label.offsetByCodePoints(0, LABEL_MAX - 1)).strip() + "…";
    }

    /** Text as XML character data or an attribute's value. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // control characters are not allowed in XML 1.0: a typed title holding one would break the page
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
