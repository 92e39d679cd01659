package org.statcommons.organisations;

import java.time.Instant;

/**
 * A person's place in an organisation: claimed by them (or matched from the name they typed), confirmed by a
 * secretariat.
 *
 * @param confirmedAt null while only claimed
 */
public record Affiliation(long accountId, long organisationId, Instant claimedAt, Instant confirmedAt) {

    public boolean confirmed() {
        return confirmedAt != null;
    }
}
