package org.statcommons.insights;

import java.time.LocalDate;
import org.statcommons.platform.Text;

/**
 * What a row counts, typed so that the dashboard shows it in the reader's language (a month in their language's form,
 * a country by its name) and the CSV and the API give a stable code ({@link #code}).
 */
public sealed interface InsightLabel
        permits InsightLabel.Month, InsightLabel.Words, InsightLabel.Country, InsightLabel.Link {

    /** What the CSV and the API say: "2026-03", "FR", the bundle key's last part, the page's path. */
    String code();

    /** A month, given by its first day. */
    record Month(LocalDate day) implements InsightLabel {
        @Override
        public String code() {
            return day.toString().substring(0, 7);
        }
    }

    /** A bundle text (an organisation kind, a kind of act), with its stable code. */
    record Words(String code, Text text) implements InsightLabel {}

    /** A country by its ISO 3166 code; null for "not given". */
    record Country(String iso) implements InsightLabel {
        @Override
        public String code() {
            return iso == null ? "" : iso;
        }
    }

    /** A page (or another thing of the community) by its typed title and address; {@code code} is its path. */
    record Link(String code, String title, String href) implements InsightLabel {}

    static InsightLabel month(LocalDate day) {
        return new Month(day.withDayOfMonth(1));
    }
}
