package org.statcommons.data;

/** Where a release stands, from its instants: never stored, so that no job has to lift an embargo. */
public enum ReleaseState {
    DRAFT,
    /** Announced on the release calendar for an instant ahead: embargoed, invisible to whoever may not release it. */
    SCHEDULED,
    RELEASED
}
