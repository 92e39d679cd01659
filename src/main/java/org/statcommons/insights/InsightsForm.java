package org.statcommons.insights;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * The period as asked for in the address ({@code ?period=this-year}, or {@code ?from=2026-01-01&to=2026-06-30}, days
 * as a date field sends them), for the page, the CSV and the API alike. No period: the last twelve months (the
 * current one and the eleven before it, whole). A preset wins over days.
 */
public record InsightsForm(String period, String from, String to) {

    static final String LAST_12_MONTHS = "last-12-months";
    static final String THIS_YEAR = "this-year";
    static final String LAST_YEAR = "last-year";
    static final String ALL = "all";
    static final java.util.List<String> PRESETS = java.util.List.of(LAST_12_MONTHS, THIS_YEAR, LAST_YEAR, ALL);
    /** Twenty years: more would be no period of a community's life. */
    static final long MAX_DAYS = 7320;

    /**
     * The period asked for: {@code today} in UTC, {@code since} the community's first day (what "all" begins with).
     */
    InsightPeriod command(LocalDate today, LocalDate since) {
        TextInput input = new TextInput();
        boolean days = !blank(from) || !blank(to);
        String preset = blank(period) ? (days ? "" : LAST_12_MONTHS) : period.strip();
        switch (preset) {
            case LAST_12_MONTHS -> {
                return new InsightPeriod(today.withDayOfMonth(1).minusMonths(11), today);
            }
            case THIS_YEAR -> {
                return new InsightPeriod(today.withDayOfYear(1), today);
            }
            case LAST_YEAR -> {
                LocalDate first = today.withDayOfYear(1).minusYears(1);
                return new InsightPeriod(first, first.withDayOfYear(first.lengthOfYear()));
            }
            case ALL -> {
                return new InsightPeriod(since.isAfter(today) ? today : since, today);
            }
            case "" -> {
                // the days below
            }
            default -> {
                input.error("period", Text.of("insights.field.period-unknown", String.join(", ", PRESETS)));
                input.throwIfInvalid();
            }
        }
        LocalDate first = day(input, "from", from);
        LocalDate last = day(input, "to", to);
        if (first != null && last != null) {
            if (last.isBefore(first)) {
                input.error("to", Text.of("insights.field.to-before-from", first.toString()));
            } else if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
                input.error("from", Text.of("insights.field.too-long", 20));
            }
        }
        input.throwIfInvalid();
        return new InsightPeriod(first, last);
    }

    private static LocalDate day(TextInput input, String field, String typed) {
        if (blank(typed)) {
            input.error(field, Text.of("insights.field.day-required"));
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            input.error(field, Text.of("insights.field.day-invalid"));
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
