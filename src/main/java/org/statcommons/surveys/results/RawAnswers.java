package org.statcommons.surveys.results;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * A wave's submitted answers read for the exports through a database cursor ({@code surveys.answers} and
 * {@code surveys.responses}): PostgreSQL hands them over a few thousand rows at a time (the fetch size, which its
 * driver honours inside a transaction), so an export of half a million answers keeps no more than that in memory.
 * Who a row belongs to is what the survey's mode keeps: an account, a pseudonym, or nothing.
 */
@Repository
class RawAnswers {

    static final int FETCH_SIZE = 2000;

    /** One answer of a submitted response; {@code questionCode} null for a response with no answer at all. */
    record Row(
            long responseId,
            Long accountId,
            String pseudonym,
            String country,
            String organisationKind,
            Instant submittedAt,
            String questionCode,
            String itemCode,
            String optionCode,
            BigDecimal number,
            String text) {}

    /** What is done with each row, in order; may throw what writing throws. */
    interface Handler {
        void row(Row row) throws Exception;
    }

    private final JdbcTemplate db;

    RawAnswers(DataSource dataSource) {
        this.db = new JdbcTemplate(dataSource);
        this.db.setFetchSize(FETCH_SIZE);
    }

    /**
     * Each submitted response of the wave with each of its answers, by response then question, item and option
     * (a response without answers once, its answer columns null). Call it inside a transaction: without one the
     * driver reads every row before the first is handed over.
     */
    void each(long waveId, Handler handler) {
        db.query(
                """
                select r.id, r.account_id, r.pseudonym, r.country, r.organisation_kind, r.submitted_at,
                    a.question_code, a.item_code, a.option_code, a.number, a.text
                from surveys.responses r left join surveys.answers a on a.response_id = r.id
                where r.wave_id = ? and r.submitted_at is not null
                order by r.id, a.question_code, a.item_code, a.option_code""",
                rs -> {
                    try {
                        handler.row(map(rs));
                    } catch (SQLException | RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new IllegalStateException("An export could not be written", e);
                    }
                },
                waveId);
    }

    private static Row map(ResultSet rs) throws SQLException {
        long account = rs.getLong("account_id");
        Long accountId = rs.wasNull() ? null : account;
        Timestamp submitted = rs.getTimestamp("submitted_at");
        BigDecimal number = rs.getBigDecimal("number");
        return new Row(
                rs.getLong("id"),
                accountId,
                rs.getString("pseudonym"),
                rs.getString("country"),
                rs.getString("organisation_kind"),
                submitted == null ? null : submitted.toInstant(),
                rs.getString("question_code"),
                rs.getString("item_code"),
                rs.getString("option_code"),
                number == null ? null : number.stripTrailingZeros(),
                rs.getString("text"));
    }
}
