package org.statcommons.surveys;

import java.time.Instant;

/**
 * One respondent's response to one wave. At most one of {@code accountId} (identified mode) and {@code pseudonym}
 * (pseudonymous mode) is set; an anonymous response has neither, and its resume key is never handed out.
 *
 * @param sectionsSaved how many sections, from the first, were saved: where a resumed response starts again
 * @param submittedAt   null while in progress
 */
public record Response(
        long id,
        long surveyId,
        long waveId,
        Long accountId,
        String pseudonym,
        String country,
        String organisationKind,
        int sectionsSaved,
        Instant startedAt,
        Instant updatedAt,
        Instant submittedAt) {

    public boolean submitted() {
        return submittedAt != null;
    }
}
