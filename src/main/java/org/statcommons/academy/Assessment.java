package org.statcommons.academy;

import java.time.Instant;
import java.util.Map;

/**
 * An organisation's self-assessment against a framework for one year: for each item assessed, its current and target
 * level, as places in the framework's ordered levels (0 the first; null when not given).
 */
record Assessment(
        long id,
        long organisationId,
        long frameworkId,
        int year,
        long assessedBy,
        Instant assessedAt,
        Map<String, Levels> levels) {

    /** One item's levels: where the organisation stands and where it wants to be. */
    record Levels(Integer current, Integer target) {

        /** How many levels the target lies above the current level (none below the first level): 0 without demand. */
        int gap() {
            if (target == null) {
                return 0;
            }
            return Math.max(0, target + 1 - (current == null ? 0 : current + 1));
        }
    }
}
