package org.statcommons.meetings;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/**
 * Who took part in one occurrence, parsed from the meeting's screen or the API: the occurrence by its original
 * start (null: the meeting's first), the invitees present. Checked against the meeting by {@link RecordAttendance}.
 */
record NewAttendance(Instant occurrence, List<Long> present) {

    NewAttendance {
        present = present == null ? List.of() : present.stream().distinct().toList();
    }

    static NewAttendance of(String occurrence, List<Long> present) {
        if (occurrence == null || occurrence.isBlank()) {
            return new NewAttendance(null, present);
        }
        try {
            return new NewAttendance(Instant.parse(occurrence.strip()), present);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("occurrence", Text.of("meetings.occurrence.choose"));
        }
    }
}
