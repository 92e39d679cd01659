package org.statcommons.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.statcommons.content.PageLanguage;

/**
 * How a text is indexed for its language: the text-search configuration (a Snowball stemmer after unaccent, made
 * by the migration {@code V2026_12_05_4770__search_languages.sql}) where PostgreSQL has one, {@code simple} after
 * unaccent ({@code search.statcommons}) otherwise, and Chinese by its characters (pg_trgm).
 *
 * @param code   the language's primary subtag as the index keeps it ({@code ""} when not known)
 * @param config the text-search configuration its words are indexed and searched with
 */
record SearchLanguage(String code, String config) {

    static final String SIMPLE = "search.statcommons";
    static final String CHINESE = "zh";

    /** The languages with a stemming configuration of their own, by primary subtag. */
    static final List<String> STEMMED = List.of("en", "fr", "es", "ru", "ar");

    static final SearchLanguage UNKNOWN = new SearchLanguage("", SIMPLE);

    static SearchLanguage of(Optional<PageLanguage> language) {
        if (language.isEmpty()) {
            return UNKNOWN;
        }
        String code = language.get().tag().split("-")[0];
        return new SearchLanguage(code, STEMMED.contains(code) ? config(code) : SIMPLE);
    }

    static String config(String code) {
        return SIMPLE + "_" + code;
    }

    /**
     * The words of a query that contain Chinese characters, as Chinese pages are searched for them (each must
     * appear in the page): quotes and a leading {@code -} removed (leaving a word out is not offered for Chinese),
     * at most eight.
     */
    static List<String> chineseTerms(String query) {
        List<String> terms = new ArrayList<>();
        for (String word : query.split("\\s+")) {
            if (word.startsWith("-")) {
                continue;
            }
            String term = word.replace("\"", "");
            if (term.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                    && terms.size() < 8) {
                terms.add(term);
            }
        }
        return terms;
    }
}
