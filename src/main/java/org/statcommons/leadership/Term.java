package org.statcommons.leadership;

import java.time.LocalDate;

/**
 * A co-lead's term, from its first to its last day (both inclusive).
 *
 * @param bodyId         the body that elected the co-lead, or null
 * @param electionId     the election that gave the term, or null when the secretariat recorded it (appointed)
 * @param originalEndsOn the last day before the term was extended, or null when it was never extended
 */
record Term(
        long id,
        long communityId,
        long accountId,
        Long bodyId,
        Long electionId,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalDate originalEndsOn,
        Long proposedElectionId) {

    boolean extended() {
        return originalEndsOn != null;
    }

    boolean current(LocalDate today) {
        return !startsOn.isAfter(today) && !endsOn.isBefore(today);
    }

    boolean past(LocalDate today) {
        return endsOn.isBefore(today);
    }

    /** The year of continuity an extension added, or null. */
    boolean inExtensionOn(LocalDate day) {
        return extended() && day.isAfter(originalEndsOn) && !day.isAfter(endsOn);
    }
}
