package org.statcommons.surveys;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every minute: closes the waves whose closing time has come, so that their state says what they do (a wave takes no
 * answer after its closing time even before this runs: {@link Wave#takesAnswersAt}). Every server may run it: the
 * update is one statement, idempotent.
 */
@Component
class SurveyScheduler {

    private final CloseWave closeWave;

    SurveyScheduler(CloseWave closeWave) {
        this.closeWave = closeWave;
    }

    @Scheduled(initialDelayString = "PT35S", fixedDelayString = "${statcommons.surveys.schedule-interval:PT1M}")
    void run() {
        closeWave.closeDue();
    }
}
