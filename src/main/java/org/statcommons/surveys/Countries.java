package org.statcommons.surveys;

import java.util.Locale;
import java.util.Set;

/** The countries a {@link QuestionKind#COUNTRY} question takes: ISO 3166 alpha-2 codes, upper case. */
final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Countries() {}

    static boolean known(String code) {
        return code != null && CODES.contains(code);
    }
}
