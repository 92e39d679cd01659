package org.statcommons.meetings;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * One occurrence of a series skipped ({@code newStart} null) or moved, parsed from the meeting's screen or the API:
 * the occurrence by its original start (its RECURRENCE-ID, an instant), the new start as typed in the meeting's zone
 * or with an offset. Whether the occurrence belongs to the series and is still ahead is for {@link ChangeOccurrence}.
 */
record OccurrenceChange(Instant occurrence, Instant newStart) {

    static OccurrenceChange of(String occurrence, String newStart, Meeting meeting, Instant now) {
        TextInput input = new TextInput();
        Instant original = null;
        try {
            original = Instant.parse(occurrence == null ? "" : occurrence.strip());
        } catch (DateTimeParseException e) {
            input.error("occurrence", Text.of("meetings.occurrence.choose-in-series"));
        }
        Instant moved = null;
        if (newStart != null && !newStart.isBlank()) {
            List<Instant> parsed =
                    CandidateTimes.parse(input, "newStart", List.of(newStart), meeting.zone(), meeting.duration(), now);
            moved = parsed.size() == 1 ? parsed.get(0) : null;
        }
        input.throwIfInvalid();
        return new OccurrenceChange(original, moved);
    }
}
