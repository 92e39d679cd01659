package org.statcommons.identity;

import java.util.List;
import java.util.Locale;

/**
 * The editable part of an account, checked ({@link AccountForm#profile}): display name in any script, organisation,
 * kind, ISO 3166-1 country, IANA time zone, ISO 639 languages, short bio, interface language (the code of one of
 * the six, or null for none chosen). Country, time zone and interface language may be null.
 */
public record Profile(
        String displayName,
        String organisation,
        OrganisationKind organisationKind,
        String country,
        String timeZone,
        List<String> languages,
        String bio,
        String interfaceLanguage) {

    public Profile {
        languages = List.copyOf(languages);
    }

    public static String countryName(String code) {
        return code == null ? "" : new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }
}
