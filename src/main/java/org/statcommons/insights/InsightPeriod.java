package org.statcommons.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The days the figures cover, first and last included, as UTC days: the same period reads the same for every reader
 * whatever their zone, as the progress report's does.
 */
public record InsightPeriod(LocalDate first, LocalDate last) {

    public InsightPeriod {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("A period ending before it begins: " + first + " to " + last);
        }
    }

    /** The first moment of the period. */
    public Instant from() {
        return first.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first moment after the period (exclusive end). */
    public Instant until() {
        return last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first day of each month the period touches, in order: the rows of a series by month. */
    public List<LocalDate> months() {
        List<LocalDate> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(first); !m.isAfter(YearMonth.from(last)); m = m.plusMonths(1)) {
            months.add(m.atDay(1));
        }
        return months;
    }
}
