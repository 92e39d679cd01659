package org.statcommons.surveys.results;

/**
 * Which respondents a result counts: all of a wave's submitted responses, or those of one country (ISO 3166 alpha-2)
 * and/or one kind of organisation, as kept on each response when it was first saved. Null or blank: no filter.
 */
public record Breakdown(String country, String organisationKind) {

    public static final Breakdown ALL = new Breakdown(null, null);

    public Breakdown {
        country = country == null || country.isBlank() ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
        organisationKind = organisationKind == null || organisationKind.isBlank()
                ? null
                : organisationKind.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public boolean filtered() {
        return country != null || organisationKind != null;
    }
}
