package org.statcommons.surveys;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TooManyRequestsException;

/**
 * Starts a fresh response from a wave's public link (each visit that presses "start" is a new respondent) and hands
 * back the secret of its own resume link, which the respondent is shown on every screen: no cookie is needed to come
 * back. The response belongs to no account in any mode. Abuse limits: at most {@link #STARTS_PER_MINUTE} responses
 * started by public link per wave and minute (a script cannot fill the wave with empty responses), and every answer
 * is bounded as for anyone.
 */
@Service
class StartPublicResponse {

    static final int STARTS_PER_MINUTE = 30;

    private final RespondentFinder finder;
    private final Responses responses;
    private final Surveys surveys;
    private final Pseudonymizer pseudonymizer;
    private final LinkSigner signer;
    private final Clock clock;

    StartPublicResponse(
            RespondentFinder finder,
            Responses responses,
            Surveys surveys,
            Pseudonymizer pseudonymizer,
            LinkSigner signer,
            Clock clock) {
        this.finder = finder;
        this.responses = responses;
        this.surveys = surveys;
        this.pseudonymizer = pseudonymizer;
        this.signer = signer;
        this.clock = clock;
    }

    /** @return the secret of the new response's resume link */
    @Transactional
    String start(String publicSecret) {
        Instant now = clock.instant();
        Questionnaire questionnaire = finder.publicWave(publicSecret);
        Wave wave = questionnaire.wave();
        if (!wave.takesAnswersAt(now)) {
            boolean notYet =
                    wave.state() == WaveState.DRAFT || (wave.opensAt() != null && now.isBefore(wave.opensAt()));
            throw new ConflictException(Text.of(notYet ? "surveys.answer.not-open" : "surveys.answer.closed"));
        }
        // the survey's row serialises starts on the wave, so the count below is exact
        surveys.lock(wave.surveyId());
        if (responses.startedByLinkSince(wave.id(), now.minus(Duration.ofMinutes(1))) >= STARTS_PER_MINUTE) {
            throw new TooManyRequestsException(Text.of("surveys.answer.public.busy"), Duration.ofMinutes(1));
        }
        String secret = signer.fresh();
        responses.start(wave.surveyId(), wave.id(), null, null, pseudonymizer.resumeKey(secret), null, null, now);
        return secret;
    }
}
