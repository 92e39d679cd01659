package org.statcommons.workstreams;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/** A day typed as {@code 2027-03-01} (what a date field sends); a problem is named on its field. */
final class DateInput {

    private DateInput() {}

    static LocalDate parse(TextInput input, String field, Text label, String typed) {
        String value = typed == null ? "" : typed.strip();
        if (value.isEmpty()) {
            input.error(field, Text.of("workstreams.date.required", label));
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notADay) {
            input.error(field, Text.of("workstreams.date.shape", label));
            return null;
        }
    }

    /** The second day must not come before the first: the message names the later field. */
    static void inOrder(TextInput input, LocalDate first, LocalDate second, String field, Text firstLabel, Text label) {
        if (first != null && second != null && second.isBefore(first)) {
            input.error(field, Text.of("workstreams.date.before", label, firstLabel));
        }
    }
}
