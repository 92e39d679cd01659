package org.statcommons.moderation;

import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/** The decisions a moderator may take on a queue entry, as the form's buttons and the API name them. */
enum DecisionKind {
    DISMISS("DISMISSED"),
    HIDE("HIDDEN"),
    RESTORE("RESTORED"),
    WARN("WARNED"),
    SUSPEND("SUSPENDED"),
    REMOVE("REMOVED");

    private final String outcome;

    DecisionKind(String outcome) {
        this.outcome = outcome;
    }

    /** The decision named by a form or the API (its name in any case); refused for the field {@code decision} otherwise. */
    static DecisionKind parse(String typed) {
        for (DecisionKind kind : values()) {
            if (typed != null && kind.name().equalsIgnoreCase(typed.strip())) {
                return kind;
            }
        }
        throw new InvalidInputException("decision", Text.of("moderation.decision.choose"));
    }

    /** What the entry says once this decision closed it. */
    String outcome() {
        return outcome;
    }

    /** What the queue says once the decision is taken. */
    Text done() {
        return Text.of("moderation.done." + outcome);
    }

    /** Warnings, suspensions and removals are told with a reason. */
    boolean needsReason() {
        return this == WARN || this == SUSPEND || this == REMOVE;
    }
}
