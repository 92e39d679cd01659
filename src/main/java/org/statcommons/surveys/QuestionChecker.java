package org.statcommons.surveys;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * Checks a question against its wave before anything is written: its code (well formed, unique in the wave), texts,
 * what its kind needs (a scale of 5 or 7 labelled points, at least two options, a matrix's items, a range whose
 * minimum is not above its maximum) and its condition (an earlier question, still asked, offering the option); and
 * that the conditions of the questions after it still hold with it changed. Collects every problem, then
 * {@link #throwIfInvalid} names them all at once.
 */
final class QuestionChecker {

    static final int MAX_TEXT = 2_000;
    static final int MAX_HELP = 2_000;
    static final int MAX_LABEL = 500;
    static final int MAX_OPTIONS = 100;
    static final int MAX_ITEMS = 50;

    /** The question as it will be written. */
    record Checked(Questions.Fields fields, List<Questions.Choice> options, List<Questions.Choice> items) {}

    private final TextInput input = new TextInput();

    /**
     * @param edited the question being changed, or null for a new one (added after the section's last question)
     */
    Checked check(Questionnaire wave, Section section, Question edited, NewQuestion question) {
        String code = question.code().strip();
        if (code.isEmpty()) {
            input.error("code", Text.of("surveys.question.code.required"));
        } else if (!SurveyRules.QUESTION_CODE.matcher(code).matches()) {
            input.error("code", Text.of("surveys.question.code.form", code));
        } else if (wave.questions()
                .anyMatch(q -> (edited == null || q.id() != edited.id())
                        && SurveyRules.key(q.code()).equals(SurveyRules.key(code)))) {
            input.error("code", Text.of("surveys.question.code.taken", code));
        }
        String text = input.block("text", Text.of("surveys.question.text"), question.text(), MAX_TEXT, true);
        String help = input.block("help", Text.of("surveys.question.help"), question.help(), MAX_HELP, false);
        QuestionKind kind = question.kind();
        if (kind == null) {
            input.error("kind", Text.of("surveys.question.kind.required"));
            return null;
        }
        Integer points = null;
        if (kind.hasScale()) {
            points = question.scalePoints();
            if (points == null || (points != 5 && points != 7)) {
                input.error("scalePoints", Text.of("surveys.question.scale.points"));
                points = null;
            }
        } else if (question.scalePoints() != null) {
            input.error("scalePoints", Text.of("surveys.question.scale.none"));
        }
        BigDecimal min = null;
        BigDecimal max = null;
        if (kind == QuestionKind.NUMBER) {
            min = bound("min", question.min());
            max = bound("max", question.max());
            if (min != null && max != null && min.compareTo(max) > 0) {
                input.error("min", Text.of("surveys.question.range", min.toPlainString(), max.toPlainString()));
            }
        } else if (question.min() != null || question.max() != null) {
            input.error("min", Text.of("surveys.question.range.none"));
        }
        List<Questions.Choice> options = List.of();
        if (kind.hasScale()) {
            options = points == null ? List.of() : scale(question.options(), points);
        } else if (kind.hasOptions()) {
            options = choices("options", question.options(), "o", MAX_OPTIONS);
            if (question.options().size() < 2) {
                input.error("options", Text.of("surveys.question.options.few"));
            }
        } else if (!question.options().isEmpty()) {
            input.error("options", Text.of("surveys.question.options.none"));
        }
        List<Questions.Choice> items = List.of();
        if (kind.hasItems()) {
            items = choices("items", question.items(), "i", MAX_ITEMS);
            if (question.items().isEmpty()) {
                input.error("items", Text.of("surveys.question.items.few"));
            }
        } else if (!question.items().isEmpty()) {
            input.error("items", Text.of("surveys.question.items.none"));
        }
        Condition condition = null;
        if (!question.conditionQuestion().isEmpty()
                || !question.conditionOption().isEmpty()) {
            if (question.conditionQuestion().isEmpty()
                    || question.conditionOption().isEmpty()) {
                input.error("conditionQuestion", Text.of("surveys.condition.both"));
            } else {
                condition = new Condition(question.conditionQuestion(), question.conditionOption());
            }
        }
        if (input.hasErrors()) {
            return null;
        }
        Questions.Fields fields =
                new Questions.Fields(code, kind, text, help, question.required(), points, min, max, condition);
        Question proposed = new Question(
                edited == null ? -1 : edited.id(),
                section.id(),
                edited == null ? Integer.MAX_VALUE : edited.position(),
                code,
                kind,
                text,
                help,
                question.required(),
                points,
                min,
                max,
                condition,
                null,
                options(options),
                List.of());
        if (condition != null) {
            SurveyRules.brokenCondition(code, condition, askedBefore(wave, section, edited))
                    .ifPresent(broken -> input.error("conditionQuestion", broken));
        }
        if (!input.hasErrors()) {
            // the questions after it may depend on its code, kind or options
            SurveyRules.firstBrokenCondition(withProposed(wave, section, edited, proposed))
                    .ifPresent(broken -> input.error("", broken));
        }
        return new Checked(fields, options, items);
    }

    /** A range's bound: below a million billion, at most 6 decimals (what the numeric column and the results keep). */
    private BigDecimal bound(String field, BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.abs().compareTo(LARGEST) >= 0 || value.stripTrailingZeros().scale() > 6) {
            input.error(field, Text.of("surveys.question.number.size"));
            return null;
        }
        return value;
    }

    private static final BigDecimal LARGEST = BigDecimal.TEN.pow(15);

    void throwIfInvalid() {
        input.throwIfInvalid();
    }

    /** The questions still asked before the edited one, or before the end of the section for a new one. */
    private static Map<String, Question> askedBefore(Questionnaire wave, Section section, Question edited) {
        Map<String, Question> earlier = new HashMap<>();
        for (Section s : wave.sections()) {
            for (Question q : s.questions()) {
                if (edited != null && q.id() == edited.id()) {
                    return earlier;
                }
                if (!q.removed()) {
                    earlier.put(SurveyRules.key(q.code()), q);
                }
            }
            if (s.id() == section.id() && edited == null) {
                return earlier;
            }
        }
        return earlier;
    }

    private static List<Question> withProposed(
            Questionnaire wave, Section section, Question edited, Question proposed) {
        List<Question> order = new ArrayList<>();
        for (Section s : wave.sections()) {
            for (Question q : s.questions()) {
                order.add(edited != null && q.id() == edited.id() ? proposed : q);
            }
            if (edited == null && s.id() == section.id()) {
                order.add(proposed);
            }
        }
        return order;
    }

    private static List<Option> options(List<Questions.Choice> choices) {
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            options.add(
                    new Option(-1, i + 1, choices.get(i).code(), choices.get(i).label(), null));
        }
        return options;
    }

    /** A scale's labels, one per point, coded 1 to {@code points}. */
    private List<Questions.Choice> scale(List<NewChoice> given, int points) {
        if (given.size() != points) {
            input.error("options", Text.of("surveys.question.scale.labels", points, given.size()));
            return List.of();
        }
        List<Questions.Choice> scale = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            NewChoice choice = given.get(i);
            String point = Integer.toString(i + 1);
            if (!choice.code().isBlank() && !choice.code().strip().equals(point)) {
                input.error("options", Text.of("surveys.question.scale.codes", i + 1, points));
                return List.of();
            }
            String label =
                    input.line("options", Text.of("surveys.question.label", i + 1), choice.label(), MAX_LABEL, true);
            scale.add(new Questions.Choice(point, label));
        }
        return scale;
    }

    /** Options or items with their codes: given codes checked and unique, missing ones made ("o1", "i2"...). */
    private List<Questions.Choice> choices(String field, List<NewChoice> given, String prefix, int most) {
        if (given.size() > most) {
            input.error(field, Text.of("surveys.question.choices.many", most, given.size()));
            return List.of();
        }
        Set<String> used = new HashSet<>();
        for (NewChoice choice : given) {
            if (!choice.code().isBlank()) {
                used.add(SurveyRules.key(choice.code().strip()));
            }
        }
        Set<String> seen = new HashSet<>();
        List<Questions.Choice> choices = new ArrayList<>();
        int next = 1;
        for (int i = 0; i < given.size(); i++) {
            NewChoice choice = given.get(i);
            String code = choice.code().strip();
            if (code.isEmpty()) {
                while (used.contains(prefix + next)) {
                    next++;
                }
                code = prefix + next;
                used.add(code);
            } else if (!SurveyRules.CHOICE_CODE.matcher(code).matches()) {
                input.error(field, Text.of("surveys.question.choice.code", i + 1, code));
                continue;
            } else if (!seen.add(SurveyRules.key(code))) {
                input.error(field, Text.of("surveys.question.choice.duplicate", i + 1, code));
                continue;
            }
            seen.add(SurveyRules.key(code));
            String label = input.line(field, Text.of("surveys.question.label", i + 1), choice.label(), MAX_LABEL, true);
            choices.add(new Questions.Choice(code, label));
        }
        return choices;
    }
}
