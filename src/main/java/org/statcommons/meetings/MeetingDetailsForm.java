package org.statcommons.meetings;

import java.time.Instant;
import org.statcommons.platform.TextInput;

/**
 * The change form as typed, and as it is shown again when refused: the details, and the new time of the first
 * occurrence ("2026-12-01 14:00" in the meeting's zone, or with an offset). {@link #command} parses it into a
 * {@link MeetingChange}.
 */
record MeetingDetailsForm(
        String title, String kind, String agenda, String duration, String onlineLink, String place, String start) {

    /** The meeting as it is, to change. */
    static MeetingDetailsForm of(Meeting meeting) {
        return new MeetingDetailsForm(
                meeting.title(),
                meeting.kind().name(),
                meeting.agenda(),
                String.valueOf(meeting.durationMinutes()),
                meeting.onlineLink() == null ? "" : meeting.onlineLink(),
                meeting.place() == null ? "" : meeting.place(),
                meeting.startsAt() == null ? "" : MeetingTimes.input(meeting.startsAt(), meeting.zone()));
    }

    /** Whether anything was typed: a first visit shows the meeting as it is instead. */
    boolean typed() {
        return title != null
                || kind != null
                || agenda != null
                || duration != null
                || onlineLink != null
                || place != null
                || start != null;
    }

    MeetingChange command(Meeting meeting, Instant now) {
        TextInput input = new TextInput();
        MeetingDetails details = MeetingDetails.check(input, title, kind, agenda, duration, onlineLink, place);
        return MeetingChange.of(input, details, start, meeting, now);
    }
}
