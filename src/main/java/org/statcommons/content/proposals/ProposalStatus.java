package org.statcommons.content.proposals;

/** Where a proposal's review stands. MERGED and CLOSED are final; OPEN waits for a reviewer. */
public enum ProposalStatus {
    OPEN("Review requested"),
    CHANGES_REQUESTED("Changes requested"),
    APPROVED("Approved"),
    MERGED("Accepted"),
    CLOSED("Closed");

    private final String label;

    ProposalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean finished() {
        return this == MERGED || this == CLOSED;
    }
}
