package org.statcommons.surveys;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A question of a wave, with its options and items in order (removed ones included: see {@link #removed}).
 *
 * @param code        stable across waves and unique in the wave (removed questions included, ignoring case): answers
 *                    are stored and compared by it
 * @param scalePoints 5 or 7 for {@link QuestionKind#LIKERT} and {@link QuestionKind#LIKERT_MATRIX}, else null
 * @param min         the smallest number taken by a {@link QuestionKind#NUMBER}, or null
 * @param max         the largest, or null
 * @param condition   shown only if an earlier answer is or includes an option, or null for always
 * @param removedAt   when it was removed after answers existed: kept for those answers, hidden for new ones
 */
public record Question(
        long id,
        long sectionId,
        int position,
        String code,
        QuestionKind kind,
        String text,
        String help,
        boolean required,
        Integer scalePoints,
        BigDecimal min,
        BigDecimal max,
        Condition condition,
        Instant removedAt,
        List<Option> options,
        List<Item> items) {

    public boolean removed() {
        return removedAt != null;
    }

    /** The options a respondent is offered now. */
    public List<Option> offeredOptions() {
        return options.stream().filter(o -> !o.removed()).toList();
    }

    /** The items a respondent is asked now. */
    public List<Item> askedItems() {
        return items.stream().filter(i -> !i.removed()).toList();
    }
}
