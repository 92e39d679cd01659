package org.statcommons.surveys;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Actor;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;

/**
 * An owner opens a draft wave: now, or at its opening time (it is open from then on: {@link Wave#takesAnswersAt}
 * takes answers only between its times). A wave with no question, or whose closing time has passed, is not opened;
 * a closed wave stays closed (its results are final: the next wave is how a survey goes on).
 */
@Service
class OpenWave {

    private final OwnerChecker checker;
    private final Surveys surveys;
    private final Waves waves;
    private final Questionnaires questionnaires;
    private final Clock clock;

    OpenWave(OwnerChecker checker, Surveys surveys, Waves waves, Questionnaires questionnaires, Clock clock) {
        this.checker = checker;
        this.surveys = surveys;
        this.waves = waves;
        this.questionnaires = questionnaires;
        this.clock = clock;
    }

    /** @param now open now, bringing a later opening time forward; otherwise at the opening time set */
    @Transactional
    Wave open(Actor actor, SurveyOwner owner, long surveyId, long waveId, boolean now) {
        Survey survey = checker.require(actor, owner, surveyId);
        Survey locked = surveys.lock(survey.id());
        Wave wave = waves.inSurvey(locked, waveId);
        switch (wave.state()) {
            case OPEN -> throw new ConflictException(Text.of("surveys.schedule.already-open", wave.label()));
            case CLOSED -> throw new ConflictException(Text.of("surveys.schedule.stays-closed", wave.label()));
            case DRAFT -> {
                // below
            }
        }
        boolean asks = questionnaires.of(locked, wave).sections().stream()
                .anyMatch(s -> !s.askedQuestions().isEmpty());
        if (!asks) {
            throw new ConflictException(Text.of("surveys.schedule.no-questions", wave.label()));
        }
        Instant at = clock.instant();
        if (wave.closesAt() != null && !at.isBefore(wave.closesAt())) {
            throw new ConflictException(Text.of("surveys.schedule.closes-past"));
        }
        Instant opensAt = wave.opensAt();
        if (now && opensAt != null && opensAt.isAfter(at)) {
            opensAt = at;
        }
        waves.schedule(wave.id(), WaveState.OPEN, opensAt, wave.closesAt());
        return waves.byId(wave.id()).orElseThrow();
    }
}
