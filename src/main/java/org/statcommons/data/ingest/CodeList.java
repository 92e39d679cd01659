package org.statcommons.data.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The codes a dimension may take. A list of codes is checked in SQL against the staged rows ({@link #codes()}), a
 * pattern with a regular expression ({@link #pattern()}); {@code FREE} takes any non-empty code.
 */
public enum CodeList {
    /** ISO 3166-1 alpha-2 or alpha-3 country codes, as SDMX's {@code CL_AREA} takes them. */
    COUNTRY,
    /** SDMX {@code CL_SEX}: F, M, _T (total), _O, _U, _Z, _N. */
    SEX,
    /** Age groups as SDMX writes them ({@code Y15T24}, {@code Y_GE65}, {@code Y_LT15}, {@code _T}) or as people do. */
    AGE,
    /** Any code. */
    FREE;

    private static final List<String> SEXES = List.of("F", "M", "_T", "_O", "_U", "_Z", "_N");
    private static final String AGES =
            "^(Y[0-9]+T[0-9]+|Y_GE[0-9]+|Y_LT[0-9]+|Y[0-9]+|_T|_U|_Z|[0-9]+ ?[-–] ?[0-9]+|[0-9]+ ?\\+|[0-9]+)$";

    /** The codes of a list, or empty for a pattern or {@code FREE}. */
    List<String> codes() {
        return switch (this) {
            case COUNTRY -> countries();
            case SEX -> SEXES;
            default -> List.of();
        };
    }

    /** The regular expression of a pattern, or null. */
    String pattern() {
        return this == AGE ? AGES : null;
    }

    boolean accepts(String code) {
        return switch (this) {
            case COUNTRY -> countries().contains(code);
            case SEX -> SEXES.contains(code);
            case AGE -> code.matches(AGES);
            case FREE -> !code.isEmpty();
        };
    }

    private static List<String> countries() {
        return Countries.CODES;
    }

    /** Read once from the JDK's ISO 3166 tables; constant. */
    private static final class Countries {
        static final List<String> CODES = codes();

        private static List<String> codes() {
            Set<String> codes = new TreeSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));
            codes.addAll(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
            return List.copyOf(codes);
        }
    }
}
