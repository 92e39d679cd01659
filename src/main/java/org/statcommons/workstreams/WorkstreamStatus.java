package org.statcommons.workstreams;

/** Where a workstream is: proposed, then approved or declined by its body's decision, then active, then closed. */
public enum WorkstreamStatus {
    PROPOSED,
    APPROVED,
    DECLINED,
    ACTIVE,
    CLOSED;

    /** Approved or active: it has its topic group and its reporting schedule. */
    public boolean running() {
        return this == APPROVED || this == ACTIVE;
    }
}
