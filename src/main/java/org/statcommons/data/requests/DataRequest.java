package org.statcommons.data.requests;

import java.time.Instant;

/**
 * A request for data made to a community's publisher ("I need X by district"), its support and its answer.
 *
 * @param datasetId the dataset that answers it (a released request), or null
 */
record DataRequest(
        long id,
        long communityId,
        String title,
        String body,
        long requestedBy,
        Instant requestedAt,
        Status status,
        String answer,
        Long datasetId,
        Instant answeredAt,
        int supporters) {

    /** Where a request stands: not answered yet, or the data team's answer. */
    enum Status {
        OPEN,
        PLANNED,
        RELEASED,
        DECLINED
    }
}
