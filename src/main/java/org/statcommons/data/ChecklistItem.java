package org.statcommons.data;

/** The open-data checklist of seed 004, in its order: what it takes for a dataset to be open data. */
public enum ChecklistItem {
    LICENCE,
    METADATA_COMPLETE,
    MACHINE_READABLE,
    METHODOLOGY,
    DISCLOSURE_PASSED,
    CONTACT_POINT,
    UPDATE_FREQUENCY,
    API_AVAILABLE
}
