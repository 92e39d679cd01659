package org.statcommons.surveys;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/**
 * Reads a section's answers as typed (a form or the API: the same fields) into answer rows, checking each question
 * against what it takes, and tells which questions a respondent is shown: a question with a condition only when the
 * earlier answer it names is given. Every refusal names its question's field, and all of a section's refusals come
 * at once.
 *
 * <p>Fields: {@code code} (one value, or one per option for a multiple choice), {@code code.item} (a matrix item's
 * point), {@code code.option} (an option's rank). Codes start with a letter, so a field starting with {@code _} is
 * never a question's.
 */
final class AnswerChecker {

    static final int SHORT_TEXT_MAX = 500;
    static final int LONG_TEXT_MAX = 10_000;
    private static final Set<String> COUNTRIES = new HashSet<>(Arrays.asList(Locale.getISOCountries()));

    private AnswerChecker() {}

    /** What a section's questions are read from: field name to its values as sent. */
    static String value(Map<String, List<String>> fields, String name) {
        List<String> values = fields.get(name);
        if (values == null) {
            return "";
        }
        return values.stream()
                .filter(v -> v != null && !v.isBlank())
                .findFirst()
                .orElse("")
                .strip();
    }

    /**
     * Whether the question is shown, given the answers known so far: true without a condition, else when an answer
     * to the named question is (or includes) the named option.
     */
    static boolean shown(Question question, Collection<Answer> known) {
        Condition condition = question.condition();
        if (condition == null) {
            return true;
        }
        return known.stream()
                .anyMatch(a -> a.questionCode().equalsIgnoreCase(condition.questionCode())
                        && a.optionCode().equalsIgnoreCase(condition.optionCode()));
    }

