package org.statcommons.surveys;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Answers, one row each ({@code surveys.answers}): a section saved replaces its questions' rows of the response, in
 * the caller's transaction, so saving twice never doubles; results aggregate by wave, question code and option code
 * (index {@code answers_by_question}).
 */
@Repository
class Answers {

    private final JdbcClient db;

    Answers(JdbcClient db) {
        this.db = db;
    }

    /** Replaces the response's answers to these questions (a section's) with these rows. */
    void replace(long responseId, long waveId, Collection<String> questionCodes, List<Answer> answers) {
        db.sql("delete from surveys.answers where response_id = ? and question_code = any (?)")
                .params(responseId, questionCodes.toArray(String[]::new))
                .update();
        for (Answer a : answers) {
            db.sql("""
                            insert into surveys.answers (response_id, wave_id, question_code, item_code, option_code,
                                number, text) values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(responseId, waveId, a.questionCode(), a.itemCode(), a.optionCode(), a.number(), a.text())
                    .update();
        }
    }

    /** A response's answers, by question code then item and option. */
    List<Answer> of(long responseId) {
        return db.sql("""
                        select question_code, item_code, option_code, number, text from surveys.answers
                        where response_id = ? order by question_code, item_code, number nulls last, option_code""")
                .param(responseId)
                .query((rs, n) -> new Answer(
                        rs.getString("question_code"),
                        rs.getString("item_code"),
                        rs.getString("option_code"),
                        number(rs.getBigDecimal("number")),
                        rs.getString("text")))
                .list();
    }

    /** Whether any response of the wave answered the question (then it is removed softly, kept for those answers). */
    boolean anyTo(long waveId, String questionCode) {
        return db.sql(
                        "select exists (select 1 from surveys.answers where wave_id = ? and lower(question_code) = lower(?))")
                .params(waveId, questionCode)
                .query(Boolean.class)
                .single();
    }

    private static BigDecimal number(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
