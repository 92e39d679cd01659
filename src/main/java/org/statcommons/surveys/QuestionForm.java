package org.statcommons.surveys;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/**
 * The builder's question form, as typed: options and items one a line, {@code code | label} or a label alone (a
 * code is then made); a scale's labels one a line, from the lowest point. {@link #command} reads it into a
 * {@link NewQuestion}, naming every field it cannot read.
 */
public record QuestionForm(
        String section,
        String code,
        String kind,
        String text,
        String help,
        String required,
        String scalePoints,
        String min,
        String max,
        String options,
        String items,
        String conditionQuestion,
        String conditionOption) {

    public QuestionForm {
        section = section == null ? "" : section;
        code = code == null ? "" : code;
        kind = kind == null ? "" : kind;
        text = text == null ? "" : text;
        help = help == null ? "" : help;
        required = required == null ? "" : required;
        scalePoints = scalePoints == null ? "" : scalePoints;
        min = min == null ? "" : min;
        max = max == null ? "" : max;
        options = options == null ? "" : options;
        items = items == null ? "" : items;
        conditionQuestion = conditionQuestion == null ? "" : conditionQuestion;
        conditionOption = conditionOption == null ? "" : conditionOption;
    }

    /** An empty form for a new question of a section. */
    static QuestionForm empty(long sectionId, String kind) {
        return new QuestionForm(Long.toString(sectionId), "", kind, "", "", "", "5", "", "", "", "", "", "");
    }

    /** The form filled with a question as it is. */
    static QuestionForm of(Question q) {
        return new QuestionForm(
                Long.toString(q.sectionId()),
                q.code(),
                q.kind().name(),
                q.text(),
                q.help(),
                q.required() ? "true" : "",
                q.scalePoints() == null ? "" : q.scalePoints().toString(),
                q.min() == null ? "" : q.min().toPlainString(),
                q.max() == null ? "" : q.max().toPlainString(),
                q.offeredOptions().stream()
                        .map(o -> q.kind().hasScale() ? o.label() : o.code() + " | " + o.label())
                        .collect(Collectors.joining("\n")),
                q.askedItems().stream().map(i -> i.code() + " | " + i.label()).collect(Collectors.joining("\n")),
                q.condition() == null ? "" : q.condition().questionCode(),
                q.condition() == null ? "" : q.condition().optionCode());
    }

    /** The section the question is added to, or 0 when none is named. */
    long sectionId() {
        try {
            return Long.parseLong(section.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    NewQuestion command() {
        List<InvalidInputException.FieldMessage> problems = new ArrayList<>();
        QuestionKind questionKind = null;
        if (!kind.isBlank()) {
            try {
                questionKind = QuestionKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new InvalidInputException.FieldMessage("kind", Text.of("surveys.question.kind.unknown")));
            }
        }
        boolean scaled = questionKind != null && questionKind.hasScale();
        boolean numeric = questionKind == QuestionKind.NUMBER;
        Integer points = null;
        if (scaled && !scalePoints.isBlank()) {
            try {
                points = Integer.valueOf(scalePoints.strip());
            } catch (NumberFormatException e) {
                problems.add(new InvalidInputException.FieldMessage(
                        "scalePoints", Text.of("surveys.question.scale.points")));
            }
        }
        BigDecimal low = numeric ? number("min", min, problems) : null;
        BigDecimal high = numeric ? number("max", max, problems) : null;
        boolean offers = questionKind == null || questionKind.hasOptions();
        boolean itemised = questionKind == null || questionKind.hasItems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new NewQuestion(
                code,
                questionKind,
                text,
                help,
                "true".equals(required) || "on".equals(required),
                points,
                low,
                high,
                offers ? lines(options) : List.of(),
                itemised ? lines(items) : List.of(),
                conditionQuestion,
                conditionOption);
    }

    private static BigDecimal number(String field, String value, List<InvalidInputException.FieldMessage> problems) {
        if (value.isBlank()) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value.strip());
            if (number.abs().compareTo(BigDecimal.TEN.pow(15)) >= 0 || number.scale() > 6) {
                problems.add(new InvalidInputException.FieldMessage(field, Text.of("surveys.question.number.size")));
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            problems.add(new InvalidInputException.FieldMessage(
                    field, Text.of("surveys.question.number.form", value.strip())));
            return null;
        }
    }

    /** One choice a non-blank line: "code | label", or a label alone. */
    static List<NewChoice> lines(String text) {
        List<NewChoice> choices = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int bar = line.indexOf('|');
            choices.add(
                    bar < 0
                            ? new NewChoice("", line.strip())
                            : new NewChoice(
                                    line.substring(0, bar).strip(),
                                    line.substring(bar + 1).strip()));
        }
        return choices;
    }
}
