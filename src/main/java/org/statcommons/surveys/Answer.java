package org.statcommons.surveys;

import java.math.BigDecimal;

/**
 * One stored answer row (docs/evaluation.md#surveys): a chosen option (a multiple choice gives a row per option), a
 * Likert point (its code and its number), a matrix item's point, a ranked option (its rank as number), a number or a
 * text. Empty codes are "" rather than null.
 */
public record Answer(String questionCode, String itemCode, String optionCode, BigDecimal number, String text) {

    public static Answer option(String questionCode, String optionCode) {
        return new Answer(questionCode, "", optionCode, null, null);
    }

    public static Answer point(String questionCode, String itemCode, int point) {
        return new Answer(questionCode, itemCode, Integer.toString(point), BigDecimal.valueOf(point), null);
    }

    public static Answer rank(String questionCode, String optionCode, int rank) {
        return new Answer(questionCode, "", optionCode, BigDecimal.valueOf(rank), null);
    }

    public static Answer number(String questionCode, BigDecimal number) {
        return new Answer(questionCode, "", "", number, null);
    }

    public static Answer text(String questionCode, String text) {
        return new Answer(questionCode, "", "", null, text);
    }
}
