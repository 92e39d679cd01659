package org.statcommons.workstreams;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * When a workstream's progress reports are due: every {@code everyMonths} months from the day it was approved (the
 * first report {@code everyMonths} after it). A month's day that the month lacks falls on its last day (approved on
 * 31 January, every month: 28 or 29 February, then 31 March), always counted from the start so that days do not
 * drift.
 */
public record ReportSchedule(LocalDate start, int everyMonths) {

    /** No schedule: a workstream not approved. */
    public static final ReportSchedule NONE = new ReportSchedule(null, 0);

    /** The n-th due date (1 is the first). */
    public LocalDate due(int n) {
        return start.plusMonths((long) n * everyMonths);
    }

    /** Every due date up to and including {@code until}, oldest first. */
    public List<LocalDate> dueUntil(LocalDate until) {
        List<LocalDate> dates = new ArrayList<>();
        if (start == null) {
            return dates;
        }
        for (int n = 1; !due(n).isAfter(until); n++) {
            dates.add(due(n));
        }
        return dates;
    }

    /** The first due date after {@code today} (the next report), or null without a schedule. */
    public LocalDate next(LocalDate today) {
        if (start == null) {
            return null;
        }
        int n = 1;
        while (!due(n).isAfter(today)) {
            n++;
        }
        return due(n);
    }

    /** The due dates passed (before {@code today}) that no report answers, oldest first. */
    public List<LocalDate> overdue(LocalDate today, Set<LocalDate> reported) {
        return dueUntil(today.minusDays(1)).stream()
                .filter(d -> !reported.contains(d))
                .toList();
    }

    /** The due dates a report may be recorded against today: those passed without one, and the next. */
    public List<LocalDate> open(LocalDate today, Set<LocalDate> reported) {
        List<LocalDate> dates = new ArrayList<>(
                dueUntil(today).stream().filter(d -> !reported.contains(d)).toList());
        LocalDate next = next(today);
        if (next != null && !reported.contains(next)) {
            dates.add(next);
        }
        return dates;
    }
}
