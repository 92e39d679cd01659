package org.statcommons.workstreams;

import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/** A whole number of months typed in a form, within bounds; a problem is named on its field. */
final class MonthsInput {

    private MonthsInput() {}

    static int parse(TextInput input, String field, Text label, String typed, int min, int max) {
        String value = typed == null ? "" : typed.strip();
        try {
            int months = Integer.parseInt(value);
            if (months >= min && months <= max) {
                return months;
            }
        } catch (NumberFormatException notANumber) {
            // named below
        }
        input.error(field, Text.of("workstreams.months.range", label, min, max));
        return min;
    }

    /** The days a body has to decide: 1 to 60. */
    static int parseDays(TextInput input, String typed) {
        String value = typed == null ? "" : typed.strip();
        try {
            int days = Integer.parseInt(value);
            if (days >= 1 && days <= 60) {
                return days;
            }
        } catch (NumberFormatException notANumber) {
            // named below
        }
        input.error("days", Text.of("workstreams.approval.days", 1, 60));
        return 7;
    }
}
