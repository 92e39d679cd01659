package org.statcommons.content.proposals;

import org.statcommons.platform.Text;

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

    /** The status in English, for Git clients. */
    public String label() {
        return label;
    }

    /** The status as the screens name it, in the reader's language. */
    public Text text() {
        return Text.of(
                "proposals.status." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }

    public boolean finished() {
        return this == MERGED || this == CLOSED;
    }
}
