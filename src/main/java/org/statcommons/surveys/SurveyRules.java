package org.statcommons.surveys;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.statcommons.platform.Text;

/**
 * The rules of a questionnaire's shape that hold whatever changes it (adding, editing, moving or removing a question,
 * moving a section): codes, and conditions that only ever point to an earlier question that is still asked.
 */
final class SurveyRules {

    static final Pattern QUESTION_CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,31}");
    static final Pattern CHOICE_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_]{0,31}");

    private SurveyRules() {}

    static String key(String code) {
        return code.toLowerCase(Locale.ROOT);
    }

    /**
     * The first condition in this order of questions (as respondents meet them) that does not point to an earlier,
     * still asked question offering its option, said as what is wrong; empty when every one does.
     */
    static Optional<Text> firstBrokenCondition(List<Question> inOrder) {
        Map<String, Question> earlier = new HashMap<>();
        for (Question question : inOrder) {
            if (!question.removed() && question.condition() != null) {
                Optional<Text> broken = brokenCondition(question.code(), question.condition(), earlier);
                if (broken.isPresent()) {
                    return broken;
                }
            }
            if (!question.removed()) {
                earlier.put(key(question.code()), question);
            }
        }
        return Optional.empty();
    }

    /**
     * What is wrong with a condition of question {@code code}, given the questions asked before it (by lower-case
     * code), or empty when it holds.
     */
    static Optional<Text> brokenCondition(String code, Condition condition, Map<String, Question> earlier) {
        Question target = earlier.get(key(condition.questionCode()));
        if (target == null) {
            if (key(condition.questionCode()).equals(key(code))) {
                return Optional.of(Text.of("surveys.condition.self", code));
            }
            return Optional.of(Text.of("surveys.condition.not-earlier", code, condition.questionCode()));
        }
        if (!target.kind().canBeConditionedOn()) {
            return Optional.of(Text.of("surveys.condition.kind", code, target.code()));
        }
        if (target.kind() == QuestionKind.COUNTRY) {
            return Countries.known(condition.optionCode())
                    ? Optional.empty()
                    : Optional.of(Text.of("surveys.condition.country", code, condition.optionCode()));
        }
        boolean offered =
                target.offeredOptions().stream().anyMatch(o -> key(o.code()).equals(key(condition.optionCode())));
        return offered
                ? Optional.empty()
                : Optional.of(Text.of("surveys.condition.not-offered", code, target.code(), condition.optionCode()));
    }
}
