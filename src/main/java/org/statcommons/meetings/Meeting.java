package org.statcommons.meetings;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A meeting as stored. {@code timeZone} is the organiser's zone (UTC, {@code zoneAssumed}, when their
 * profile names none): candidate times are typed in it and a series repeats in it. {@code startsAt} is the
 * first occurrence once scheduled; {@code recurrence} the RRULE of a series, or null; {@code bodyId} the body invited
 * as a body (its members when proposed), or null.
 */
record Meeting(
        long id,
        long communityId,
        Long topicGroupId,
        String title,
        MeetingKind kind,
        String agenda,
        int durationMinutes,
        String onlineLink,
        String place,
        long organiserId,
        String timeZone,
        boolean zoneAssumed,
        Status status,
        Instant startsAt,
        String recurrence,
        int sequence,
        String agendaPage,
        String minutesPage,
        Instant createdAt,
        Long bodyId) {

    enum Status {
        POLLING,
        SCHEDULED,
        CANCELLED
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public Duration duration() {
        return Duration.ofMinutes(durationMinutes);
    }

    public boolean polling() {
        return status == Status.POLLING;
    }

    public boolean scheduled() {
        return status == Status.SCHEDULED;
    }

    public boolean cancelled() {
        return status == Status.CANCELLED;
    }

    public boolean series() {
        return recurrence != null;
    }

    /** Where it takes place: the online link, the place, or both. */
    public String where() {
        if (onlineLink != null && place != null) {
            return place + " and online: " + onlineLink;
        }
        return onlineLink != null ? onlineLink : place == null ? "" : place;
    }
}
