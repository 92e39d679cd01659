package org.statcommons.surveys;

import java.math.BigDecimal;
import java.util.List;

/**
 * A question as the builder or the API gives it, parsed into types; the rules that need the wave (codes unique, the
 * condition pointing to an earlier question) are the use case's ({@link QuestionChecker}).
 *
 * @param kind              null when none was chosen
 * @param scalePoints       the points of a Likert scale (5 or 7), or null
 * @param options           choices, ranked things, or a scale's labels (one per point)
 * @param items             a matrix's rows
 * @param conditionQuestion the code of the earlier question it depends on, or "" for none
 * @param conditionOption   the option code that question's answer must be or include
 */
public record NewQuestion(
        String code,
        QuestionKind kind,
        String text,
        String help,
        boolean required,
        Integer scalePoints,
        BigDecimal min,
        BigDecimal max,
        List<NewChoice> options,
        List<NewChoice> items,
        String conditionQuestion,
        String conditionOption) {

    public NewQuestion {
        code = code == null ? "" : code;
        text = text == null ? "" : text;
        help = help == null ? "" : help;
        options = options == null ? List.of() : List.copyOf(options);
        items = items == null ? List.of() : List.copyOf(items);
        conditionQuestion = conditionQuestion == null ? "" : conditionQuestion.strip();
        conditionOption = conditionOption == null ? "" : conditionOption.strip();
    }
}
