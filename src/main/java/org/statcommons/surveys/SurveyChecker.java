package org.statcommons.surveys;

import java.util.Locale;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/** Checks a survey's own fields as typed; collects every problem, then {@link #throwIfInvalid} names them. */
final class SurveyChecker {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 10_000;
    static final int MAX_LABEL = 100;

    private final TextInput input = new TextInput();

    String title(String title) {
        return input.line("title", Text.of("surveys.field.title"), title, MAX_TITLE, true);
    }

    String description(String description) {
        return input.block("description", Text.of("surveys.field.description"), description, MAX_DESCRIPTION, false);
    }

    String label(String field, String label, String otherwise) {
        String text = input.line(field, Text.of("surveys.wave.label"), label, MAX_LABEL, false);
        return text.isEmpty() ? otherwise : text;
    }

    /** The mode chosen; identified when none is. */
    RespondentMode mode(String mode) {
        String name = mode == null ? "" : mode.strip().toUpperCase(Locale.ROOT);
        if (name.isEmpty()) {
            return RespondentMode.IDENTIFIED;
        }
        try {
            return RespondentMode.valueOf(name);
        } catch (IllegalArgumentException e) {
            input.error("mode", Text.of("surveys.mode.unknown"));
            return RespondentMode.IDENTIFIED;
        }
    }

    int threshold(String threshold) {
        String text = threshold == null ? "" : threshold.strip();
        if (text.isEmpty()) {
            return Survey.DEFAULT_SMALL_CELL_THRESHOLD;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= 2 && value <= 100) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        input.error("smallCellThreshold", Text.of("surveys.field.threshold.range"));
        return Survey.DEFAULT_SMALL_CELL_THRESHOLD;
    }

    void throwIfInvalid() {
        input.throwIfInvalid();
    }
}
