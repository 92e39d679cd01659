package org.statcommons.drives;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A membership drive as stored.
 *
 * @param startsOn         its first day (UTC), inclusive
 * @param endsOn           its last day (UTC), inclusive
 * @param sessionMeetingId the meeting that is its information session, or null
 */
public record Drive(
        long id,
        long communityId,
        String title,
        String description,
        LocalDate startsOn,
        LocalDate endsOn,
        Long sessionMeetingId,
        Instant createdAt) {

    /** It takes applications and registrations on this day. */
    public boolean openOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
