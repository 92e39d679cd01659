package org.statcommons.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.statcommons.support.StatCommonsIntegrationTest;

/**
 * The storage the answering, results and export parts build on: a wave read whole, one response per respondent and
 * wave however often it is started, a section saved twice replacing its answers, pseudonyms that pair waves of one
 * survey and no other, and an anonymous response that nothing leads to once submitted.
 */
@StatCommonsIntegrationTest
class SurveyStorageIntegrationTests {

    private static final Instant AT = Instant.parse("2026-12-06T10:00:00Z");

    @Autowired
    Surveys surveys;

    @Autowired
    Waves waves;

    @Autowired
    Sections sections;

    @Autowired
    Questions questions;

    @Autowired
    Questionnaires questionnaires;

    @Autowired
    Responses responses;

    @Autowired
    Answers answers;

    @Autowired
    Pseudonymizer pseudonymizer;

    @Autowired
    TransactionTemplate transactions;

    private Questionnaire oneQuestionWave(RespondentMode mode) {
        long surveyId = surveys.insert(null, "Storage", "", mode, 5, 1, AT);
        long waveId = waves.insert(surveyId, "Baseline", AudienceKind.PUBLIC_LINK, null, AT);
        long sectionId = sections.append(waveId, "About you", "");
        long questionId = questions.append(
                waveId,
                sectionId,
                new Questions.Fields("trust", QuestionKind.LIKERT, "Trust?", "", true, 5, null, null, null));
        questions.setOptions(
                questionId,
                List.of(
                        new Questions.Choice("1", "None"),
                        new Questions.Choice("2", "Little"),
                        new Questions.Choice("3", "Some"),
                        new Questions.Choice("4", "Much"),
                        new Questions.Choice("5", "Full")),
                false,
                AT);
        Survey survey = surveys.byId(surveyId).orElseThrow();
        return questionnaires.of(survey, waves.byId(waveId).orElseThrow());
    }

    @Test
    void aWaveIsReadWholeAndOptionsRemovedAfterAnswersStay() {
        Questionnaire wave = oneQuestionWave(RespondentMode.IDENTIFIED);
        Question trust = wave.question("TRUST").orElseThrow();
        assertThat(trust.options()).extracting(Option::code).containsExactly("1", "2", "3", "4", "5");
        assertThat(trust.scalePoints()).isEqualTo(5);

        questions.setOptions(
                trust.id(),
                List.of(new Questions.Choice("2", "A little"), new Questions.Choice("1", "Not at all")),
                true,
                AT);
        Question changed =
                questionnaires.of(wave.survey(), wave.wave()).question("trust").orElseThrow();
        assertThat(changed.offeredOptions()).extracting(Option::label).containsExactly("A little", "Not at all");
        assertThat(changed.options())
                .filteredOn(Option::removed)
                .extracting(Option::code)
                .containsExactly("3", "4", "5");
    }

    @Test
    void aSecondAnswerFromTheSameRespondentUpdatesTheFirst() {
        Questionnaire wave = oneQuestionWave(RespondentMode.IDENTIFIED);
        long surveyId = wave.survey().id();
        long waveId = wave.wave().id();
        Response first = responses.start(surveyId, waveId, 42L, null, null, "WS", "NATIONAL_STATISTICAL_OFFICE", AT);
        Response again = responses.start(surveyId, waveId, 42L, null, null, "FJ", null, AT.plusSeconds(60));
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.country()).isEqualTo("WS");

        transactions.executeWithoutResult(status -> {
            answers.replace(first.id(), waveId, List.of("trust"), List.of(Answer.point("trust", "", 2)));
            answers.replace(first.id(), waveId, List.of("trust"), List.of(Answer.point("trust", "", 4)));
        });
        assertThat(answers.of(first.id())).containsExactly(new Answer("trust", "", "4", BigDecimal.valueOf(4), null));
        assertThat(answers.anyTo(waveId, "TRUST")).isTrue();
    }

    @Test
    void aPseudonymPairsTheWavesOfOneSurveyAndNoOther() {
        assertThat(pseudonymizer.pseudonym(7, 42)).isEqualTo(pseudonymizer.pseudonym(7, 42));
        assertThat(pseudonymizer.pseudonym(7, 42))
                .isNotEqualTo(pseudonymizer.pseudonym(8, 42))
                .isNotEqualTo(pseudonymizer.pseudonym(7, 43))
                .doesNotContain("42");
        assertThat(pseudonymizer.resumeKey("secret")).isNotEqualTo(pseudonymizer.resumeKey("secret2"));
    }

    @Test
    void nothingLeadsToAnAnonymousResponseOnceSubmitted() {
        Questionnaire wave = oneQuestionWave(RespondentMode.ANONYMOUS);
        String key = pseudonymizer.resumeKey("link-secret-" + System.nanoTime());
        Response started = responses.start(wave.survey().id(), wave.wave().id(), null, null, key, null, null, AT);
        assertThat(responses.byResumeKey(key)).map(Response::id).contains(started.id());

        assertThat(responses.submit(started.id(), true, AT.plusSeconds(5))).isTrue();
        assertThat(responses.submit(started.id(), true, AT.plusSeconds(9))).isFalse();
        assertThat(responses.byResumeKey(key)).isEmpty();
        Response submitted = responses.byId(started.id()).orElseThrow();
        assertThat(submitted.accountId()).isNull();
        assertThat(submitted.pseudonym()).isNull();
        assertThat(submitted.submittedAt()).isEqualTo(AT.plusSeconds(5));
    }
}
