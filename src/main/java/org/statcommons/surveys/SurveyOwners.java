package org.statcommons.surveys;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who owns each survey besides the community's secretariat ({@code surveys.owners}): its creator and whom its owners
 * add; the standing {@code access.Standing.SURVEY_OWNER} the policy is told.
 */
@Repository
class SurveyOwners {

    private final JdbcClient db;

    SurveyOwners(JdbcClient db) {
        this.db = db;
    }

    boolean owns(long surveyId, long accountId) {
        return db.sql("select exists (select 1 from surveys.owners where survey_id = ? and account_id = ?)")
                .params(surveyId, accountId)
                .query(Boolean.class)
                .single();
    }

    List<Long> of(long surveyId) {
        return db.sql("select account_id from surveys.owners where survey_id = ? order by account_id")
                .param(surveyId)
                .query(Long.class)
                .list();
    }

    void add(long surveyId, long accountId) {
        db.sql("insert into surveys.owners (survey_id, account_id) values (?, ?) on conflict do nothing")
                .params(surveyId, accountId)
                .update();
    }

    boolean remove(long surveyId, long accountId) {
        return db.sql("delete from surveys.owners where survey_id = ? and account_id = ?")
                        .params(surveyId, accountId)
                        .update()
                > 0;
    }
}
