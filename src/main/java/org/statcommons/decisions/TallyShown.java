package org.statcommons.decisions;

/** When the live tally is shown (as Loomio does): to each voter once they voted, or to nobody until it closes. */
public enum TallyShown {
    AFTER_VOTING,
    AFTER_CLOSING
}
