package org.statcommons.data;

import java.time.Instant;

/**
 * An immutable version of a dataset, numbered from 1.
 *
 * @param releasedAt       when it becomes (or became) public; null for a draft
 * @param scheduled        it was announced ahead on the release calendar
 * @param releasedBy       the reviewer who released or scheduled it
 * @param dataConfirmed    its data's structure was confirmed and validated ({@code data.ingest})
 * @param disclosurePassed the disclosure check passed on its data ({@code data.disclosure})
 */
public record Release(
        long id,
        long datasetId,
        int number,
        String changelog,
        Instant releasedAt,
        boolean scheduled,
        Long releasedBy,
        String releasedByName,
        boolean dataConfirmed,
        boolean disclosurePassed,
        long createdBy,
        Instant createdAt) {

    public ReleaseState state(Instant now) {
        if (releasedAt == null) {
            return ReleaseState.DRAFT;
        }
        return releasedAt.isAfter(now) ? ReleaseState.SCHEDULED : ReleaseState.RELEASED;
    }

    public boolean publicAt(Instant now) {
        return state(now) == ReleaseState.RELEASED;
    }

    /** Released with data: a machine-readable distribution and the data API exist for it. */
    public boolean releasedWithData(Instant now) {
        return publicAt(now) && dataConfirmed;
    }
}
