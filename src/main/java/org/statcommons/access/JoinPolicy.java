package org.statcommons.access;

/** How people become members of a community. */
public enum JoinPolicy {
    OPEN("Open: anyone signed in may join"),
    BY_REQUEST("By request: the secretariat approves requests"),
    BY_INVITATION("By invitation only");

    private final String label;

    JoinPolicy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
