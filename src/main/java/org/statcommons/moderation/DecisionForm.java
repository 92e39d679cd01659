package org.statcommons.moderation;

import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/**
 * A decision as the queue's form sends it, kept as typed so that a refused one comes back on its entry: the button
 * pressed, the reason and the days of a suspension.
 */
record DecisionForm(String decision, String reason, String days) {

    /** The typed command; an unknown decision or days that are not a whole number are refused for their field. */
    DecisionRequest request() {
        DecisionKind kind = DecisionKind.parse(decision);
        return new DecisionRequest(kind, reason, kind == DecisionKind.SUSPEND ? days(days) : null);
    }

    private static Integer days(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("days", Text.of("moderation.decision.days-whole"));
        }
    }
}
