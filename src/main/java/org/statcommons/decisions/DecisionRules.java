package org.statcommons.decisions;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * The rules every new decision follows, whichever channel brings it (the form, the API, another feature): a title,
 * a text of at most {@link #MAX_BODY} characters, a deadline at least {@link #SHORTEST} and at most {@link #LONGEST}
 * ahead, and for the kinds with options 2 to {@link #MAX_OPTIONS} different options. Every problem is named at once.
 */
final class DecisionRules {

    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 50_000;
    static final int MAX_OPTIONS = 30;
    static final int MAX_OPTION = 200;
    static final int MAX_SCORE = 100;
    static final int MAX_REASON = 5_000;
    static final Duration SHORTEST = Duration.ofHours(1);
    static final Duration LONGEST = Duration.ofDays(366);

    private DecisionRules() {}

    /** The decision with its texts normalised, or InvalidInputException naming every field at fault. */
    static NewDecision check(NewDecision decision, Instant now) {
        TextInput input = new TextInput();
        String title = input.line("title", Text.of("decisions.field.title"), decision.title(), MAX_TITLE, true);
        String body = input.block("body", Text.of("decisions.field.body"), decision.body(), MAX_BODY, false);
        Instant deadline = decision.deadline();
        if (deadline == null) {
            input.error("deadline", Text.of("decisions.input.deadline-missing"));
        } else if (deadline.isBefore(now.plus(SHORTEST))) {
            input.error("deadline", Text.of("decisions.input.deadline-soon", SHORTEST.toMinutes()));
        } else if (deadline.isAfter(now.plus(LONGEST))) {
            input.error("deadline", Text.of("decisions.input.deadline-far", LONGEST.toDays()));
        }
        List<String> options = new ArrayList<>();
        if (decision.kind().hasOptions()) {
            Set<String> seen = new HashSet<>();
            for (String option : decision.options()) {
                String label = input.line("options", Text.of("decisions.field.option"), option, MAX_OPTION, true);
                if (!label.isEmpty() && !seen.add(label.toLowerCase(java.util.Locale.ROOT))) {
                    input.error("options", Text.of("decisions.input.option-twice", label));
                }
                options.add(label);
            }
            if (options.size() < 2 || options.size() > MAX_OPTIONS) {
                input.error("options", Text.of("decisions.input.options-count", MAX_OPTIONS, options.size()));
            }
            if (decision.kind() == DecisionKind.POLL && decision.maxChoices() > Math.max(1, options.size())) {
                input.error("maxChoices", Text.of("decisions.input.choices-too-many", options.size()));
            }
        }
        if (decision.maxScore() < 1 || decision.maxScore() > MAX_SCORE || decision.maxChoices() < 1) {
            input.error("maxScore", Text.of("decisions.input.number", decision.maxScore(), 1, MAX_SCORE));
        }
        input.throwIfInvalid();
        return new NewDecision(
                title,
                body,
                decision.kind(),
                deadline,
                decision.visibility(),
                decision.tallyShown(),
                decision.quorum(),
                decision.majority(),
                decision.maxScore(),
                decision.maxChoices(),
                options,
                decision.titleText(),
                decision.bodyText());
    }
}
