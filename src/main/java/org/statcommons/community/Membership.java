package org.statcommons.community;

import java.time.Instant;
import java.time.LocalDate;
import org.statcommons.access.CommunityRole;

/**
 * One person's place in one community.
 *
 * @param focalPointCountry the ISO country this member is focal point for, or null
 * @param guestUntil        a guest's last day, or null for other roles
 * @param conductVersion    the version of the code of conduct the member accepted
 */
public record Membership(
        long communityId,
        long accountId,
        CommunityRole role,
        String focalPointCountry,
        LocalDate guestUntil,
        int conductVersion,
        Instant joinedAt) {

    /** A guest whose last day has passed keeps the row (for the record) but has no role. */
    public boolean expired(LocalDate today) {
        return guestUntil != null && guestUntil.isBefore(today);
    }
}
