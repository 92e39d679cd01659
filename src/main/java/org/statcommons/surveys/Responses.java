package org.statcommons.surveys;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Responses to waves ({@code surveys.responses}). A respondent's response is found by what the survey's mode keeps:
 * the account (identified), the pseudonym (pseudonymous), or the keyed hash of the link's secret while an anonymous
 * response is in progress ({@link #byResumeKey}); starting one twice finds the first ({@code start...} answer the
 * existing row), so a second answer from the same person or link updates, never doubles.
 */
@Repository
class Responses {

    private static final String COLUMNS = "id, survey_id, wave_id, account_id, pseudonym, country, organisation_kind,"
            + " sections_saved, started_at, updated_at, submitted_at";

    private final JdbcClient db;

    Responses(JdbcClient db) {
        this.db = db;
    }

    Optional<Response> byId(long id) {
        return db.sql("select " + COLUMNS + " from surveys.responses where id = ?")
                .param(id)
                .query(Responses::map)
                .optional();
    }

    Optional<Response> ofAccount(long waveId, long accountId) {
        return db.sql("select " + COLUMNS + " from surveys.responses where wave_id = ? and account_id = ?")
                .params(waveId, accountId)
                .query(Responses::map)
                .optional();
    }

    Optional<Response> ofPseudonym(long waveId, String pseudonym) {
        return db.sql("select " + COLUMNS + " from surveys.responses where wave_id = ? and pseudonym = ?")
                .params(waveId, pseudonym)
                .query(Responses::map)
                .optional();
    }

    Optional<Response> byResumeKey(String resumeKey) {
        return db.sql("select " + COLUMNS + " from surveys.responses where resume_key = ?")
                .param(resumeKey)
                .query(Responses::map)
                .optional();
    }

    /**
     * The response of whoever these name, started now if there is none (one row per respondent and wave, whoever
     * gets there first); exactly one of the three is set.
     */
    Response start(
            long surveyId,
            long waveId,
            Long accountId,
            String pseudonym,
            String resumeKey,
            String country,
            String organisationKind,
            Instant at) {
        String conflict = accountId != null
                ? "(wave_id, account_id) where account_id is not null"
                : pseudonym != null
                        ? "(wave_id, pseudonym) where pseudonym is not null"
                        : "(resume_key) where resume_key is not null";
        db.sql("insert into surveys.responses (survey_id, wave_id, account_id, pseudonym, resume_key, country,"
                        + " organisation_kind, started_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " on conflict " + conflict + " do nothing")
                .params(
                        surveyId,
                        waveId,
                        accountId,
                        pseudonym,
                        resumeKey,
                        country,
                        organisationKind,
                        Timestamp.from(at),
                        Timestamp.from(at))
                .update();
        Optional<Response> found = accountId != null
                ? ofAccount(waveId, accountId)
                : pseudonym != null ? ofPseudonym(waveId, pseudonym) : byResumeKey(resumeKey);
        return found.orElseThrow(() -> new IllegalStateException("a response just started is there"));
    }

    /** Records that the sections up to {@code sectionsSaved} are saved (never fewer than before). */
    void saved(long id, int sectionsSaved, Instant at) {
        db.sql("update surveys.responses set sections_saved = greatest(sections_saved, ?), updated_at = ? where id = ?")
                .params(sectionsSaved, Timestamp.from(at), id)
                .update();
    }

    /**
     * Submits the response; an anonymous one loses its resume key, after which nothing leads to it.
     *
     * @return false when it was submitted already
     */
    boolean submit(long id, boolean forgetLink, Instant at) {
        return db.sql("update surveys.responses set submitted_at = ?, updated_at = ?,"
                                + " resume_key = case when ? then null else resume_key end"
                                + " where id = ? and submitted_at is null")
                        .params(Timestamp.from(at), Timestamp.from(at), forgetLink, id)
                        .update()
                > 0;
    }

    /** How many responses by no account and no pseudonym (public links') the wave has had started since then. */
    int startedByLinkSince(long waveId, Instant since) {
        return db.sql("select count(*) from surveys.responses where wave_id = ? and started_at >= ?"
                        + " and account_id is null and pseudonym is null")
                .params(waveId, Timestamp.from(since))
                .query(Integer.class)
                .single();
    }

    /** Whether anyone has saved anything in any wave of the survey. */
    boolean anyIn(long surveyId) {
        return db.sql("select exists (select 1 from surveys.responses where survey_id = ?)")
                .param(surveyId)
                .query(Boolean.class)
                .single();
    }

    /** Whether anyone has saved anything in the wave. */
    boolean anyInWave(long waveId) {
        return db.sql("select exists (select 1 from surveys.responses where wave_id = ?)")
                .param(waveId)
                .query(Boolean.class)
                .single();
    }

    /** Removes the account from every response of the survey (a survey made pseudonymous or anonymous). */
    void forgetAccounts(long surveyId) {
        db.sql("update surveys.responses set account_id = null where survey_id = ? and account_id is not null")
                .param(surveyId)
                .update();
    }

    /** Removes pseudonyms and resume keys of submitted responses of the survey (a survey made anonymous). */
    void forgetPseudonyms(long surveyId) {
        db.sql("""
                        update surveys.responses set pseudonym = null,
                            resume_key = case when submitted_at is null then resume_key end
                        where survey_id = ? and (pseudonym is not null or resume_key is not null)""").param(surveyId).update();
    }

    /** Sets the pseudonym of a response whose account is being forgotten (a survey made pseudonymous). */
    void pseudonymise(long id, String pseudonym) {
        db.sql("update surveys.responses set pseudonym = ?, account_id = null where id = ?")
                .params(pseudonym, id)
                .update();
    }

    /** The survey's responses that name an account, by id and account: what {@code SetRespondentMode} rewrites. */
    java.util.Map<Long, Long> accountsIn(long surveyId) {
        java.util.Map<Long, Long> accounts = new java.util.LinkedHashMap<>();
        db.sql(
                        "select id, account_id from surveys.responses where survey_id = ? and account_id is not null order by id")
                .param(surveyId)
                .query(rs -> {
                    accounts.put(rs.getLong("id"), rs.getLong("account_id"));
                });
        return accounts;
    }

    private static Response map(ResultSet rs, int row) throws SQLException {
        long account = rs.getLong("account_id");
        Long accountId = rs.wasNull() ? null : account;
        Timestamp submitted = rs.getTimestamp("submitted_at");
        return new Response(
                rs.getLong("id"),
                rs.getLong("survey_id"),
                rs.getLong("wave_id"),
                accountId,
                rs.getString("pseudonym"),
                rs.getString("country"),
                rs.getString("organisation_kind"),
                rs.getInt("sections_saved"),
                rs.getTimestamp("started_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                submitted == null ? null : submitted.toInstant());
    }

    /** A person's identified response, as their personal data lists it. */
    record Given(long id, long surveyId, String survey, Instant startedAt, Instant submittedAt) {}

    /** One answer of a response, by its codes. */
    record GivenAnswer(String question, String item, String option, java.math.BigDecimal number, String text) {}

    /**
     * Up to {@code limit} of the person's identified responses after the response {@code afterId} (a pseudonymous or
     * anonymous response is joined to no account, which is its promise).
     */
    List<Given> identifiedOf(long accountId, long afterId, int limit) {
        return db.sql("""
                        select r.id, s.id, s.title, r.started_at, r.submitted_at
                        from surveys.responses r join surveys.surveys s on s.id = r.survey_id
                        where r.account_id = ? and r.id > ? order by r.id limit ?""")
                .params(accountId, afterId, limit)
                .query((rs, n) -> new Given(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
                .list();
    }

    List<GivenAnswer> answersOf(long responseId) {
        return db.sql("""
                        select question_code, item_code, option_code, number, text from surveys.answers
                        where response_id = ? order by question_code, item_code, option_code""")
                .param(responseId)
                .query((rs, n) -> new GivenAnswer(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getString(5)))
                .list();
    }
}
