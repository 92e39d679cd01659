package org.statcommons.surveys;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * People named on a survey in one of its lists, a table of (survey, account) pairs each: its owners and its analysts.
 * The two lists answer to different standings of the policy, so each stays its own repository over this one body.
 */
@Repository
abstract class SurveyPeopleLists {

    private final JdbcClient db;
    private final String table;

    /** @param table the list's table, a constant of the subclass (never typed input); no method is final, since the repository is proxied */
    SurveyPeopleLists(JdbcClient db, String table) {
        this.db = db;
        this.table = table;
    }

    boolean named(long surveyId, long accountId) {
        return db.sql("select exists (select 1 from " + table + " where survey_id = ? and account_id = ?)")
                .params(surveyId, accountId)
                .query(Boolean.class)
                .single();
    }

    List<Long> of(long surveyId) {
        return db.sql("select account_id from " + table + " where survey_id = ? order by account_id")
                .param(surveyId)
                .query(Long.class)
                .list();
    }

    void add(long surveyId, long accountId) {
        db.sql("insert into " + table + " (survey_id, account_id) values (?, ?) on conflict do nothing")
                .params(surveyId, accountId)
                .update();
    }

    boolean remove(long surveyId, long accountId) {
        return db.sql("delete from " + table + " where survey_id = ? and account_id = ?")
                        .params(surveyId, accountId)
                        .update()
                > 0;
    }
}
