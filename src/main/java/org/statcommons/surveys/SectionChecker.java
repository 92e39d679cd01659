package org.statcommons.surveys;

import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/** Checks a section's title and description as typed. */
final class SectionChecker {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 5_000;

    private final TextInput input = new TextInput();

    String title(String title) {
        return input.line("title", Text.of("surveys.section.title"), title, MAX_TITLE, true);
    }

    String description(String description) {
        return input.block("description", Text.of("surveys.section.description"), description, MAX_DESCRIPTION, false);
    }

    void throwIfInvalid() {
        input.throwIfInvalid();
    }
}
