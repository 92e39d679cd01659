package org.statcommons.meetings;

import java.util.Locale;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * How a scheduled meeting repeats, as the iCalendar RRULE it stands for. The number of occurrences is
 * added as {@code COUNT}, so every series ends.
 */
enum Repeat {
    NONE("Does not repeat", null, 1),
    WEEKLY("Weekly", "FREQ=WEEKLY", 52),
    EVERY_TWO_WEEKS("Every two weeks", "FREQ=WEEKLY;INTERVAL=2", 52),
    MONTHLY("Monthly", "FREQ=MONTHLY", 36),
    EVERY_SIX_MONTHS("Every six months", "FREQ=MONTHLY;INTERVAL=6", 10);

    private final String label;
    private final String rule;
    private final int maxOccurrences;

    Repeat(String label, String rule, int maxOccurrences) {
        this.label = label;
        this.rule = rule;
        this.maxOccurrences = maxOccurrences;
    }

    public String label() {
        return label;
    }

    int maxOccurrences() {
        return maxOccurrences;
    }

    /** The RRULE value, or null for a single meeting. */
    String rule(int occurrences) {
        return rule == null ? null : rule + ";COUNT=" + occurrences;
    }

    /** The choice as typed ("WEEKLY", "every-two-weeks"; empty: none); an unknown one is named in {@code input}. */
    static Repeat parse(TextInput input, String typed) {
        if (typed == null || typed.isBlank()) {
            return NONE;
        }
        try {
            return valueOf(typed.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            input.error("repeat", Text.of("meetings.repeat.choose"));
            return NONE;
        }
    }

    /** The choice a stored rule came from (for the edit form). */
    static Repeat of(String rule) {
        if (rule == null) {
            return NONE;
        }
        for (Repeat repeat : values()) {
            if (repeat.rule != null && rule.startsWith(repeat.rule + ";COUNT=")) {
                return repeat;
            }
        }
        return NONE;
    }
}
