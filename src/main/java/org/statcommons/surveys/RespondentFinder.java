package org.statcommons.surveys;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/**
 * Finds who answers from a link's secret: a personal link by the hash of its secret (its invitation), a public
 * link's response by the keyed resume hash. A forged link, and an anonymous public response once submitted, are
 * "not found" alike.
 */
@Component
class RespondentFinder {

    static final Text INVALID = Text.of("surveys.answer.link.invalid");

    private final SurveyInvitations invitations;
    private final Responses responses;
    private final Surveys surveys;
    private final Waves waves;
    private final Questionnaires questionnaires;
    private final Pseudonymizer pseudonymizer;
    private final LinkSigner signer;
    private final PublicLinks publicLinks;

    RespondentFinder(
            SurveyInvitations invitations,
            Responses responses,
            Surveys surveys,
            Waves waves,
            Questionnaires questionnaires,
            Pseudonymizer pseudonymizer,
            LinkSigner signer,
            PublicLinks publicLinks) {
        this.publicLinks = publicLinks;
        this.invitations = invitations;
        this.responses = responses;
        this.surveys = surveys;
        this.waves = waves;
        this.questionnaires = questionnaires;
        this.pseudonymizer = pseudonymizer;
        this.signer = signer;
    }

    /**
     * The respondent, once their answers may change now: the wave takes answers (open, and now within its times),
     * and an anonymous response was not submitted already.
     */
    Respondent mayAnswer(String secret, java.time.Instant now) {
        Respondent respondent = find(secret);
        Wave wave = respondent.wave();
        if (!wave.takesAnswersAt(now)) {
            boolean notYet = wave.state() == WaveState.DRAFT
                    || (wave.state() == WaveState.OPEN && wave.opensAt() != null && now.isBefore(wave.opensAt()));
            throw new ConflictException(Text.of(notYet ? "surveys.answer.not-open" : "surveys.answer.closed"));
        }
        if (!respondent.mayChange()) {
            throw new ConflictException(Text.of("surveys.answer.already-anonymous"));
        }
        return respondent;
    }

    /** The wave a public link opens, or "not found" (a forged link, or a wave no longer sent by a public link). */
    Questionnaire publicWave(String secret) {
        if (secret == null || !secret.matches("[A-Za-z0-9_-]{20,100}")) {
            throw new NotFoundException(INVALID);
        }
        Wave wave = publicLinks
                .waveOf(signer.hash(secret))
                .flatMap(waves::byId)
                .filter(w -> w.audienceKind() == AudienceKind.PUBLIC_LINK)
                .orElseThrow(() -> new NotFoundException(INVALID));
        Survey survey = surveys.byId(wave.surveyId()).orElseThrow(() -> new NotFoundException(INVALID));
        return questionnaires.of(survey, wave);
    }

    Respondent find(String secret) {
        if (secret == null || !secret.matches("[A-Za-z0-9_-]{20,100}")) {
            throw new NotFoundException(INVALID);
        }
        Optional<Invitation> invited = invitations.byHash(signer.hash(secret));
        if (invited.isPresent()) {
            Invitation invitation = invited.get();
            Wave wave = waves.byId(invitation.waveId()).orElseThrow(() -> new NotFoundException(INVALID));
            Survey survey = surveys.byId(wave.surveyId()).orElseThrow(() -> new NotFoundException(INVALID));
            Questionnaire questionnaire = questionnaires.of(survey, wave);
            return switch (survey.mode()) {
                case IDENTIFIED ->
                    new Respondent(
                            questionnaire,
                            invitation,
                            null,
                            null,
                            responses.ofAccount(wave.id(), invitation.accountId()));
                case PSEUDONYMOUS -> {
                    String pseudonym = pseudonymizer.pseudonym(survey.id(), invitation.accountId());
                    yield new Respondent(
                            questionnaire, invitation, pseudonym, null, responses.ofPseudonym(wave.id(), pseudonym));
                }
                case ANONYMOUS -> {
                    String resumeKey = pseudonymizer.resumeKey(secret);
                    yield new Respondent(questionnaire, invitation, null, resumeKey, responses.byResumeKey(resumeKey));
                }
            };
        }
        String resumeKey = pseudonymizer.resumeKey(secret);
        Response response = responses.byResumeKey(resumeKey).orElseThrow(() -> new NotFoundException(INVALID));
        Wave wave = waves.byId(response.waveId()).orElseThrow(() -> new NotFoundException(INVALID));
        Survey survey = surveys.byId(wave.surveyId()).orElseThrow(() -> new NotFoundException(INVALID));
        return new Respondent(questionnaires.of(survey, wave), null, null, resumeKey, Optional.of(response));
    }
}
