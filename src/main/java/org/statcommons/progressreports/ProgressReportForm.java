package org.statcommons.progressreports;

import java.time.LocalDate;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;
import org.statcommons.platform.i18n.Language;

/**
 * The generate form as typed (days as {@code yyyy-MM-dd}, what a date field sends; the report's language by its
 * code, blank for the interface language), and the same fields read from the API's JSON. {@link #command} checks
 * what can be checked without the clock; the period's place in time is the use case's rule.
 */
public record ProgressReportForm(String first, String last, String language) {

    /** The previous calendar year, in the interface language: the report a secretariat writes early in a year. */
    static ProgressReportForm lastYear(LocalDate today) {
        int year = today.getYear() - 1;
        return new ProgressReportForm(
                LocalDate.of(year, 1, 1).toString(),
                LocalDate.of(year, 12, 31).toString(),
                Language.ofRequest().code());
    }

    NewProgressReport command() {
        TextInput input = new TextInput();
        LocalDate start = input.day("first", Text.of("progressreports.field.first"), first, true);
        LocalDate end = input.day("last", Text.of("progressreports.field.last"), last, true);
        Language chosen = input.language("language", language);
        if (start != null && end != null && end.isBefore(start)) {
            input.error("last", Text.of("progressreports.field.last-before-first", start.toString()));
        }
        input.throwIfInvalid();
        return new NewProgressReport(new ReportPeriod(start, end), chosen);
    }
}
