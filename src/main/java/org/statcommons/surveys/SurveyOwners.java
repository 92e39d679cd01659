package org.statcommons.surveys;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who owns each survey besides the community's secretariat ({@code surveys.owners}): its creator and whom its owners
 * add; the standing {@code access.Standing.SURVEY_OWNER} the policy is told.
 */
@Repository
class SurveyOwners extends SurveyPeopleLists {

    SurveyOwners(JdbcClient db) {
        super(db, "surveys.owners");
    }

    boolean owns(long surveyId, long accountId) {
        return named(surveyId, accountId);
    }
}
