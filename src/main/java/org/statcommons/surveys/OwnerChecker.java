package org.statcommons.surveys;

import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.access.Standing;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;

/**
 * Asks the policy whether the actor may run a survey: the secretariat every one of the community, an owner their own
 * (the standing {@link Standing#SURVEY_OWNER}); the platform's secretariat and administrators a platform-wide one. Asked before the survey is read, so that someone who may not run it
 * learns nothing of whether it exists (403 either way); the secretariat gets its 404 afterwards.
 */
@Component
class OwnerChecker {

    private final Permissions permissions;
    private final Surveys surveys;
    private final SurveyOwners owners;
    private final Waves waves;
    private final Questionnaires questionnaires;

    OwnerChecker(
            Permissions permissions, Surveys surveys, SurveyOwners owners, Waves waves, Questionnaires questionnaires) {
        this.permissions = permissions;
        this.surveys = surveys;
        this.owners = owners;
        this.waves = waves;
        this.questionnaires = questionnaires;
    }

    /**
     * A wave of a survey the actor may run, read whole, its survey's row locked (builder changes one at a time), and
     * refused when the wave is closed: its questions stay as they were answered.
     */
    Questionnaire editable(Actor actor, SurveyOwner owner, long surveyId, long waveId) {
        Survey survey = lock(actor, owner, surveyId);
        Wave wave = waves.inSurvey(survey, waveId);
        if (wave.state() == WaveState.CLOSED) {
            throw new ConflictException(Text.of("surveys.wave.closed", wave.label()));
        }
        return questionnaires.of(survey, wave);
    }

    /** The survey, once the actor may run it. */
    Survey require(Actor actor, SurveyOwner owner, long surveyId) {
        owner.require(permissions, actor, Action.MANAGE_SURVEYS, Standing.SURVEY_OWNER, owns(actor, owner, surveyId));
        return surveys.ownedBy(owner, surveyId);
    }

    /** The same, the survey's row locked until the transaction ends. */
    Survey lock(Actor actor, SurveyOwner owner, long surveyId) {
        require(actor, owner, surveyId);
        return surveys.lock(surveyId);
    }

    boolean may(Actor actor, SurveyOwner owner, long surveyId) {
        return owner.may(
                permissions, actor, Action.MANAGE_SURVEYS, Standing.SURVEY_OWNER, owns(actor, owner, surveyId));
    }

    private boolean owns(Actor actor, SurveyOwner owner, long surveyId) {
        return actor.signedIn()
                && owners.owns(surveyId, actor.accountId())
                && surveys.byId(surveyId).filter(owner::holds).isPresent();
    }
}