    /**
     * The rows of the section's answers. {@code earlier} are the response's answers to other sections; a question
     * conditioned on one of this section's is judged by this section's answers as sent.
     *
     * @throws InvalidInputException naming each refused question's field
     */
    static List<Answer> read(Section section, Map<String, List<String>> fields, List<Answer> earlier) {
        List<Answer> known = new ArrayList<>(earlier);
        List<Answer> rows = new ArrayList<>();
        List<InvalidInputException.FieldMessage> errors = new ArrayList<>();
        for (Question question : section.askedQuestions()) {
            known.removeIf(a -> a.questionCode().equalsIgnoreCase(question.code()));
            if (!shown(question, known)) {
                continue;
            }
            List<Answer> answers = new ArrayList<>();
            Text problem = read(question, fields, answers);
            if (problem == null && question.required() && answers.isEmpty()) {
                problem = Text.of("surveys.answer.required");
            }
            if (problem != null) {
                errors.add(new InvalidInputException.FieldMessage(question.code(), problem));
                continue;
            }
            rows.addAll(answers);
            known.addAll(answers);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return rows;
    }

    /** Reads one question's answers into {@code rows}; the problem when they are refused, else null. */
    private static Text read(Question q, Map<String, List<String>> fields, List<Answer> rows) {
        String code = q.code();
        Set<String> offered = new LinkedHashSet<>();
        q.offeredOptions().forEach(o -> offered.add(o.code()));
        switch (q.kind()) {
            case SINGLE_CHOICE, LIKERT, COUNTRY -> {
                List<String> given = given(fields, code);
                if (given.isEmpty()) {
                    return null;
                }
                if (given.size() > 1) {
                    return Text.of("surveys.answer.one");
                }
                String value = given.get(0);
                if (q.kind() == QuestionKind.COUNTRY) {
                    String country = value.toUpperCase(Locale.ROOT);
                    if (!COUNTRIES.contains(country)) {
                        return Text.of("surveys.answer.country", value);
                    }
                    rows.add(Answer.option(code, country));
                    return null;
                }
                String option = offeredCode(offered, value);
                if (option == null) {
                    return Text.of("surveys.answer.not-offered", value);
                }
                rows.add(
                        q.kind() == QuestionKind.LIKERT
                                ? Answer.point(code, "", Integer.parseInt(option))
                                : Answer.option(code, option));
                return null;
            }
            case MULTIPLE_CHOICE -> {
                Set<String> chosen = new LinkedHashSet<>();
                for (String value : given(fields, code)) {
                    String option = offeredCode(offered, value);
                    if (option == null) {
                        return Text.of("surveys.answer.not-offered", value);
                    }
                    chosen.add(option);
                }
                chosen.forEach(option -> rows.add(Answer.option(code, option)));
                return null;
            }
            case LIKERT_MATRIX -> {
                List<Item> items = q.askedItems();
                int answered = 0;
                for (Item item : items) {
                    String value = value(fields, code + "." + item.code());
                    if (value.isEmpty()) {
                        continue;
                    }
                    String option = offeredCode(offered, value);
                    if (option == null) {
                        return Text.of("surveys.answer.matrix.not-offered", item.label(), value);
                    }
                    rows.add(Answer.point(code, item.code(), Integer.parseInt(option)));
                    answered++;
                }
                if (q.required() && answered > 0 && answered < items.size()) {
                    return Text.of("surveys.answer.matrix.every-item");
                }
                return null;
            }
            case NUMBER -> {
                String value = value(fields, code);
                if (value.isEmpty()) {
                    return null;
                }
                BigDecimal number;
                try {
                    number = new BigDecimal(value.replace(',', '.').replace(" ", ""));
                } catch (NumberFormatException e) {
                    return Text.of("surveys.answer.number", value);
                }
                if (number.abs().compareTo(new BigDecimal("1e15")) > 0 || number.scale() > 6) {
                    return Text.of("surveys.answer.number", value);
                }
                if ((q.min() != null && number.compareTo(q.min()) < 0)
                        || (q.max() != null && number.compareTo(q.max()) > 0)) {
                    return range(q);
                }
                rows.add(Answer.number(code, number.stripTrailingZeros()));
                return null;
            }
            case SHORT_TEXT, LONG_TEXT -> {
                String value = value(fields, code);
                int max = q.kind() == QuestionKind.SHORT_TEXT ? SHORT_TEXT_MAX : LONG_TEXT_MAX;
                if (value.codePointCount(0, value.length()) > max) {
                    return Text.of("surveys.answer.too-long", max);
                }
                if (value.chars().anyMatch(c -> c == 0)) {
                    return Text.of("surveys.answer.text");
                }
                if (!value.isEmpty()) {
                    rows.add(Answer.text(code, value));
                }
                return null;
            }
            case RANKING -> {
                List<Option> options = q.offeredOptions();
                List<Answer> ranked = new ArrayList<>();
                Set<Integer> ranks = new TreeSet<>();
                for (Option option : options) {
                    String value = value(fields, code + "." + option.code());
                    if (value.isEmpty()) {
                        continue;
                    }
                    int rank;
                    try {
                        rank = Integer.parseInt(value);
                    } catch (NumberFormatException e) {
                        return Text.of("surveys.answer.rank.number", option.label(), value);
                    }
                    if (rank < 1 || rank > options.size()) {
                        return Text.of("surveys.answer.rank.number", option.label(), value);
                    }
                    if (!ranks.add(rank)) {
                        return Text.of("surveys.answer.rank.duplicate", rank);
                    }
                    ranked.add(Answer.rank(code, option.code(), rank));
                }
                if (!ranks.isEmpty() && ranks.size() != ((TreeSet<Integer>) ranks).last()) {
                    int missing = 1;
                    while (ranks.contains(missing)) {
                        missing++;
                    }
                    return Text.of("surveys.answer.rank.gap", missing);
                }
                if (q.required() && !ranks.isEmpty() && ranks.size() < options.size()) {
                    return Text.of("surveys.answer.rank.every-option");
                }
                rows.addAll(ranked);
                return null;
            }
        }
        return null;
    }

    private static Text range(Question q) {
        if (q.min() != null && q.max() != null) {
            return Text.of(
                    "surveys.answer.range",
                    q.min().stripTrailingZeros().toPlainString(),
                    q.max().stripTrailingZeros().toPlainString());
        }
        return q.min() != null
                ? Text.of(
                        "surveys.answer.at-least", q.min().stripTrailingZeros().toPlainString())
                : Text.of("surveys.answer.at-most", q.max().stripTrailingZeros().toPlainString());
    }

    /** The values sent for a field, blanks left out. */
    private static List<String> given(Map<String, List<String>> fields, String name) {
        List<String> values = fields.get(name);
        return values == null
                ? List.of()
                : values.stream()
                        .filter(v -> v != null && !v.isBlank())
                        .map(String::strip)
                        .distinct()
                        .toList();
    }

    /** The offered option's code as stored, matched ignoring case, or null when it is not offered. */
    private static String offeredCode(Set<String> offered, String value) {
        return offered.stream()
                .filter(o -> o.equalsIgnoreCase(value))
                .findFirst()
                .orElse(null);
    }
}
