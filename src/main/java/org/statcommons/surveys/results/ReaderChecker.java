package org.statcommons.surveys.results;

import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.NotAllowedException;
import org.statcommons.access.Permissions;
import org.statcommons.access.Standing;
import org.statcommons.surveys.Survey;
import org.statcommons.surveys.SurveyOwner;
import org.statcommons.surveys.Surveys;

/**
 * Asks the policy whether the actor may read a survey's results ({@code VIEW_SURVEY_RESULTS}: the secretariat, the
 * survey's owners and analysts) or its single answers ({@code VIEW_SURVEY_RESPONSES}: the secretariat and owners).
 * Asked before the survey is read, so that someone who may not read it learns nothing of whether it exists (403
 * either way); those who may get their 404 afterwards.
 */
@Component
class ReaderChecker {

    private final Permissions permissions;
    private final Surveys surveys;
    private final AnswerTallies tallies;

    ReaderChecker(Permissions permissions, Surveys surveys, AnswerTallies tallies) {
        this.permissions = permissions;
        this.surveys = surveys;
        this.tallies = tallies;
    }

    /** The survey, once the actor may read its results. */
    Survey results(Actor actor, SurveyOwner owner, long surveyId) {
        if (!mayReadResults(actor, owner, surveyId)) {
            throw new NotAllowedException(
                    owner.platformWide() ? Action.MANAGE_PLATFORM_SURVEYS : Action.VIEW_SURVEY_RESULTS,
                    actor.signedIn());
        }
        return surveys.ownedBy(owner, surveyId);
    }

    /** Whether the actor may read the results of this survey of the owner (false for another's survey). */
    boolean mayReadResults(Actor actor, SurveyOwner owner, long surveyId) {
        boolean held = holds(owner, surveyId);
        boolean owns = held && actor.signedIn() && tallies.owns(surveyId, actor.accountId());
        boolean analyses = held && actor.signedIn() && tallies.analyses(surveyId, actor.accountId());
        return held
                && (owner.may(permissions, actor, Action.VIEW_SURVEY_RESULTS, Standing.SURVEY_OWNER, owns)
                        || owner.may(
                                permissions, actor, Action.VIEW_SURVEY_RESULTS, Standing.SURVEY_ANALYST, analyses));
    }

    /** The survey, once the actor may read its single answers (the raw exports). */
    Survey responses(Actor actor, SurveyOwner owner, long surveyId) {
        boolean owns = holds(owner, surveyId) && actor.signedIn() && tallies.owns(surveyId, actor.accountId());
        owner.require(permissions, actor, Action.VIEW_SURVEY_RESPONSES, Standing.SURVEY_OWNER, owns);
        return surveys.ownedBy(owner, surveyId);
    }

    /** Whether the actor may read the survey's single answers (the page offers the raw exports then). */
    boolean mayReadResponses(Actor actor, SurveyOwner owner, Survey survey) {
        boolean owns = actor.signedIn() && tallies.owns(survey.id(), actor.accountId());
        return owner.may(permissions, actor, Action.VIEW_SURVEY_RESPONSES, Standing.SURVEY_OWNER, owns);
    }

    private boolean holds(SurveyOwner owner, long surveyId) {
        return surveys.byId(surveyId).filter(owner::holds).isPresent();
    }
}
