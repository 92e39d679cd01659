package org.statcommons.access;

/** A member's role inside one community, from the community's terms of reference. */
public enum CommunityRole {
    SECRETARIAT("Secretariat"),
    LEADER("Leader"),
    MODERATOR("Moderator"),
    FACILITATOR("Facilitator"),
    MEMBER("Member"),
    GUEST("Guest");

    private final String label;

    CommunityRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
