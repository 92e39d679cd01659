package org.statcommons.organisations;

/**
 * An organisation as typed in its form or sent to the API: every field text, checked by {@link EditOrganisation}.
 *
 * @param kind    an {@code identity.OrganisationKind} name
 * @param country an ISO 3166-1 code, or empty or {@code international} for an international organisation
 */
public record NewOrganisation(String name, String acronym, String kind, String country, String website) {

    public NewOrganisation {
        name = name == null ? "" : name;
        acronym = acronym == null ? "" : acronym;
        kind = kind == null ? "" : kind;
        country = country == null ? "" : country;
        website = website == null ? "" : website;
    }

    static NewOrganisation blank() {
        return new NewOrganisation("", "", "", "", "");
    }

    static NewOrganisation of(Organisation o) {
        return new NewOrganisation(
                o.name(), o.acronym(), o.kind().name(), o.international() ? INTERNATIONAL : o.country(), o.website());
    }

    /** What the country field says for an organisation of no one country. */
    static final String INTERNATIONAL = "international";
}
