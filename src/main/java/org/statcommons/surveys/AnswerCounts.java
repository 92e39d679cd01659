package org.statcommons.surveys;

import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A wave's submitted answers counted by question, item, option, country and kind of organisation
 * ({@code surveys.answer_counts}, {@code surveys.answered_counts}), kept in the transaction that changes them: a
 * response's answers are added when it is submitted, and a submitted response's answers to a section are taken away
 * before they are replaced and added again after, so the results sum these counts instead of counting every answer
 * again at the first view after each submission. Counts that fall to zero are deleted, as a fresh count has no row for
 * them. The rows are written in the order of their keys, so that two submissions at once wait for each other rather
 * than deadlock.
 */
@Repository
class AnswerCounts {

    private final JdbcClient db;

    AnswerCounts(JdbcClient db) {
        this.db = db;
    }

    /** Adds the submitted response's answers to these questions (all its answers when null) to its wave's counts. */
    void add(long responseId, Collection<String> questionCodes) {
        change(responseId, questionCodes, 1);
    }

    /** Takes the response's answers to these questions away from its wave's counts (before they are replaced). */
    void subtract(long responseId, Collection<String> questionCodes) {
        change(responseId, questionCodes, -1);
    }

    private void change(long responseId, Collection<String> questionCodes, int sign) {
        String[] codes = questionCodes == null ? null : questionCodes.toArray(String[]::new);
        db.sql("""
                        insert into surveys.answer_counts as c
                        select a.wave_id, coalesce(r.country, ''), coalesce(r.organisation_kind, ''), a.question_code,
                               a.item_code, a.option_code, ? * count(*), ? * sum(a.number)
                        from surveys.answers a join surveys.responses r on r.id = a.response_id
                        where a.response_id = ? and (cast(? as text[]) is null or a.question_code = any (?))
                        group by 1, 2, 3, 4, 5, 6 order by 4, 5, 6
                        on conflict (wave_id, question_code, item_code, option_code, country, organisation_kind)
                        do update set answers = c.answers + excluded.answers,
                            total = case when c.total is null and excluded.total is null then null
                                         else coalesce(c.total, 0) + coalesce(excluded.total, 0) end""").params(sign, sign, responseId, codes, codes).update();
        db.sql("""
                        insert into surveys.answered_counts as c
                        select a.wave_id, coalesce(r.country, ''), coalesce(r.organisation_kind, ''), a.question_code,
                               a.item_code, ?
                        from surveys.answers a join surveys.responses r on r.id = a.response_id
                        where a.response_id = ? and (cast(? as text[]) is null or a.question_code = any (?))
                        group by 1, 2, 3, 4, 5 order by 4, 5
                        on conflict (wave_id, question_code, item_code, country, organisation_kind)
                        do update set responses = c.responses + excluded.responses""").params(sign, responseId, codes, codes).update();
        if (sign < 0) {
            db.sql("""
                            delete from surveys.answer_counts
                            where wave_id = (select wave_id from surveys.responses where id = ?) and answers = 0
                              and (cast(? as text[]) is null or question_code = any (?))""").params(responseId, codes, codes).update();
            db.sql("""
                            delete from surveys.answered_counts
                            where wave_id = (select wave_id from surveys.responses where id = ?) and responses = 0
                              and (cast(? as text[]) is null or question_code = any (?))""").params(responseId, codes, codes).update();
        }
    }
}
