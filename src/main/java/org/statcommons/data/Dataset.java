package org.statcommons.data;

import java.time.Instant;

/**
 * A dataset of a community, published by the community or by one of its member organisations.
 *
 * @param organisationId  the member organisation that publishes it, or null when the community does
 * @param publisherName   the publisher's name as it was when last saved
 * @param checklistScore  the open-data checklist's score (0..8) as last computed
 * @param publicFrom      when its first release became or becomes public, null when never released
 */
public record Dataset(
        long id,
        long communityId,
        Long organisationId,
        String publisherName,
        DatasetMetadata metadata,
        int checklistScore,
        Instant publicFrom,
        long createdBy,
        Instant createdAt,
        Instant updatedAt) {

    /** Whether the public sees it at this instant: a release of it is out (an embargo has been lifted). */
    public boolean publicAt(Instant now) {
        return publicFrom != null && !publicFrom.isAfter(now);
    }

    public String title() {
        return metadata.title();
    }
}
