package org.statcommons.decisions;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * The proposal form as typed (also the API's body): every field text, so that a refused form is shown again as it
 * was. {@link #command} parses it into a {@link NewDecision}; the rules that do not depend on parsing (lengths, the
 * deadline ahead, the options) are checked by {@link DecisionRules} whichever channel brings the decision.
 *
 * @param deadline   "2026-12-20 17:00" in the proposer's zone, or an instant with an offset
 * @param options    one option per line
 * @param electorate "community" (every member), a topic group's address or "body:<id>": whose members are eligible
 */
record DecisionForm(
        String title,
        String body,
        String kind,
        String deadline,
        String visibility,
        String tallyShown,
        String quorum,
        String majority,
        String maxScore,
        String maxChoices,
        String options,
        String electorate) {

    static DecisionForm empty() {
        return new DecisionForm("", "", "CONSENT", "", "MEMBERS", "AFTER_VOTING", "0", "SIMPLE", "5", "1", "", "");
    }

    /** The same form with this electorate chosen (none given: as it is). */
    DecisionForm withElectorate(String chosen) {
        return chosen == null
                ? this
                : new DecisionForm(
                        title,
                        body,
                        kind,
                        deadline,
                        visibility,
                        tallyShown,
                        quorum,
                        majority,
                        maxScore,
                        maxChoices,
                        options,
                        chosen);
    }

    NewDecision command(ZoneId zone) {
        TextInput input = new TextInput();
        DecisionKind parsedKind = choice(input, "kind", kind, DecisionKind.class, DecisionKind.CONSENT);
        Instant parsedDeadline = time(input, "deadline", deadline, zone);
        DecisionVisibility parsedVisibility =
                choice(input, "visibility", visibility, DecisionVisibility.class, DecisionVisibility.MEMBERS);
        TallyShown parsedTally = choice(input, "tallyShown", tallyShown, TallyShown.class, TallyShown.AFTER_VOTING);
        Majority parsedMajority = choice(input, "majority", majority, Majority.class, Majority.SIMPLE);
        int parsedQuorum = number(input, "quorum", quorum, 0, 0, 100);
        int parsedScore = number(input, "maxScore", maxScore, 5, 1, DecisionRules.MAX_SCORE);
        int parsedChoices = number(input, "maxChoices", maxChoices, 1, 1, DecisionRules.MAX_OPTIONS);
        List<String> lines = new ArrayList<>();
        for (String line : (options == null ? "" : options).split("\\R")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        input.throwIfInvalid();
        return new NewDecision(
                title == null ? "" : title,
                body == null ? "" : body,
                parsedKind,
                parsedDeadline,
                parsedVisibility,
                parsedTally,
                new Quorum(parsedQuorum),
                parsedMajority,
                parsedScore,
                parsedChoices,
                parsedKind.hasOptions() ? lines : List.of(),
                null,
                null);
    }

    private static <E extends Enum<E>> E choice(TextInput input, String field, String typed, Class<E> type, E none) {
        if (typed == null || typed.isBlank()) {
            return none;
        }
        try {
            return Enum.valueOf(type, typed.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            input.error(field, Text.of("decisions.input.not-a-choice", typed));
            return none;
        }
    }

    private static int number(TextInput input, String field, String typed, int none, int min, int max) {
        if (typed == null || typed.isBlank()) {
            return none;
        }
        try {
            int value = Integer.parseInt(typed.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        input.error(field, Text.of("decisions.input.number", typed, min, max));
        return none;
    }

    /** A deadline with an offset, or as typed in the proposer's zone (the hour skipped by daylight saving refused). */
    static Instant time(TextInput input, String field, String typed, ZoneId zone) {
        if (typed == null || typed.isBlank()) {
            input.error(field, Text.of("decisions.input.deadline-missing"));
            return null;
        }
        String value = typed.strip();
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            // typed in the proposer's zone
        }
        try {
            LocalDateTime local = LocalDateTime.parse(value.replace(' ', 'T'));
            if (zone.getRules().getValidOffsets(local).isEmpty()) {
                input.error(field, Text.of("decisions.input.deadline-skipped", value, zone.getId()));
                return null;
            }
            return local.atZone(zone).toInstant();
        } catch (DateTimeException e) {
            input.error(field, Text.of("decisions.input.deadline-not-a-time", value));
            return null;
        }
    }
}
