package org.statcommons.data.ingest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SDMX periods ({@code 2024}, {@code 2024-Q2}, {@code 2024-S1}, {@code 2024-M03} or {@code 2024-03}, {@code 2024-W07},
 * {@code 2024-03-31}, {@code 2024-A1}) as the first and last day they cover, so that a query by {@code startPeriod} and
 * {@code endPeriod} finds every frequency alike.
 */
final class Periods {

    private static final Pattern PERIOD =
            Pattern.compile("^(\\d{4})(?:-(?:(A1)|S([12])|Q([1-4])|M?(0[1-9]|1[0-2])|W(0[1-9]|[1-4]\\d|5[0-3]))"
                    + "(?:-(0[1-9]|[12]\\d|3[01]))?)?$");

    private Periods() {}

    /** First and last day of a period. */
    record Span(LocalDate start, LocalDate end) {}

    static Optional<Span> of(String period) {
        Matcher m = PERIOD.matcher(period == null ? "" : period.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        try {
            if (m.group(7) != null) {
                if (m.group(5) == null) {
                    return Optional.empty();
                }
                LocalDate day = LocalDate.of(year, Integer.parseInt(m.group(5)), Integer.parseInt(m.group(7)));
                return Optional.of(new Span(day, day));
            }
            if (m.group(3) != null) {
                int half = Integer.parseInt(m.group(3));
                YearMonth first = YearMonth.of(year, half == 1 ? 1 : 7);
                return Optional.of(new Span(first.atDay(1), first.plusMonths(5).atEndOfMonth()));
            }
            if (m.group(4) != null) {
                YearMonth first = YearMonth.of(year, (Integer.parseInt(m.group(4)) - 1) * 3 + 1);
                return Optional.of(new Span(first.atDay(1), first.plusMonths(2).atEndOfMonth()));
            }
            if (m.group(5) != null) {
                YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(5)));
                return Optional.of(new Span(month.atDay(1), month.atEndOfMonth()));
            }
            if (m.group(6) != null) {
                LocalDate monday = LocalDate.of(year, 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(6)))
                        .with(java.time.DayOfWeek.MONDAY);
                return Optional.of(new Span(monday, monday.plusDays(6)));
            }
            return Optional.of(new Span(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The first day of a query's {@code startPeriod}. */
    static Optional<LocalDate> start(String period) {
        return of(period).map(Span::start);
    }

    /** The last day of a query's {@code endPeriod}. */
    static Optional<LocalDate> end(String period) {
        return of(period).map(Span::end);
    }
}
