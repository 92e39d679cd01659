package org.statcommons.surveys;

import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.access.Standing;
import org.statcommons.community.Community;

/**
 * Asks the policy whether someone may run a survey of the community (the secretariat, or the survey's owner: the
 * standing {@link Standing#SURVEY_OWNER}). Asked before the survey is read, so that someone who may not is refused
 * (403) whether or not the survey exists.
 */
@Component
class SurveyOwnership {

    private final Permissions permissions;
    private final Surveys surveys;
    private final SurveyOwners owners;

    SurveyOwnership(Permissions permissions, Surveys surveys, SurveyOwners owners) {
        this.permissions = permissions;
        this.surveys = surveys;
        this.owners = owners;
    }

    /** The survey, once the actor may manage it. */
    Survey require(Actor actor, Community community, long surveyId) {
        boolean owns = actor.signedIn()
                && owners.owns(surveyId, actor.accountId())
                && surveys.byId(surveyId)
                        .filter(s -> s.communityId() != null && s.communityId() == community.id())
                        .isPresent();
        permissions.require(actor, Action.MANAGE_SURVEYS, community.id(), Standing.SURVEY_OWNER, owns);
        return surveys.inCommunity(community, surveyId);
    }
}
