package org.statcommons.meetings;

import java.time.Instant;
import java.util.List;
import org.statcommons.platform.TextInput;

/**
 * A change of a meeting, parsed from the change form or the API: its checked details and, for a scheduled meeting,
 * the new start of its first occurrence ({@code start} null: unchanged). Checked further by {@link ChangeMeeting}.
 */
record MeetingChange(MeetingDetails details, Instant start) {

    /**
     * The change once the new start, as typed, is parsed in the meeting's zone (only a scheduled meeting has a start
     * to change); every problem found so far in {@code input} and with the time is named at once.
     */
    static MeetingChange of(TextInput input, MeetingDetails details, String start, Meeting meeting, Instant now) {
        Instant parsed = null;
        if (meeting.scheduled() && start != null && !start.isBlank()) {
            List<Instant> times =
                    CandidateTimes.parse(input, "start", List.of(start), meeting.zone(), details.length(), now);
            parsed = times.size() == 1 ? times.get(0) : null;
        }
        input.throwIfInvalid();
        return new MeetingChange(details, parsed);
    }
}
