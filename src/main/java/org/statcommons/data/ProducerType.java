package org.statcommons.data;

/** Who produced a dataset (seed 001: citizen-generated data is shown as such, with its quality assessment). */
public enum ProducerType {
    STATISTICAL_OFFICE,
    GOVERNMENT_AGENCY,
    INTERNATIONAL_ORGANISATION,
    ACADEMIA,
    CIVIL_SOCIETY,
    CITIZEN_SCIENCE,
    PRIVATE_SECTOR;

    /** Data produced outside the official statistical system: the page labels it with its quality assessment. */
    public boolean citizenGenerated() {
        return this == CIVIL_SOCIETY || this == CITIZEN_SCIENCE;
    }
}
