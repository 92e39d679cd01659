package org.statcommons.meetings;

/** The kinds of meeting the terms of reference name. */
public enum MeetingKind {
    FORMAL("Formal meeting"),
    REGULAR("Regular meeting"),
    INFORMATION("Information session");

    private final String label;

    MeetingKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
