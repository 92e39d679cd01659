package org.statcommons.organisations;

import org.statcommons.identity.OrganisationKind;

/**
 * An organisation: a statistical office, a ministry, an agency, a civil-society organisation, ...
 *
 * @param acronym may be empty
 * @param country an ISO 3166-1 code, or null for an international or regional organisation
 * @param website may be empty
 */
public record Organisation(
        long id, String name, String acronym, OrganisationKind kind, String country, String website) {

    /** The name with its acronym, as lists show it: "Fiji Bureau of Statistics (FBoS)". */
    public String label() {
        return acronym.isEmpty() ? name : name + " (" + acronym + ")";
    }

    public boolean international() {
        return country == null;
    }
}
