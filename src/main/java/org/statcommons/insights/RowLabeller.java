package org.statcommons.insights;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.i18n.Language;

/**
 * Writes rows' labels in the reader's language: a month in their language's form (one format made for all the
 * dashboard's months: making one costs more than a page of figures), a country by its name, a bundle text, a page by
 * its title. One per answer.
 */
final class RowLabeller {

    private final Language language;
    private final Function<LocalDate, String> months;
    private final Function<LocalDate, String> briefMonths;

    RowLabeller(Language language, TimePresenter times) {
        this.language = language;
        this.months = times.months(false);
        this.briefMonths = times.months(true);
    }

    String label(InsightLabel label, boolean brief) {
        if (label instanceof InsightLabel.Month m) {
            return (brief ? briefMonths : months).apply(m.day());
        } else if (label instanceof InsightLabel.Words w) {
            return w.text().in(language);
        } else if (label instanceof InsightLabel.Country c) {
            if (c.iso() == null || c.iso().isBlank()) {
                return Text.of("insights.country.none").in(language);
            }
            String name = new Locale("", c.iso()).getDisplayCountry(language.locale());
            return name.isBlank() ? c.iso() : name;
        } else if (label instanceof InsightLabel.Link l) {
            return l.title() == null || l.title().isBlank() ? l.code() : l.title();
        }
        throw new IllegalArgumentException("A label of an unknown kind: " + label);
    }
}
