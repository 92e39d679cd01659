package org.statcommons.progressreports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The days a report covers, first and last included, as UTC days: the same period reads the same for every
 * secretariat member whatever their zone, as a drive's period does.
 */
public record ReportPeriod(LocalDate first, LocalDate last) {

    /** The first moment of the period. */
    public Instant from() {
        return first.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first moment after the period (exclusive end). */
    public Instant until() {
        return last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The end of what a section may count: the period's end, or {@code now} when the period runs until today. */
    public Instant untilAtMost(Instant now) {
        return until().isAfter(now) ? now : until();
    }

    /** True when the period is one whole calendar year. */
    public boolean calendarYear() {
        return first.getDayOfYear() == 1 && last.equals(first.withDayOfYear(first.lengthOfYear()));
    }
}
