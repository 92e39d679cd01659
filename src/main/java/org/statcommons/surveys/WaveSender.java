package org.statcommons.surveys;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.statcommons.access.Actor;
import org.statcommons.identity.Account;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;

/**
 * What sending invitations and sending reminders share: the survey its owner may send, the wave in it, the check that
 * the wave can be answered now (a link that cannot be answered is no invitation), the audience the policy lets answer,
 * and the letters queued in the outbox, in the caller's transaction. Which letters is each use case's own.
 */
@Component
class WaveSender {

    /** Writes the letters of one sending (and records them), given the wave, who may answer it, and the time. */
    @FunctionalInterface
    interface Letters {
        List<SurveyMailer.Letter> write(Wave wave, List<Account> audience, Instant now);
    }

    private final OwnerChecker checker;
    private final Waves waves;
    private final AudienceFinder audience;
    private final SurveyMailer mailer;
    private final Clock clock;

    WaveSender(OwnerChecker checker, Waves waves, AudienceFinder audience, SurveyMailer mailer, Clock clock) {
        this.checker = checker;
        this.waves = waves;
        this.audience = audience;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** @return how many letters were queued */
    int send(Actor actor, SurveyOwner owner, long surveyId, long waveId, boolean reminder, Letters letters) {
        Survey survey = checker.require(actor, owner, surveyId);
        Wave wave = waves.inSurvey(survey, waveId);
        Instant now = clock.instant();
        requireSendable(wave, now);
        List<SurveyMailer.Letter> written = letters.write(wave, audience.of(owner, wave), now);
        mailer.send(survey, wave, owner.name(), written, reminder);
        return written.size();
    }

    private static void requireSendable(Wave wave, Instant now) {
        if (wave.state() != WaveState.OPEN) {
            throw new ConflictException(Text.of("surveys.distribution.not-open"));
        }
        if (wave.closesAt() != null && !now.isBefore(wave.closesAt())) {
            throw new ConflictException(Text.of("surveys.answer.closed"));
        }
    }
}
