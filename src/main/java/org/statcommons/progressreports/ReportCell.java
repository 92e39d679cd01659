package org.statcommons.progressreports;

import java.time.Instant;
import org.statcommons.platform.Text;

/**
 * One cell of a report's table, typed so that the report formats it for its language: a number with the language's
 * grouping, a date in the language's form, a country by its name in the language, a bundle text; what people typed
 * (a meeting's title) is written as typed, its Markdown characters escaped.
 */
public sealed interface ReportCell
        permits ReportCell.Words,
                ReportCell.Typed,
                ReportCell.Number,
                ReportCell.Day,
                ReportCell.Days,
                ReportCell.Country,
                ReportCell.Link,
                ReportCell.Month {

    /** A bundle text. */
    record Words(Text text) implements ReportCell {}

    /** Words people typed, shown as typed. */
    record Typed(String text) implements ReportCell {}

    /** A count. */
    record Number(long value) implements ReportCell {}

    /** A moment, shown as its date in the report's zone. */
    record Day(Instant at) implements ReportCell {}

    /** Days of the calendar (due dates), the same in every zone, each in the language's form, one after the other. */
    record Days(java.util.List<java.time.LocalDate> days) implements ReportCell {

        public Days {
            days = java.util.List.copyOf(days);
        }
    }

    /** A country by its ISO 3166 code; null for "not given". */
    record Country(String code) implements ReportCell {}

    /** A link on this server: typed words and an address ("/c/…"). */
    record Link(String label, String href) implements ReportCell {}

    /** A month of a year ("March 2026"), given by any of its days. */
    record Month(java.time.LocalDate day) implements ReportCell {}

    static ReportCell month(java.time.LocalDate day) {
        return new Month(day);
    }

    static ReportCell words(String key, Object... args) {
        return new Words(Text.of(key, args));
    }

    static ReportCell typed(String text) {
        return new Typed(text == null ? "" : text);
    }

    static ReportCell number(long value) {
        return new Number(value);
    }

    static ReportCell day(Instant at) {
        return new Day(at);
    }

    static ReportCell days(java.util.List<java.time.LocalDate> days) {
        return new Days(days);
    }

    static ReportCell country(String code) {
        return new Country(code);
    }

    static ReportCell link(String label, String href) {
        return new Link(label == null ? "" : label, href);
    }
}
