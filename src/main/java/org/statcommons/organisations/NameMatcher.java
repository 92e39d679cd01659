package org.statcommons.organisations;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule by which a typed organisation name names a record (docs/governance.md#organisations). A name is
 * normalised: Unicode compatibility forms folded (NFKD), accents dropped, lower case, "&" read as "and", every run of
 * other characters that are not letters or digits made one space, a leading "the" dropped. A typed name matches an
 * organisation when its normalised form equals the organisation's normalised name or acronym; a name typed as
 * "Name (ACRONYM)" or "ACRONYM - Name" also matches by either part. A typed name that matches two organisations
 * matches none (a person decides).
 */
final class NameMatcher {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern PARENTHESES = Pattern.compile("^(.*?)\\s*\\(([^()]*)\\)\\s*$");
    private static final Pattern DASHED = Pattern.compile("^(.*?)\\s+[-\u2013\u2014]\\s+(.*)$");

    private NameMatcher() {}

    /** The form names are compared in; empty for a name of punctuation only. */
    static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ");
        String spaced = NOT_WORD.matcher(folded).replaceAll(" ").strip();
        return spaced.startsWith("the ") ? spaced.substring(4) : spaced;
    }

    /** The normalised forms a typed name may match by: the whole, and each part of "Name (ACR)" or "ACR - Name". */
    static Set<String> keys(String typed) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(normalise(typed));
        for (Pattern pattern : List.of(PARENTHESES, DASHED)) {
            Matcher m = pattern.matcher(typed == null ? "" : typed.strip());
            if (m.matches()) {
                keys.add(normalise(m.group(1)));
                keys.add(normalise(m.group(2)));
            }
        }
        keys.remove("");
        return keys;
    }

    /**
     * Organisations a person might mean by a typed name that matched none: those it names with others (ambiguous),
     * then those whose name contains one of its forms or is contained in it (three letters at least), by name.
     */
    static List<Organisation> candidates(String typed, List<Organisation> organisations, int limit) {
        Set<String> keys = keys(typed);
        return organisations.stream()
                .filter(o -> {
                    String name = normalise(o.name());
                    String acronym = normalise(o.acronym());
                    return keys.stream()
                            .anyMatch(k -> k.equals(name)
                                    || (!acronym.isEmpty() && k.equals(acronym))
                                    || (k.length() >= 3 && (name.contains(k) || k.contains(name))));
                })
                .limit(limit)
                .toList();
    }

    /** The organisations whose name or acronym contains what was typed in a search box, normalised; none for nothing. */
    static List<Organisation> containing(String typed, List<Organisation> organisations) {
        String key = normalise(typed);
        return key.isEmpty()
                ? List.of()
                : organisations.stream()
                        .filter(o -> normalise(o.name()).contains(key)
                                || normalise(o.acronym()).contains(key))
                        .toList();
    }

    /** The one organisation the typed name names, or empty when none or several do. */
    static Optional<Organisation> match(String typed, List<Organisation> organisations) {
        return new Index(organisations).match(typed);
    }

    /**
     * The organisations by their normalised names and acronyms, made once for many typed names: matching every typed
     * name of the platform against every organisation costs one normalisation per name and organisation, not one per
     * pair.
     */
    static final class Index {

        private final Map<String, Set<Organisation>> byKey = new HashMap<>();

        Index(List<Organisation> organisations) {
            for (Organisation o : organisations) {
                for (String key : List.of(normalise(o.name()), normalise(o.acronym()))) {
                    if (!key.isEmpty()) {
                        byKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(o);
                    }
                }
            }
        }

        /** The one organisation the typed name names, or empty when none or several do. */
        Optional<Organisation> match(String typed) {
            Set<Organisation> found = new LinkedHashSet<>();
            keys(typed).forEach(key -> found.addAll(byKey.getOrDefault(key, Set.of())));
            return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
        }
    }
}
