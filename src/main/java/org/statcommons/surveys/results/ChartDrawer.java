package org.statcommons.surveys.results;

import java.util.List;
import java.util.Locale;

/**
 * Draws a question's results as SVG on the server, in the house style of the workplan's timeline (labels in a column,
 * plain rectangles, the figures written beside them, a title and a description for screen readers, which the table
 * under each chart repeats figure for figure): bars of shares for choices, countries and ranks, and one stacked bar of
 * 100 % per Likert question or matrix item, its points from red (the scale's low end) to blue. A withheld figure is
 * not drawn at all. Every text put into the drawing is escaped here ({@link #escape}): labels are what owners typed.
 */
final class ChartDrawer {

    static final int WIDTH = 720;
    static final int LABELS = 240;
    static final int GAP = 8;
    static final int ROW = 24;
    static final int BAR = 16;
    static final int TOP = 8;
    static final int LABEL_MAX = 36;

    /** Colours of a scale's points, from its first (lowest) to its last. */
    static final List<String> FIVE = List.of("#b2182b", "#ef8a62", "#bdbdbd", "#67a9cf", "#2166ac");

    static final List<String> SEVEN =
            List.of("#b2182b", "#d6604d", "#f4a582", "#bdbdbd", "#92c5de", "#4393c3", "#2166ac");

    /** One bar: its label and its share in percent (null: withheld, not drawn). */
    record Bar(String label, Double percent) {}

    /** One stacked row: its label and the share of each point in order (null: withheld, left blank). */
    record Stack(String label, List<Double> shares) {}

    private ChartDrawer() {}

    static String bars(String title, String description, List<Bar> bars) {
        int height = TOP + ROW * Math.max(1, bars.size()) + GAP;
        StringBuilder svg = open(title, description, height);
        int area = WIDTH - LABELS - GAP - 70;
        int y = TOP;
        for (Bar bar : bars) {
            label(svg, bar.label(), y);
            if (bar.percent() != null) {
                int width = (int) Math.round(area * Math.min(100, bar.percent()) / 100);
                svg.append("<rect x=\"")
                        .append(LABELS + GAP)
                        .append("\" y=\"")
                        .append(y + (ROW - BAR) / 2)
                        .append("\" width=\"")
                        .append(Math.max(width, 1))
                        .append("\" height=\"")
                        .append(BAR)
                        .append("\" fill=\"#1f5fa8\"/>");
                svg.append("<text x=\"")
                        .append(LABELS + GAP + Math.max(width, 1) + 4)
                        .append("\" y=\"")
                        .append(y + ROW / 2 + 4)
                        .append("\" font-size=\"11\" fill=\"#111\">")
                        .append(escape(percent(bar.percent())))
                        .append("</text>");
            }
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }

    static String stacked(String title, String description, List<String> pointLabels, List<Stack> stacks) {
        List<String> colours = pointLabels.size() > 5 ? SEVEN : FIVE;
        int legendRows = (pointLabels.size() + 3) / 4;
        int height = TOP + ROW * Math.max(1, stacks.size()) + GAP + legendRows * 18 + GAP;
        StringBuilder svg = open(title, description, height);
        int area = WIDTH - LABELS - GAP * 2;
        int y = TOP;
        for (Stack stack : stacks) {
            label(svg, stack.label(), y);
            double at = 0;
            for (int i = 0; i < stack.shares().size(); i++) {
                Double share = stack.shares().get(i);
                if (share == null || share <= 0) {
                    at += share == null ? 0 : share;
                    continue;
                }
                int x = LABELS + GAP + (int) Math.round(area * at / 100);
                int end = LABELS + GAP + (int) Math.round(area * Math.min(100, at + share) / 100);
                svg.append("<rect x=\"")
                        .append(x)
                        .append("\" y=\"")
                        .append(y + (ROW - BAR) / 2)
                        .append("\" width=\"")
                        .append(Math.max(end - x, 1))
                        .append("\" height=\"")
                        .append(BAR)
                        .append("\" fill=\"")
                        .append(colours.get(Math.min(i, colours.size() - 1)))
                        .append("\"><title>")
                        .append(escape(pointLabels.get(Math.min(i, pointLabels.size() - 1)) + ": " + percent(share)))
                        .append("</title></rect>");
                at += share;
            }
            y += ROW;
        }
        y += GAP;
        for (int i = 0; i < pointLabels.size(); i++) {
            int x = (i % 4) * (WIDTH / 4) + GAP;
            int rowY = y + (i / 4) * 18;
            svg.append("<rect x=\"")
                    .append(x)
                    .append("\" y=\"")
                    .append(rowY)
                    .append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(colours.get(Math.min(i, colours.size() - 1)))
                    .append("\"/><text x=\"")
                    .append(x + 16)
                    .append("\" y=\"")
                    .append(rowY + 10)
                    .append("\" font-size=\"11\" fill=\"#111\">")
                    .append(escape(shortened((i + 1) + " " + pointLabels.get(i), 24)))
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String title, String description, int height) {
        StringBuilder svg = new StringBuilder(2048);
        String id = "c" + Integer.toHexString((title + description).hashCode() ^ height);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(height)
                .append("\" aria-labelledby=\"")
                .append(id)
                .append("t ")
                .append(id)
                .append("d\"><title id=\"")
                .append(id)
                .append("t\">")
                .append(escape(title))
                .append("</title><desc id=\"")
                .append(id)
                .append("d\">")
                .append(escape(description))
                .append("</desc>");
        return svg;
    }

    private static void label(StringBuilder svg, String label, int y) {
        svg.append("<text x=\"")
                .append(LABELS)
                .append("\" y=\"")
                .append(y + ROW / 2 + 4)
                .append("\" text-anchor=\"end\" font-size=\"12\" fill=\"#111\">")
                .append(escape(shortened(label, LABEL_MAX)))
                .append("</text>");
    }

    static String percent(double percent) {
        return String.format(Locale.ROOT, "%.1f %%", percent);
    }

    /** A long label cut to fit the label column. */
    static String shortened(String label, int max) {
        if (label.codePointCount(0, label.length()) <= max) {
            return label;
        }
        return label.substring(0, label.offsetByCodePoints(0, max - 1)).strip() + "…";
    }

    /** Text made safe to stand in SVG (XML) content and attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // characters XML 1.0 does not allow at all are left out
                    if (c == 0x9
                            || c == 0xA
                            || c == 0xD
                            || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD)
                            || c >= 0x10000) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
