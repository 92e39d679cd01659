package org.statcommons.meetings;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.statcommons.platform.TextInput;

/**
 * A meeting to propose, parsed from the organiser's form or the API: its checked details (title, kind, agenda,
 * length, link, place), the candidate times as instants (ahead, sorted, apart by at least the meeting's length),
 * and whom it invites. {@link ProposeMeeting#propose} checks what needs the community (its topic groups and members).
 */
record NewMeeting(MeetingDetails details, List<Instant> candidates, Invitation invitation) {

    NewMeeting {
        candidates = List.copyOf(candidates);
    }

    /**
     * The meeting, once the candidate times as typed (one per line in {@code zone}, the organiser's, or with an
     * offset) are parsed; every problem found so far in {@code input} and with the times is named at once.
     */
    static NewMeeting of(
            TextInput input,
            MeetingDetails details,
            List<String> candidates,
            Invitation invitation,
            ZoneId zone,
            Instant now) {
        List<Instant> times = CandidateTimes.parse(input, "candidates", candidates, zone, details.length(), now);
        input.throwIfInvalid();
        return new NewMeeting(details, times, invitation);
    }
}
