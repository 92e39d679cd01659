package org.statcommons.decisions;

/** Who may read a decision and its entry in the decision log. */
public enum DecisionVisibility {
    /** Anyone, signed in or not; also the public Atom feed of the log. */
    PUBLIC,
    /** Those who may see the community's members' area. */
    MEMBERS
}
