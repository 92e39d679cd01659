package org.statcommons.surveys;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Builds the waves answering tests need, straight through the feature's storage (the builder's screens are another
 * engineer's): a survey of a community or of the platform, a wave of three sections with a question of every kind,
 * opened, and personal links made as the distribution makes them.
 */
@Component
class SurveyWaves {

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
    SurveyInvitations invitations;

    @Autowired
    SurveyOwners owners;

    @Autowired
    LinkSigner signer;

    @Autowired
    PublicLinks publicLinks;

    static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");

    /**
     * Section 1: {@code role} (single choice: nso, ministry, other; required), {@code staff} (number 0..5000,
     * required), {@code country}. Section 2: {@code topics} (multiple choice a, b, c), {@code trust} (Likert 5),
     * {@code other_role} (short text, required, shown only if role is "other"), {@code ranks} (ranking x, y, z).
     * Section 3: {@code grid} (matrix of Likert 5, items i1, i2; required), {@code comments} (long text).
     */
    Questionnaire wave(Long communityId, RespondentMode mode, AudienceKind audience, Long audienceId, long creator) {
        long surveyId = surveys.insert(communityId, "Capacity baseline", "Why we ask.", mode, 5, creator, LONG_AGO);
        owners.add(surveyId, creator);
        long waveId = waves.insert(surveyId, "Baseline", audience, audienceId, LONG_AGO);
        long first = sections.append(waveId, "Your office", "");
        long role = questions.append(waveId, first, fields("role", QuestionKind.SINGLE_CHOICE, true, null, null));
        questions.setOptions(
                role,
                List.of(
                        new Questions.Choice("nso", "National statistical office"),
                        new Questions.Choice("ministry", "Ministry"),
                        new Questions.Choice("other", "Other")),
                false,
                LONG_AGO);
        questions.append(
                waveId,
                first,
                new Questions.Fields(
                        "staff",
                        QuestionKind.NUMBER,
                        "How many staff?",
                        "",
                        true,
                        null,
                        BigDecimal.ZERO,
                        BigDecimal.valueOf(5000),
                        null));
        questions.append(waveId, first, fields("country", QuestionKind.COUNTRY, false, null, null));
        long second = sections.append(waveId, "Your work", "");
        long topics =
                questions.append(waveId, second, fields("topics", QuestionKind.MULTIPLE_CHOICE, false, null, null));
        questions.setOptions(
                topics,
                List.of(
                        new Questions.Choice("a", "Agriculture"),
                        new Questions.Choice("b", "Business"),
                        new Questions.Choice("c", "Census")),
                false,
                LONG_AGO);
        long trust = questions.append(waveId, second, fields("trust", QuestionKind.LIKERT, false, 5, null));
        questions.setOptions(trust, scale(), false, LONG_AGO);
        questions.append(
                waveId,
                second,
                fields("other_role", QuestionKind.SHORT_TEXT, true, null, new Condition("role", "other")));
        long ranks = questions.append(waveId, second, fields("ranks", QuestionKind.RANKING, false, null, null));
        questions.setOptions(
                ranks,
                List.of(
                        new Questions.Choice("x", "Funding"),
                        new Questions.Choice("y", "Skills"),
                        new Questions.Choice("z", "Data")),
                false,
                LONG_AGO);
        long third = sections.append(waveId, "Your views", "");
        long grid = questions.append(waveId, third, fields("grid", QuestionKind.LIKERT_MATRIX, true, 5, null));
        questions.setOptions(grid, scale(), false, LONG_AGO);
        questions.setItems(
                grid,
                List.of(new Questions.Choice("i1", "Timeliness"), new Questions.Choice("i2", "Quality")),
                false,
                LONG_AGO);
        questions.append(waveId, third, fields("comments", QuestionKind.LONG_TEXT, false, null, null));
        waves.schedule(waveId, WaveState.OPEN, null, null);
        Survey survey = surveys.byId(surveyId).orElseThrow();
        return questionnaires.of(survey, waves.byId(waveId).orElseThrow());
    }

    /** Closes the wave at this time (it takes answers until then). */
    void closeAt(Questionnaire wave, Instant at) {
        waves.schedule(wave.wave().id(), WaveState.OPEN, null, at);
    }

    /** A personal link for the account, made as an invitation makes it. */
    String invite(Questionnaire wave, long accountId) {
        byte[] nonce = signer.nonce();
        String secret = signer.secret(nonce);
        invitations.invite(wave.wave().id(), accountId, nonce, signer.hash(secret), Instant.now());
        return secret;
    }

    String publicLink(Questionnaire wave) {
        byte[] nonce = signer.nonce();
        return signer.secret(
                publicLinks.nonceOr(wave.wave().id(), nonce, signer.hash(signer.secret(nonce)), Instant.now()));
    }

    private static Questions.Fields fields(
            String code, QuestionKind kind, boolean required, Integer points, Condition condition) {
        return new Questions.Fields(code, kind, "Question " + code + "?", "", required, points, null, null, condition);
    }

    private static List<Questions.Choice> scale() {
        return List.of(
                new Questions.Choice("1", "Not at all"),
                new Questions.Choice("2", "A little"),
                new Questions.Choice("3", "Somewhat"),
                new Questions.Choice("4", "Much"),
                new Questions.Choice("5", "Fully"));
    }
}
