package org.statcommons.data.harvest;

import java.time.Instant;

/**
 * Another portal a community's catalogue harvests.
 *
 * @param url         a CKAN action API's base or a DCAT catalogue's address
 * @param lastError   the last harvest's failure, null once one succeeds
 * @param harvested   how many datasets the last successful harvest kept
 */
public record HarvestSource(
        long id,
        long communityId,
        String name,
        String url,
        PortalKind kind,
        int intervalMinutes,
        long createdBy,
        Instant lastHarvestAt,
        Instant lastSuccessAt,
        String lastError,
        Instant nextHarvestAt,
        int harvested) {}
