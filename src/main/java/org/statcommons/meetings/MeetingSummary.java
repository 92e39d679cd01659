package org.statcommons.meetings;

import java.time.Instant;

/**
 * One occurrence of a scheduled meeting, for other features (a newsletter's "meetings ahead").
 *
 * @param link  the meeting's screen, a path on this server
 * @param where the place or the online link, or empty
 */
public record MeetingSummary(
        long meetingId, String title, MeetingKind kind, Instant start, Instant end, String link, String where) {}
