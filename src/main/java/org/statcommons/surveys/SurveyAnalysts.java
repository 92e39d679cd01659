package org.statcommons.surveys;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who may read a survey's results, named by its owners ({@code surveys.analysts}): the standing
 * {@code access.Standing.SURVEY_ANALYST} the policy is told.
 */
@Repository
class SurveyAnalysts {

    private final JdbcClient db;

    SurveyAnalysts(JdbcClient db) {
        this.db = db;
    }

    boolean analyses(long surveyId, long accountId) {
        return db.sql("select exists (select 1 from surveys.analysts where survey_id = ? and account_id = ?)")
                .params(surveyId, accountId)
                .query(Boolean.class)
                .single();
    }

    List<Long> of(long surveyId) {
        return db.sql("select account_id from surveys.analysts where survey_id = ? order by account_id")
                .param(surveyId)
                .query(Long.class)
                .list();
    }

    void add(long surveyId, long accountId) {
        db.sql("insert into surveys.analysts (survey_id, account_id) values (?, ?) on conflict do nothing")
                .params(surveyId, accountId)
                .update();
    }

    boolean remove(long surveyId, long accountId) {
        return db.sql("delete from surveys.analysts where survey_id = ? and account_id = ?")
                        .params(surveyId, accountId)
                        .update()
                > 0;
    }
}
