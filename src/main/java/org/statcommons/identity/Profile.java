package org.statcommons.identity;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.statcommons.platform.TextInput;

/**
 * The editable part of an account, checked: display name in any script, organisation, kind, ISO 3166-1
 * country, IANA time zone, ISO 639 languages, short bio.
 */
public record Profile(String displayName, String organisation, OrganisationKind organisationKind, String country,
                      String timeZone, List<String> languages, String bio) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    public Profile {
        languages = List.copyOf(languages);
    }

    /** Checks typed values, adding messages to {@code input}; returns the cleaned profile. */
    public static Profile check(TextInput input, String displayName, String organisation, String organisationKind,
                                String country, String timeZone, List<String> languages, String bio) {
        String name = input.line("displayName", "Name", displayName, 100, true);
        String org = input.line("organisation", "Organisation", organisation, 200, false);
        OrganisationKind kind = OrganisationKind.INDIVIDUAL;
        if (organisationKind != null && !organisationKind.isBlank()) {
            try {
                kind = OrganisationKind.valueOf(organisationKind);
            } catch (IllegalArgumentException e) {
                input.error("organisationKind", "Choose a kind of organisation from the list.");
            }
        }
        String countryCode = null;
        if (country != null && !country.isBlank()) {
            countryCode = country.strip().toUpperCase(Locale.ROOT);
            if (!COUNTRIES.contains(countryCode)) {
                input.error("country", "Choose a country from the list.");
                countryCode = null;
            }
        }
        String zone = null;
        if (timeZone != null && !timeZone.isBlank()) {
            try {
                zone = ZoneId.of(timeZone.strip()).getId();
                if (!ZoneId.getAvailableZoneIds().contains(zone)) {
                    input.error("timeZone", "Choose a time zone from the list.");
                    zone = null;
                }
            } catch (DateTimeException e) {
                input.error("timeZone", "Choose a time zone from the list.");
            }
        }
        List<String> langs = new ArrayList<>();
        for (String language : languages == null ? List.<String>of() : languages) {
            String code = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
            if (code.isEmpty()) {
                continue;
            }
            if (!LANGUAGES.contains(code)) {
                input.error("languages", "Choose languages from the list.");
            } else if (!langs.contains(code)) {
                langs.add(code);
            }
        }
        if (langs.size() > 20) {
            input.error("languages", "Choose at most 20 languages.");
        }
        String about = input.block("bio", "Short bio", bio, 2000, false);
        return new Profile(name, org, kind, countryCode, zone, langs, about);
    }

    public static String countryName(String code) {
        return code == null ? "" : new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }
}
