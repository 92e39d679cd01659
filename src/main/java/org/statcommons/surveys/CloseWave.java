package org.statcommons.surveys;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Actor;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;

/**
 * A wave stops taking answers: when an owner closes it (its closing time becomes now), or when its closing time comes
 * ({@link #closeDue}, every minute). Only an open wave closes: a draft was never answered, and a closed one stays so.
 */
@Service
class CloseWave {

    private final OwnerChecker checker;
    private final Surveys surveys;
    private final Waves waves;
    private final Clock clock;

    CloseWave(OwnerChecker checker, Surveys surveys, Waves waves, Clock clock) {
        this.checker = checker;
        this.surveys = surveys;
        this.waves = waves;
        this.clock = clock;
    }

    @Transactional
    Wave close(Actor actor, SurveyOwner owner, long surveyId, long waveId) {
        Survey survey = checker.require(actor, owner, surveyId);
        Wave wave = waves.inSurvey(surveys.lock(survey.id()), waveId);
        switch (wave.state()) {
            case DRAFT -> throw new ConflictException(Text.of("surveys.schedule.close-draft", wave.label()));
            case CLOSED -> throw new ConflictException(Text.of("surveys.schedule.already-closed", wave.label()));
            case OPEN -> {
                // below
            }
        }
        Instant now = clock.instant();
        Instant closesAt = wave.closesAt() == null || wave.closesAt().isAfter(now) ? now : wave.closesAt();
        Instant opensAt = wave.opensAt() != null && wave.opensAt().isAfter(closesAt) ? closesAt : wave.opensAt();
        waves.schedule(wave.id(), WaveState.CLOSED, opensAt, closesAt);
        return waves.byId(wave.id()).orElseThrow();
    }

    /** Closes the open waves whose closing time has come; @return how many */
    @Transactional
    int closeDue() {
        return waves.closeDue(clock.instant());
    }
}
