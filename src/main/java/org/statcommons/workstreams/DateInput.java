package org.statcommons.workstreams;

import java.time.LocalDate;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/** Two typed days in order (a day itself is read by {@code TextInput.day}); a problem is named on its field. */
final class DateInput {

    private DateInput() {}

    /** The second day must not come before the first: the message names the later field. */
    static void inOrder(TextInput input, LocalDate first, LocalDate second, String field, Text firstLabel, Text label) {
        if (first != null && second != null && second.isBefore(first)) {
            input.error(field, Text.of("workstreams.date.before", label, firstLabel));
        }
    }
}
