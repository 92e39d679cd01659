package org.statcommons.identity;

import java.util.List;
import java.util.Locale;

/**
 * The editable part of an account, checked ({@link AccountForm#profile}): display name in any script, organisation,
 * kind, ISO 3166-1 country, IANA time zone, ISO 639 languages, short bio. Country and time zone may be null.
 */
public record Profile(
        String displayName,
        String organisation,
        OrganisationKind organisationKind,
        String country,
        String timeZone,
        List<String> languages,
        String bio) {

    public Profile {
        languages = List.copyOf(languages);
    }

    public static String countryName(String code) {
        return code == null ? "" : new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }
}
