package org.statcommons.surveys;

import java.time.Instant;

/**
 * A survey: a series of waves asked of one audience, of a community or, with no community, of the platform.
 *
 * @param smallCellThreshold breakdowns with fewer respondents are suppressed in pseudonymous and anonymous modes
 */
public record Survey(
        long id,
        Long communityId,
        String title,
        String description,
        RespondentMode mode,
        int smallCellThreshold,
        long createdBy,
        Instant createdAt,
        Instant updatedAt) {

    public static final int DEFAULT_SMALL_CELL_THRESHOLD = 5;

    public boolean platformWide() {
        return communityId == null;
    }
}
