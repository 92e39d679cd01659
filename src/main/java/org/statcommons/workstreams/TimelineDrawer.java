package org.statcommons.workstreams;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Works out a workplan's timeline: a row per item, a bar from its first day to the end of its due day on a scale of
 * the workplan's period (widened to hold an item outside it), month lines (every quarter over a year and a half, every
 * year over four years) and today's line. In a right-to-left language the whole drawing is mirrored: time runs from
 * right to left and the labels stand on the right, as a reader of Arabic reads a chart.
 */
final class TimelineDrawer {

    static final int WIDTH = 760;
    static final int LABELS = 230;
    static final int GAP = 10;
    static final int ROW = 26;
    static final int BAR = 16;
    static final int TOP = 28;
    static final int LABEL_MAX = 38;

    private TimelineDrawer() {}

    static Timeline draw(LocalDate from, LocalDate to, List<WorkplanItem> items, LocalDate today, boolean rightToLeft) {
        LocalDate start = from;
        LocalDate end = to;
        for (WorkplanItem item : items) {
            start = item.startsOn().isBefore(start) ? item.startsOn() : start;
            end = item.dueOn().isAfter(end) ? item.dueOn() : end;
        }
        Scale scale = new Scale(start, end.plusDays(1), LABELS + GAP, WIDTH - GAP);
        List<Timeline.Bar> bars = new ArrayList<>();
        int y = TOP;
        for (WorkplanItem item : items) {
            int x = scale.x(item.startsOn());
            int width = Math.max(2, scale.x(item.dueOn().plusDays(1)) - x);
            int barX = rightToLeft ? WIDTH - x - width : x;
            int labelX = rightToLeft ? WIDTH - LABELS : LABELS;
            bars.add(new Timeline.Bar(
                    barX,
                    y + (ROW - BAR) / 2,
                    width,
                    BAR,
                    shortened(item.activity()),
                    labelX,
                    y + ROW / 2 + 5,
                    rightToLeft ? "start" : "end",
                    item.status(),
                    item.overdue(today)));
            y += ROW;
        }
        List<Timeline.Tick> ticks = new ArrayList<>();
        long months = ChronoUnit.MONTHS.between(YearMonth.from(start), YearMonth.from(end)) + 1;
        int step = months > 48 ? 12 : months > 18 ? 3 : 1;
        for (YearMonth m = YearMonth.from(start); !m.atDay(1).isAfter(end); m = m.plusMonths(step)) {
            LocalDate first = m.atDay(1).isBefore(start) ? start : m.atDay(1);
            int x = scale.x(first);
            int tickX = rightToLeft ? WIDTH - x : x;
            ticks.add(new Timeline.Tick(tickX, m.toString(), rightToLeft ? tickX - 2 : tickX + 2));
        }
        Integer todayX = null;
        if (!today.isBefore(start) && today.isBefore(end.plusDays(1))) {
            int x = scale.x(today);
            todayX = rightToLeft ? WIDTH - x : x;
        }
        return new Timeline(WIDTH, y + GAP, List.copyOf(bars), List.copyOf(ticks), todayX, TOP);
    }

    /** A long activity cut to fit the label column, whole words where it can. */
    static String shortened(String activity) {
        if (activity.codePointCount(0, activity.length()) <= LABEL_MAX) {
            return activity;
        }
        return activity.substring(0, activity.offsetByCodePoints(0, LABEL_MAX - 1))
                        .strip() + "…";
    }

    /** Days to pixels, left to right: {@code from} at {@code left}, {@code until} (exclusive) at {@code right}. */
    record Scale(LocalDate from, LocalDate until, int left, int right) {

        int x(LocalDate day) {
            long span = Math.max(1, ChronoUnit.DAYS.between(from, until));
            long offset = ChronoUnit.DAYS.between(from, day);
            return left + (int) Math.round((double) offset * (right - left) / span);
        }
    }
}
