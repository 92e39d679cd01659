package org.statcommons.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/** The shape rules of a questionnaire: conditions point only to earlier, asked questions offering the option. */
class SurveyRulesTests {

    private static final Instant AT = Instant.parse("2026-12-06T10:00:00Z");
    private static long ids = 1;

    private static Question choice(String code, Condition condition, String... options) {
        List<Option> offered = new java.util.ArrayList<>();
        for (int i = 0; i < options.length; i++) {
            offered.add(new Option(ids++, i + 1, options[i], options[i].toUpperCase(), null));
        }
        return new Question(
                ids++,
                1,
                1,
                code,
                QuestionKind.SINGLE_CHOICE,
                code,
                "",
                false,
                null,
                null,
                null,
                condition,
                null,
                offered,
                List.of());
    }

    private static Question text(String code, Condition condition) {
        return new Question(
                ids++,
                1,
                1,
                code,
                QuestionKind.SHORT_TEXT,
                code,
                "",
                false,
                null,
                null,
                null,
                condition,
                null,
                List.of(),
                List.of());
    }

    private static Question removed(Question q) {
        return new Question(
                q.id(),
                q.sectionId(),
                q.position(),
                q.code(),
                q.kind(),
                q.text(),
                q.help(),
                q.required(),
                q.scalePoints(),
                q.min(),
                q.max(),
                q.condition(),
                AT,
                q.options(),
                q.items());
    }

    private static String english(Optional<Text> text) {
        return text.map(Text::english).orElse("");
    }

    @Test
    void aConditionOnAnEarlierQuestionsOfferedOptionHolds() {
        List<Question> order = List.of(choice("role", null, "nso", "min"), text("why", new Condition("ROLE", "Min")));
        assertThat(SurveyRules.firstBrokenCondition(order)).isEmpty();
    }

    @Test
    void aConditionOnALaterQuestionOrOnItselfIsBroken() {
        Question why = text("why", new Condition("role", "min"));
        assertThat(english(SurveyRules.firstBrokenCondition(List.of(why, choice("role", null, "nso", "min")))))
                .isEqualTo("The condition of “why” points to “role”, which is not an earlier question still asked: a"
                        + " condition must point to an earlier question.");
        Question self = choice("self", new Condition("self", "a"), "a", "b");
        assertThat(english(SurveyRules.firstBrokenCondition(List.of(self)))).contains("points to itself");
    }

    @Test
    void aConditionOnARemovedQuestionAnUnofferedOptionOrAQuestionWithoutOptionsIsBroken() {
        Question role = choice("role", null, "nso", "min");
        assertThat(english(SurveyRules.firstBrokenCondition(
                        List.of(removed(role), text("why", new Condition("role", "min"))))))
                .contains("not an earlier question still asked");
        assertThat(english(SurveyRules.firstBrokenCondition(List.of(role, text("why", new Condition("role", "ngo"))))))
                .isEqualTo("The condition of “why” names the option “ngo”, which “role” does not offer.");
        assertThat(english(SurveyRules.firstBrokenCondition(
                        List.of(text("name", null), text("why", new Condition("name", "x"))))))
                .contains("whose answers are not options");
    }

    @Test
    void aRemovedQuestionsOwnConditionNoLongerCounts() {
        Question orphan = removed(text("why", new Condition("gone", "x")));
        assertThat(SurveyRules.firstBrokenCondition(List.of(orphan))).isEmpty();
    }

    @Test
    void aCountryConditionNamesAnIsoCode() {
        Question country = new Question(
                ids++,
                1,
                1,
                "country",
                QuestionKind.COUNTRY,
                "Country",
                "",
                false,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of());
        assertThat(SurveyRules.firstBrokenCondition(List.of(country, text("why", new Condition("country", "FJ")))))
                .isEmpty();
        assertThat(english(SurveyRules.firstBrokenCondition(
                        List.of(country, text("why", new Condition("country", "Fiji"))))))
                .contains("is not a country code");
    }

    private static final Questionnaire EMPTY_WAVE = new Questionnaire(
            new Survey(1, 1L, "S", "", RespondentMode.IDENTIFIED, 5, 1, AT, AT),
            new Wave(1, 1, 1, "Baseline", WaveState.DRAFT, null, null, AudienceKind.COMMUNITY, null, AT),
            List.of(new Section(1, 1, "Only", "", List.of())));

