package org.statcommons.surveys.results;

import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.NotAllowedException;
import org.statcommons.access.Permissions;
import org.statcommons.access.Standing;
import org.statcommons.community.Community;
import org.statcommons.surveys.Survey;
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
    Survey results(Actor actor, Community community, long surveyId) {
        if (!mayReadResults(actor, community, surveyId)) {
            throw new NotAllowedException(Action.VIEW_SURVEY_RESULTS, actor.signedIn());
        }
        return surveys.inCommunity(community, surveyId);
    }

    /** Whether the actor may read the results of this survey of the community (false for another's survey). */
    boolean mayReadResults(Actor actor, Community community, long surveyId) {
        boolean inCommunity = inCommunity(community, surveyId);
        boolean owns = inCommunity && actor.signedIn() && tallies.owns(surveyId, actor.accountId());
        boolean analyses = inCommunity && actor.signedIn() && tallies.analyses(surveyId, actor.accountId());
        return inCommunity
                && (permissions.may(actor, Action.VIEW_SURVEY_RESULTS, community.id(), Standing.SURVEY_OWNER, owns)
                        || permissions.may(
                                actor, Action.VIEW_SURVEY_RESULTS, community.id(), Standing.SURVEY_ANALYST, analyses));
    }

    /** The survey, once the actor may read its single answers (the raw exports). */
    Survey responses(Actor actor, Community community, long surveyId) {
        boolean owns =
                inCommunity(community, surveyId) && actor.signedIn() && tallies.owns(surveyId, actor.accountId());
        permissions.require(actor, Action.VIEW_SURVEY_RESPONSES, community.id(), Standing.SURVEY_OWNER, owns);
        return surveys.inCommunity(community, surveyId);
    }

    /** Whether the actor may read the survey's single answers (the page offers the raw exports then). */
    boolean mayReadResponses(Actor actor, Community community, Survey survey) {
        boolean owns = actor.signedIn() && tallies.owns(survey.id(), actor.accountId());
        return permissions.may(actor, Action.VIEW_SURVEY_RESPONSES, community.id(), Standing.SURVEY_OWNER, owns);
    }

    private boolean inCommunity(Community community, long surveyId) {
        return surveys.byId(surveyId)
                .filter(s -> s.communityId() != null && s.communityId() == community.id())
                .isPresent();
    }
}
