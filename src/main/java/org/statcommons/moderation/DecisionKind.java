package org.statcommons.moderation;

import org.statcommons.platform.InvalidInputException;

/** The decisions a moderator may take on a queue entry, as the form's buttons and the API name them. */
enum DecisionKind {
    DISMISS("DISMISSED", "Flags dismissed."),
    HIDE("HIDDEN", "Hidden everywhere; the author was told why."),
    RESTORE("RESTORED", "Restored; the author was told."),
    WARN("WARNED", "Warning recorded and sent to the member."),
    SUSPEND("SUSPENDED", "Member suspended; they were told until when and why."),
    REMOVE("REMOVED", "Member removed from the community; they were told why.");

    private final String outcome;
    private final String done;

    DecisionKind(String outcome, String done) {
        this.outcome = outcome;
        this.done = done;
    }

    /** The decision named by a form or the API (its name in any case); refused for the field {@code decision} otherwise. */
    static DecisionKind parse(String typed) {
        for (DecisionKind kind : values()) {
            if (typed != null && kind.name().equalsIgnoreCase(typed.strip())) {
                return kind;
            }
        }
        throw new InvalidInputException(
                "decision", "Choose a decision: dismiss, hide, restore, warn, suspend or remove.");
    }

    /** What the entry says once this decision closed it. */
    String outcome() {
        return outcome;
    }

    /** What the queue says once the decision is taken. */
    String done() {
        return done;
    }

    /** Warnings, suspensions and removals are told with a reason. */
    boolean needsReason() {
        return this == WARN || this == SUSPEND || this == REMOVE;
    }
}