    private static InvalidInputException refusal(NewQuestion question) {
        QuestionChecker checker = new QuestionChecker();
        checker.check(EMPTY_WAVE, EMPTY_WAVE.sections().get(0), null, question);
        try {
            checker.throwIfInvalid();
            return null;
        } catch (InvalidInputException e) {
            return e;
        }
    }

    private static NewQuestion likert(Integer points, List<NewChoice> labels) {
        return new NewQuestion(
                "trust", QuestionKind.LIKERT, "Trust?", "", true, points, null, null, labels, List.of(), "", "");
    }

    private static List<NewChoice> labels(int n) {
        return java.util.stream.IntStream.rangeClosed(1, n)
                .mapToObj(i -> new NewChoice("", "Label " + i))
                .toList();
    }

    @Test
    void aLikertScaleHasFiveOrSevenLabelledPointsCodedFromOne() {
        assertThat(refusal(likert(5, labels(5)))).isNull();
        assertThat(refusal(likert(7, labels(7)))).isNull();
        assertThat(refusal(likert(6, labels(6))).byField())
                .containsEntry("scalePoints", "A Likert scale has 5 or 7 points.");
        assertThat(refusal(likert(null, labels(5))).byField()).containsKey("scalePoints");
        assertThat(refusal(likert(5, labels(4))).byField().get("options")).contains("5 labels for 5 points, not 4");
        List<NewChoice> wrongCodes = List.of(
                new NewChoice("1", "a"),
                new NewChoice("3", "b"),
                new NewChoice("", "c"),
                new NewChoice("", "d"),
                new NewChoice("", "e"));
        assertThat(refusal(likert(5, wrongCodes)).byField().get("options"))
                .isEqualTo("Line 2: the points of a scale have the codes 1 to 5, in order.");
    }

    @Test
    void aNumbersRangeRunsUpwardAndOnlyNumbersHaveOne() {
        NewQuestion upsideDown = new NewQuestion(
                "n",
                QuestionKind.NUMBER,
                "N?",
                "",
                false,
                null,
                BigDecimal.TEN,
                BigDecimal.ONE,
                List.of(),
                List.of(),
                "",
                "");
        assertThat(refusal(upsideDown).byField())
                .containsEntry("min", "The smallest number (10) is larger than the largest (1).");
        NewQuestion equal = new NewQuestion(
                "n",
                QuestionKind.NUMBER,
                "N?",
                "",
                false,
                null,
                BigDecimal.ONE,
                BigDecimal.ONE,
                List.of(),
                List.of(),
                "",
                "");
        assertThat(refusal(equal)).isNull();
        NewQuestion textWithRange = new NewQuestion(
                "t",
                QuestionKind.SHORT_TEXT,
                "T?",
                "",
                false,
                null,
                BigDecimal.ONE,
                null,
                List.of(),
                List.of(),
                "",
                "");
        assertThat(refusal(textWithRange).byField()).containsEntry("min", "Only number questions have a range.");
    }

    @Test
    void optionCodesAreMadeWhereMissingAndMustNotRepeat() {
        QuestionChecker checker = new QuestionChecker();
        NewQuestion question = new NewQuestion(
                "q",
                QuestionKind.RANKING,
                "Rank",
                "",
                false,
                null,
                null,
                null,
                List.of(new NewChoice("", "First"), new NewChoice("o1", "Second"), new NewChoice("", "Third")),
                List.of(),
                "",
                "");
        QuestionChecker.Checked checked =
                checker.check(EMPTY_WAVE, EMPTY_WAVE.sections().get(0), null, question);
        checker.throwIfInvalid();
        assertThat(checked.options()).extracting(Questions.Choice::code).containsExactly("o2", "o1", "o3");
        NewQuestion twice = new NewQuestion(
                "q",
                QuestionKind.MULTIPLE_CHOICE,
                "Pick",
                "",
                false,
                null,
                null,
                null,
                List.of(new NewChoice("a", "A"), new NewChoice("A", "Again")),
                List.of(),
                "",
                "");
        assertThat(refusal(twice).byField().get("options"))
                .isEqualTo("Line 2: the code “A” is already used on an earlier line.");
    }

    @Test
    void theOptionLinesOfTheFormAreReadAsCodeAndLabel() {
        assertThat(QuestionForm.lines("yes | Yes, often\n\n  Never  \r\nno|No"))
                .containsExactly(
                        new NewChoice("yes", "Yes, often"), new NewChoice("", "Never"), new NewChoice("no", "No"));
    }
}
