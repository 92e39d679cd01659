package org.statcommons.identity;

/** The kind of organisation a person works for; activity figures are broken down by it. */
public enum OrganisationKind {
    NATIONAL_STATISTICAL_OFFICE("National statistical office"),
    GOVERNMENT("Other government / line ministry"),
    CIVIL_SOCIETY("Civil-society organisation"),
    INTERNATIONAL("International or regional organisation"),
    ACADEMIA("Academia / research"),
    HUMAN_RIGHTS_INSTITUTION("National human-rights institution"),
    DONOR("Donor / development partner"),
    PRIVATE_SECTOR("Private sector"),
    INDIVIDUAL("Individual");

    private final String label;

    OrganisationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
