package org.statcommons.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.statcommons.platform.InvalidInputException;

/** A section's answers as typed, read into rows or refused at each question at once. */
class AnswerCheckerTests {

    private static Option option(String code) {
        return new Option(0, 0, code, "Label " + code, null);
    }

    private static Question question(
            String code, QuestionKind kind, boolean required, List<Option> options, List<Item> items) {
        return question(code, kind, required, options, items, null, null, null);
    }

    private static Question question(
            String code,
            QuestionKind kind,
            boolean required,
            List<Option> options,
            List<Item> items,
            BigDecimal min,
            BigDecimal max,
            Condition condition) {
        return new Question(
                0, 0, 0, code, kind, code + "?", "", required, null, min, max, condition, null, options, items);
    }

    private static final List<Option> SCALE = List.of(option("1"), option("2"), option("3"), option("4"), option("5"));

    private static Section section(Question... questions) {
        return new Section(1, 1, "S", "", List.of(questions));
    }

    @Test
    void everyKindIsReadIntoItsRows() {
        Section section = section(
                question("pick", QuestionKind.SINGLE_CHOICE, true, List.of(option("a"), option("b")), List.of()),
                question("many", QuestionKind.MULTIPLE_CHOICE, false, List.of(option("a"), option("b")), List.of()),
                question("trust", QuestionKind.LIKERT, false, SCALE, List.of()),
                question(
                        "grid",
                        QuestionKind.LIKERT_MATRIX,
                        true,
                        SCALE,
                        List.of(new Item(0, 0, "i1", "One", null), new Item(0, 1, "i2", "Two", null))),
                question("n", QuestionKind.NUMBER, false, List.of(), List.of(), BigDecimal.ZERO, BigDecimal.TEN, null),
                question("where", QuestionKind.COUNTRY, false, List.of(), List.of()),
                question("rank", QuestionKind.RANKING, true, List.of(option("x"), option("y")), List.of()),
                question("note", QuestionKind.SHORT_TEXT, false, List.of(), List.of()));
        List<Answer> rows = AnswerChecker.read(
                section,
                Map.of(
                        "pick", List.of("B"),
                        "many", List.of("a", "b", "a"),
                        "trust", List.of("4"),
                        "grid.i1", List.of("1"),
                        "grid.i2", List.of("5"),
                        "n", List.of("2,5"),
                        "where", List.of("ws"),
                        "rank.x", List.of("2"),
                        "rank.y", List.of("1"),
                        "note", List.of("  fine  ")),
                List.of());
        assertThat(rows)
                .containsExactly(
                        Answer.option("pick", "b"),
                        Answer.option("many", "a"),
                        Answer.option("many", "b"),
                        Answer.point("trust", "", 4),
                        Answer.point("grid", "i1", 1),
                        Answer.point("grid", "i2", 5),
                        Answer.number("n", new BigDecimal("2.5")),
                        Answer.option("where", "WS"),
                        Answer.rank("rank", "x", 2),
                        Answer.rank("rank", "y", 1),
                        Answer.text("note", "fine"));
    }

    @Test
    void everyRefusalOfASectionComesAtOnceAtItsQuestion() {
        Section section = section(
                question("pick", QuestionKind.SINGLE_CHOICE, true, List.of(option("a")), List.of()),
                question("n", QuestionKind.NUMBER, false, List.of(), List.of(), BigDecimal.ONE, null, null),
                question(
                        "rank", QuestionKind.RANKING, false, List.of(option("x"), option("y"), option("z")), List.of()),
                question(
                        "grid",
                        QuestionKind.LIKERT_MATRIX,
                        true,
                        SCALE,
                        List.of(new Item(0, 0, "i1", "One", null), new Item(0, 1, "i2", "Two", null))));
        assertThatThrownBy(() -> AnswerChecker.read(
                        section,
                        Map.of(
                                "n",
                                List.of("0"),
                                "rank.x",
                                List.of("1"),
                                "rank.y",
                                List.of("3"),
                                "grid.i1",
                                List.of("2")),
                        List.of()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(m -> m.field() + ": " + m.text().english())
                                .containsExactly(
                                        "pick: This question needs an answer.",
                                        "n: Give a number of at least 1.",
                                        "rank: Rank 2 is missing: number the options 1, 2, 3… without gaps.",
                                        "grid: Answer every row of this question."));
    }

    @Test
    void aConditionedQuestionIsAskedOnlyWhenItsAnswerIsGiven() {
        Question role =
                question("role", QuestionKind.SINGLE_CHOICE, true, List.of(option("nso"), option("other")), List.of());
        Question which = question(
                "which",
                QuestionKind.SHORT_TEXT,
                true,
                List.of(),
                List.of(),
                null,
                null,
                new Condition("ROLE", "Other"));
        assertThat(AnswerChecker.read(section(role, which), Map.of("role", List.of("nso")), List.of()))
                .containsExactly(Answer.option("role", "nso"));
        assertThatThrownBy(() -> AnswerChecker.read(section(role, which), Map.of("role", List.of("other")), List.of()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldMessage::field)
                                .containsExactly("which"));
        assertThat(AnswerChecker.read(section(which), Map.of(), List.of(Answer.option("role", "nso"))))
                .isEmpty();
    }
}
