package org.statcommons.surveys;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Actor;

/** An owner changes a survey's title, description and small-cell threshold. */
@Service
class EditSurvey {

    private final OwnerChecker checker;
    private final Surveys surveys;
    private final Clock clock;

    EditSurvey(OwnerChecker checker, Surveys surveys, Clock clock) {
        this.checker = checker;
        this.surveys = surveys;
        this.clock = clock;
    }

    @Transactional
    void edit(Actor actor, SurveyOwner owner, long surveyId, SurveyChange change) {
        Survey survey = checker.lock(actor, owner, surveyId);
        SurveyChecker input = new SurveyChecker();
        String title = input.title(change.title());
        String description = input.description(change.description());
        int threshold = input.threshold(change.smallCellThreshold());
        input.throwIfInvalid();
        surveys.update(survey.id(), title, description, threshold, clock.instant());
    }
}
