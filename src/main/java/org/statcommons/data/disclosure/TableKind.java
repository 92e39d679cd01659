package org.statcommons.data.disclosure;

/** What a table's cells hold: a count of units, or a sum over units (turnover, employment) with its contributors. */
public enum TableKind {
    FREQUENCY,
    MAGNITUDE
}
