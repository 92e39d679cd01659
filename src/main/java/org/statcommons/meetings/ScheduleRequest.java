package org.statcommons.meetings;

import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * The organiser's choice when scheduling, parsed from the meeting's screen or the API: the candidate time, and
 * whether it starts a series of {@code occurrences} meetings. Whether the candidate is one of this meeting's and
 * still ahead is for {@link ScheduleMeeting}.
 */
record ScheduleRequest(long candidateId, Repeat repeat, int occurrences) {

    /** The choice as given; a series has from 2 to its repetition's most meetings. Every problem at once. */
    static ScheduleRequest of(Long candidateId, String repeat, Integer occurrences) {
        TextInput input = new TextInput();
        if (candidateId == null) {
            input.error("candidate", Text.of("meetings.schedule.choose-candidate"));
        }
        Repeat choice = Repeat.parse(input, repeat);
        int count = occurrences == null ? -1 : occurrences;
        if (choice != Repeat.NONE && (count < 2 || count > choice.maxOccurrences())) {
            input.error(
                    "occurrences", Text.of("meetings.schedule.occurrences", choice.name(), choice.maxOccurrences()));
        }
        input.throwIfInvalid();
        return new ScheduleRequest(candidateId, choice, choice == Repeat.NONE ? 1 : count);
    }

    /** The series' RRULE, or null for a single meeting. */
    String rule() {
        return repeat.rule(occurrences);
    }
}
