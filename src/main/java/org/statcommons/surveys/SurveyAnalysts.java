package org.statcommons.surveys;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who may read a survey's results, named by its owners ({@code surveys.analysts}): the standing
 * {@code access.Standing.SURVEY_ANALYST} the policy is told.
 */
@Repository
class SurveyAnalysts extends SurveyPeopleLists {

    SurveyAnalysts(JdbcClient db) {
        super(db, "surveys.analysts");
    }

    boolean analyses(long surveyId, long accountId) {
        return named(surveyId, accountId);
    }
}
