package org.statcommons.data.ingest;

/** What a column of an upload is in the SDMX sense. */
public enum Role {
    /** Identifies an observation with a code (a country, a sex, an age group). */
    DIMENSION,
    /** The observation's period ({@code TIME_PERIOD}): a year, quarter, month, week or day as SDMX writes them. */
    TIME,
    /** A number observed, with its unit. */
    MEASURE,
    /** Says something about an observation: its status, unit multiplier, a footnote. */
    ATTRIBUTE,
    /**
     * How many units contribute to the row's measure (a magnitude table): read by disclosure control, never published.
     */
    CONTRIBUTORS,
    /** One of the largest contributions to the row's measure, the first such column the largest: never published. */
    LARGEST,
    /**
     * A variable of record-level data (each row one unit: a person, a household, an enterprise): its values are
     * published as uploaded, unless it is a quasi-identifier whose value would single out a unit. Data with such a
     * column is record-level, and has no dimension, time or attribute; its measures are its numeric variables.
     */
    VARIABLE,
    /** A direct identifier of record-level data (a name, an identity number): dropped at store, never published. */
    DIRECT_IDENTIFIER,
    /** Not stored (the SDMX-CSV {@code DATAFLOW} column, say). */
    IGNORED
}
