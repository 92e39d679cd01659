package org.statcommons.platform.chart;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * Draws figures as SVG charts on the server (no script), for the activity dashboard and the evaluation report
 * ({@code insights}) and for survey results ({@code surveys.results}). Each chart is a picture of the table the page
 * puts beside it, which is what screen readers read; it says so in its title. Everything written into a drawing is
 * escaped as XML here ({@link #escape}), since pages put it in as it is and labels are what people typed. Whole
 * pixels, plain rectangles and text, no per-figure titles but the stacked bars': a page holds several charts and
 * stays under 30 KB.
 *
 * <p>Two families share the drawing: counts (columns over time, bars for categories, 640 wide, mirrored in a
 * right-to-left language) and shares in percent (bars of choices and stacked bars of a scale, 720 wide, a title and a
 * description for screen readers).
 */
public final class ChartDrawer {

    /** Width of a chart of counts. */
    public static final int WIDTH = 640;

    public static final int TOP = 22;
    /** Height of the tallest column. */
    public static final int PLOT = 150;
    /** Width of the label column of the bars of counts. */
    public static final int LABELS = 170;

    public static final int BAR = 14;
    /** The most characters of a category's label in the bars of counts. */
    public static final int LABEL_MAX = 26;

    public static final List<String> COLOURS = List.of("#1f5fa8", "#c0620a", "#2e7d32", "#6a3d9a");

    /** Width of a chart of shares. */
    public static final int SHARE_WIDTH = 720;
    /** Width of the label column of the charts of shares. */
    public static final int SHARE_LABELS = 240;

    static final int SHARE_GAP = 8;
    static final int SHARE_ROW = 24;
    static final int SHARE_BAR = 16;
    static final int SHARE_TOP = 8;
    /** The most characters of a choice's label in the charts of shares. */
    public static final int SHARE_LABEL_MAX = 36;

    /** Colours of a scale's points, from its first (lowest, red) to its last (blue). */
    static final List<String> FIVE = List.of("#b2182b", "#ef8a62", "#bdbdbd", "#67a9cf", "#2166ac");

    static final List<String> SEVEN =
            List.of("#b2182b", "#d6604d", "#f4a582", "#bdbdbd", "#92c5de", "#4393c3", "#2166ac");

    /** One bar: its label and its share in percent (null: withheld, not drawn). */
    public record Bar(String label, Double percent) {}

    /** One stacked row: its label and the share of each point in order (null: withheld, left blank). */
    public record Stack(String label, List<Double> shares) {}

    /**
     * One line of values: its name and a value per period (null: not drawn, a gap), and which periods are marked with
     * {@code mark} under the axis (a confidential value, so that a gap is not read as missing data).
     */
    public record Line(String name, List<Double> values, List<Boolean> marked) {}

    /** One bar of an amount: its label, its value (null: no bar) and the mark written instead of a missing value. */
    public record Amount(String label, Double value, String mark) {}

    private ChartDrawer() {}

    /**
     * Columns over time: one group per row, a column per series, one colour per series. {@code labels} name the rows;
     * no more than eight are written under the axis, spread evenly, so long periods stay readable. The figures are
     * not repeated but the scale's top. Empty when there is no row.
     */
    public static String columns(
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

    /**
     * Bars of counts for categories (countries, kinds, pages), a row each, longest first as the table lists them; the
     * first series only (the table gives the others). Empty with no row.
     */
    public static String bars(
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
            svg.append(text(x(LABELS, rightToLeft), TOP + r * row + BAR - 3, shortened(labels.get(r), LABEL_MAX)));
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

    /** Bars of shares (choices, countries, ranks), each with its percentage beside it; a withheld one not drawn. */
    public static String bars(String title, String description, List<Bar> bars) {
        int height = SHARE_TOP + SHARE_ROW * Math.max(1, bars.size()) + SHARE_GAP;
        StringBuilder svg = open(title, description, height);
        int area = SHARE_WIDTH - SHARE_LABELS - SHARE_GAP - 70;
        int y = SHARE_TOP;
        for (Bar bar : bars) {
            label(svg, bar.label(), y);
            if (bar.percent() != null) {
                int width = (int) Math.round(area * Math.min(100, bar.percent()) / 100);
                svg.append("<rect x=\"")
                        .append(SHARE_LABELS + SHARE_GAP)
                        .append("\" y=\"")
                        .append(y + (SHARE_ROW - SHARE_BAR) / 2)
                        .append("\" width=\"")
                        .append(Math.max(width, 1))
                        .append("\" height=\"")
                        .append(SHARE_BAR)
                        .append("\" fill=\"#1f5fa8\"/>");
                svg.append("<text x=\"")
                        .append(SHARE_LABELS + SHARE_GAP + Math.max(width, 1) + 4)
                        .append("\" y=\"")
                        .append(y + SHARE_ROW / 2 + 4)
                        .append("\" font-size=\"11\" fill=\"#111\">")
                        .append(escape(percent(bar.percent())))
                        .append("</text>");
            }
            y += SHARE_ROW;
        }
        return svg.append("</svg>").toString();
    }

    /**
     * One stacked bar of 100 % per Likert question or matrix item, its points from red (the scale's low end) to blue,
     * with a legend of the points under the bars. A withheld share is left blank.
     */
    public static String stacked(String title, String description, List<String> pointLabels, List<Stack> stacks) {
        List<String> colours = pointLabels.size() > 5 ? SEVEN : FIVE;
        // escaped once, not once per segment that names its point
        List<String> points = pointLabels.stream().map(ChartDrawer::escape).toList();
        int legendRows = (pointLabels.size() + 3) / 4;
        int height = SHARE_TOP + SHARE_ROW * Math.max(1, stacks.size()) + SHARE_GAP + legendRows * 18 + SHARE_GAP;
        StringBuilder svg = open(title, description, height);
        int area = SHARE_WIDTH - SHARE_LABELS - SHARE_GAP * 2;
        int y = SHARE_TOP;
        for (Stack stack : stacks) {
            label(svg, stack.label(), y);
            double at = 0;
            for (int i = 0; i < stack.shares().size(); i++) {
                Double share = stack.shares().get(i);
                if (share == null || share <= 0) {
                    at += share == null ? 0 : share;
                    continue;
                }
                int x = SHARE_LABELS + SHARE_GAP + (int) Math.round(area * at / 100);
                int end = SHARE_LABELS + SHARE_GAP + (int) Math.round(area * Math.min(100, at + share) / 100);
                String point = points.isEmpty() ? "" : points.get(Math.min(i, points.size() - 1));
                svg.append("<rect x=\"")
                        .append(x)
                        .append("\" y=\"")
                        .append(y + (SHARE_ROW - SHARE_BAR) / 2)
                        .append("\" width=\"")
                        .append(Math.max(end - x, 1))
                        .append("\" height=\"")
                        .append(SHARE_BAR)
                        .append("\" fill=\"")
                        .append(colours.get(Math.min(i, colours.size() - 1)))
                        .append("\"><title>")
                        .append(point)
                        .append(": ")
                        .append(percent(share))
                        .append("</title></rect>");
                at += share;
            }
            y += SHARE_ROW;
        }
        y += SHARE_GAP;
        for (int i = 0; i < pointLabels.size(); i++) {
            int x = (i % 4) * (SHARE_WIDTH / 4) + SHARE_GAP;
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

    /**
     * Lines over time (a dataset's figures: any real values, negative ones too), one colour per line (at most four), a gap where a value
     * is missing and the {@code mark} under the axis where one is confidential. No more than eight period labels are
     * written, spread evenly. Empty when there is no period.
     */
    public static String lines(
            String title,
            String description,
            List<String> labels,
            List<Line> lines,
            String mark,
            Function<Double, String> number,
            boolean rightToLeft) {
        if (labels.isEmpty() || lines.isEmpty()) {
            return "";
        }
        double[] range = range(lines.stream().flatMap(l -> l.values().stream()).toList());
        int legend = lines.size() > 1 ? 16 * lines.size() : 0;
        int height = TOP + legend + PLOT + 36;
        int left = 70;
        int plotWidth = WIDTH - left - 16;
        double step = labels.size() == 1 ? 0 : (double) plotWidth / (labels.size() - 1);
        int top = TOP + legend;
        int base = top + PLOT;
        StringBuilder svg = open(WIDTH, title, description, height);
        for (int s = 0; lines.size() > 1 && s < lines.size(); s++) {
            key(svg, left, TOP - 8 + 16 * s, s, shortened(lines.get(s).name(), 70), rightToLeft);
        }
        int zero = y(0, range, top);
        svg.append(line(x(left, rightToLeft), zero, x(WIDTH - 10, rightToLeft), zero));
        svg.append("<g text-anchor=\"").append(rightToLeft ? "start" : "end").append("\">");
        svg.append(text(x(left - 4, rightToLeft), top + 4, number.apply(range[1])));
        svg.append(text(x(left - 4, rightToLeft), base, number.apply(range[0])));
        svg.append("</g>");
        for (int s = 0; s < lines.size(); s++) {
            Line l = lines.get(s);
            String colour = COLOURS.get(s % COLOURS.size());
            StringBuilder points = new StringBuilder();
            int run = 0;
            svg.append("<g stroke=\"")
                    .append(colour)
                    .append("\" fill=\"")
                    .append(colour)
                    .append("\">");
            for (int p = 0; p <= labels.size(); p++) {
                Double v =
                        p < labels.size() && p < l.values().size() ? l.values().get(p) : null;
                if (v == null) {
                    // a gap: the run so far is drawn, a point alone as a dot
                    if (run > 1) {
                        svg.append("<polyline fill=\"none\" stroke-width=\"2\" points=\"")
                                .append(points.toString().strip())
                                .append("\"/>");
                    } else if (run == 1) {
                        String[] xy = points.toString().strip().split(",");
                        svg.append("<circle cx=\"")
                                .append(xy[0])
                                .append("\" cy=\"")
                                .append(xy[1])
                                .append("\" r=\"3\"/>");
                    }
                    points.setLength(0);
                    run = 0;
                    continue;
                }
                int px = x((int) Math.round(left + p * step), rightToLeft);
                points.append(px).append(',').append(y(v, range, top)).append(' ');
                run++;
            }
            svg.append("</g>");
            StringBuilder marks = new StringBuilder();
            for (int p = 0; p < labels.size() && p < l.marked().size(); p++) {
                if (l.marked().get(p)) {
                    marks.append(text(
                            x((int) Math.round(left + p * step), rightToLeft), base + 30 - 2 * (s % 4), mark));
                }
            }
            if (!marks.isEmpty()) {
                svg.append("<g fill=\"")
                        .append(colour)
                        .append("\" text-anchor=\"middle\">")
                        .append(marks)
                        .append("</g>");
            }
        }
        int every = (int) Math.ceil(labels.size() / 8.0);
        svg.append("<g text-anchor=\"middle\">");
        for (int p = 0; p < labels.size(); p += every) {
            svg.append(text(x((int) Math.round(left + p * step), rightToLeft), base + 15, labels.get(p)));
        }
        return svg.append("</g></svg>").toString();
    }

    /**
     * Bars of amounts for one period (a dataset's figures), a row each in the order given, the value written beside
     * each bar; a missing one has no bar and its mark instead. Empty with no bar.
     */
    public static String amounts(
            String title, String description, List<Amount> bars, Function<Double, String> number, boolean rightToLeft) {
        if (bars.isEmpty()) {
            return "";
        }
        double[] range = range(bars.stream().map(Amount::value).toList());
        int row = BAR + 6;
        int height = TOP + bars.size() * row + 4;
        int plotLeft = LABELS + 8;
        int plotWidth = WIDTH - plotLeft - 80;
        StringBuilder svg = open(WIDTH, title, description, height);
        int zero = plotLeft + (int) Math.round(-range[0] * plotWidth / (range[1] - range[0]));
        StringBuilder labels = new StringBuilder();
        StringBuilder rects = new StringBuilder();
        StringBuilder values = new StringBuilder();
        for (int r = 0; r < bars.size(); r++) {
            Amount bar = bars.get(r);
            int y = TOP + r * row;
            labels.append(text(x(LABELS, rightToLeft), y + BAR - 3, shortened(bar.label(), LABEL_MAX)));
            if (bar.value() == null) {
                values.append(text(x(zero + 4, rightToLeft), y + BAR - 3, bar.mark()));
                continue;
            }
            int w = (int) Math.round(Math.abs(bar.value()) * plotWidth / (range[1] - range[0]));
            int from = bar.value() < 0 ? zero - w : zero;
            rects.append(rect(rightToLeft ? WIDTH - from - w : from, y, Math.max(1, w), BAR));
            values.append(text(x(Math.max(zero, from + w) + 4, rightToLeft), y + BAR - 3, number.apply(bar.value())));
        }
        svg.append("<g text-anchor=\"")
                .append(rightToLeft ? "start" : "end")
                .append("\">")
                .append(labels)
                .append("</g>");
        svg.append("<g fill=\"")
                .append(COLOURS.get(0))
                .append("\">")
                .append(rects)
                .append("</g>");
        svg.append("<g text-anchor=\"")
                .append(rightToLeft ? "end" : "start")
                .append("\">")
                .append(values)
                .append("</g>");
        return svg.append("</svg>").toString();
    }

    /** A row of a heat map: its label, a value per column (null: nothing known), and whether it is marked. */
    public record HeatRow(String label, List<Double> values, boolean marked) {}

    /** A heat map's cell, in pixels; its row labels' width and its column labels' height. */
    public static final int HEAT_CELL = 12;

    public static final int HEAT_LABELS = 230;
    public static final int HEAT_TOP = 140;

    /**
     * A heat map (capabilities × countries): one square per row and column, from white (0) to deep orange
     * ({@code max}), light grey where nothing is known; column labels turned upwards, a marked row's label in bold
     * with a ● before it. Cost in proportion to the cells drawn, one short element each.
     */
    public static String heatMap(
            String title, String description, List<String> columns, List<HeatRow> rows, double max) {
        int width = HEAT_LABELS + HEAT_CELL * Math.max(1, columns.size()) + 20;
        int height = HEAT_TOP + HEAT_CELL * Math.max(1, rows.size()) + 10;
        StringBuilder svg = open(width, title, description, height);
        svg.append("<g font-size=\"10\" fill=\"#111\">");
        for (int c = 0; c < columns.size(); c++) {
            int x = HEAT_LABELS + c * HEAT_CELL + HEAT_CELL / 2 + 3;
            svg.append("<text transform=\"translate(")
                    .append(x)
                    .append(' ')
                    .append(HEAT_TOP - 4)
                    .append(") rotate(-60)\">")
                    .append(escape(shortened(columns.get(c), 28)))
                    .append("</text>");
        }
        int y = HEAT_TOP;
        for (HeatRow row : rows) {
            svg.append("<text x=\"")
                    .append(HEAT_LABELS - 4)
                    .append("\" y=\"")
                    .append(y + HEAT_CELL - 2)
                    .append("\" text-anchor=\"end\"")
                    .append(row.marked() ? " font-weight=\"bold\">● " : ">")
                    .append(escape(shortened(row.label(), 36)))
                    .append("</text>");
            for (int c = 0; c < columns.size() && c < row.values().size(); c++) {
                Double value = row.values().get(c);
                svg.append("<rect x=\"")
                        .append(HEAT_LABELS + c * HEAT_CELL)
                        .append("\" y=\"")
                        .append(y)
                        .append("\" width=\"")
                        .append(HEAT_CELL - 1)
                        .append("\" height=\"")
                        .append(HEAT_CELL - 1)
                        .append("\" fill=\"")
                        .append(value == null ? "#e4e4e4" : heat(max <= 0 ? 0 : value / max))
                        .append("\"/>");
            }
            y += HEAT_CELL;
        }
        return svg.append("</g></svg>").toString();
    }

    /** White to deep orange (#c0620a) by a share from 0 to 1. */
    private static String heat(double share) {
        double s = Math.max(0, Math.min(1, share));
        int r = (int) Math.round(255 + (0xc0 - 255) * s);
        int g = (int) Math.round(255 + (0x62 - 255) * s);
        int b = (int) Math.round(255 + (0x0a - 255) * s);
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }

    /** A share as the charts write it, the same in every language. */
    public static String percent(double percent) {
        return String.format(Locale.ROOT, "%.1f %%", percent);
    }

    /** A long label cut to {@code max} characters, whole ones (not halves of a pair), an ellipsis last. */
    public static String shortened(String label, int max) {
        // counts no further than max: a label of a megabyte costs no more than a short one
        int end = 0;
        for (int n = 0; n < max && end < label.length(); n++) {
            end += Character.charCount(label.codePointAt(end));
        }
        if (end >= label.length()) {
            return label;
        }
        return label.substring(0, label.offsetByCodePoints(0, max - 1)).strip() + "…";
    }

    /**
     * Text made safe to stand in XML (SVG, XHTML) content and attribute values. Characters XML 1.0 does not allow at
     * all (control characters, lone halves of a surrogate pair) are left out: a typed title holding one would break
     * the page.
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c)) {
                        if (i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                            out.append(c).append(text.charAt(++i));
                        }
                    } else if (c == 0x9
                            || c == 0xA
                            || c == 0xD
                            || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static StringBuilder start(String title, int height) {
        StringBuilder svg = svg(WIDTH, height);
        svg.append(" font-size=\"11\"><title>").append(escape(title)).append("</title>");
        return svg;
    }

    private static StringBuilder open(String title, String description, int height) {
        return open(SHARE_WIDTH, title, description, height);
    }

    private static StringBuilder open(int width, String title, String description, int height) {
        StringBuilder svg = svg(width, height);
        String id = "c" + Integer.toHexString((title + description).hashCode() ^ height);
        svg.append(" aria-labelledby=\"")
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

    /** The opening tag up to its last attributes, which each family adds. */
    private static StringBuilder svg(int width, int height) {
        StringBuilder svg = new StringBuilder(2048);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append('"');
        return svg;
    }

    private static void legend(StringBuilder svg, List<String> series, boolean rightToLeft) {
        if (series.size() < 2) {
            return;
        }
        int x = 50;
        for (int s = 0; s < series.size(); s++) {
            key(svg, x, TOP - 8, s, series.get(s), rightToLeft);
            x += 24 + 7 * Math.min(30, series.get(s).length());
        }
    }

    /** A legend's key at (x, y): the series' colour in a square, its name beside. */
    private static void key(StringBuilder svg, int x, int y, int series, String name, boolean rightToLeft) {
        svg.append("<rect x=\"")
                .append(rightToLeft ? WIDTH - x - 10 : x)
                .append("\" y=\"")
                .append(y)
                .append("\" width=\"10\" height=\"10\" fill=\"")
                .append(COLOURS.get(series % COLOURS.size()))
                .append("\"/>");
        svg.append("<text x=\"")
                .append(x(x + 14, rightToLeft))
                .append("\" y=\"")
                .append(y + 9)
                .append("\" text-anchor=\"")
                .append(rightToLeft ? "end" : "start")
                .append("\">")
                .append(escape(name))
                .append("</text>");
    }

    private static void label(StringBuilder svg, String label, int y) {
        svg.append("<text x=\"")
                .append(SHARE_LABELS)
                .append("\" y=\"")
                .append(y + SHARE_ROW / 2 + 4)
                .append("\" text-anchor=\"end\" font-size=\"12\" fill=\"#111\">")
                .append(escape(shortened(label, SHARE_LABEL_MAX)))
                .append("</text>");
    }

    private static int x(int x, boolean rightToLeft) {
        return rightToLeft ? WIDTH - x : x;
    }

    private static String rect(int x, int y, int width, int height) {
        return "<rect x=\"" + x + "\" y=\"" + y + "\" width=\"" + width + "\" height=\"" + height + "\"/>";
    }

    private static String line(int x1, int y1, int x2, int y2) {
        return "<line x1=\"" + x1 + "\" y1=\"" + y1 + "\" x2=\"" + x2 + "\" y2=\"" + y2 + "\" stroke=\"#666\"/>";
    }

    private static String text(int x, int y, String text) {
        return "<text x=\"" + x + "\" y=\"" + y + "\">" + escape(text) + "</text>";
    }

    /** The lowest and highest value to draw (0 always within), never an empty range. */
    private static double[] range(List<Double> values) {
        double low = 0;
        double high = 0;
        for (Double v : values) {
            if (v != null && Double.isFinite(v)) {
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
        }
        return high == low ? new double[] {low, low + 1} : new double[] {low, high};
    }

    private static int y(double value, double[] range, int top) {
        return top + (int) Math.round((range[1] - value) * PLOT / (range[1] - range[0]));
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
}
