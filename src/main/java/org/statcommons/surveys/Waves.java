package org.statcommons.surveys;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/** The waves of surveys ({@code surveys.waves}). */
@Repository
public class Waves {

    private static final String COLUMNS =
            "id, survey_id, position, label, state, opens_at, closes_at, audience_kind, audience_id, created_at";

    private final JdbcClient db;

    Waves(JdbcClient db) {
        this.db = db;
    }

    public Optional<Wave> byId(long id) {
        return db.sql("select " + COLUMNS + " from surveys.waves where id = ?")
                .param(id)
                .query(Waves::map)
                .optional();
    }

    /** The wave of this survey, or "not found" (a wave of another survey too). */
    public Wave inSurvey(Survey survey, long id) {
        return byId(id).filter(w -> w.surveyId() == survey.id())
                .orElseThrow(() -> new NotFoundException(Text.of("surveys.wave.none")));
    }

    /** A survey's waves, first to last. */
    public List<Wave> of(long surveyId) {
        return db.sql("select " + COLUMNS + " from surveys.waves where survey_id = ? order by position")
                .param(surveyId)
                .query(Waves::map)
                .list();
    }

    /**
     * The waves of a community's surveys that took answers at some moment of {@code [from, until)}: opened (or, opened
     * with no opening time, made) before its end and not closed before its start; by survey, first to last.
     */
    public List<Wave> ranIn(long communityId, Instant from, Instant until) {
        return db.sql("select " + COLUMNS + """
                         from surveys.waves
                        where survey_id in (select id from surveys.surveys where community_id = ?) and state <> 'DRAFT'
                          and coalesce(opens_at, created_at) < ? and (closes_at is null or closes_at >= ?)
                        order by survey_id, position""")
                .params(communityId, Timestamp.from(until), Timestamp.from(from))
                .query(Waves::map)
                .list();
    }

    long insert(long surveyId, String label, AudienceKind audienceKind, Long audienceId, Instant at) {
        return db.sql("""
                        insert into surveys.waves (survey_id, position, label, audience_kind, audience_id, created_at)
                        values (?, (select coalesce(max(position), 0) + 1 from surveys.waves where survey_id = ?),
                            ?, ?, ?, ?) returning id""")
                .params(surveyId, surveyId, label, audienceKind.name(), audienceId, Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    void relabel(long id, String label) {
        db.sql("update surveys.waves set label = ? where id = ?")
                .params(label, id)
                .update();
    }

    /** Opens, closes or reopens a wave, with its times (null: none). */
    void schedule(long id, WaveState state, Instant opensAt, Instant closesAt) {
        db.sql("update surveys.waves set state = ?, opens_at = ?, closes_at = ? where id = ?")
                .params(state.name(), timestamp(opensAt), timestamp(closesAt), id)
                .update();
    }

    /** Closes the open waves whose closing time has come. */
    int closeDue(Instant now) {
        return db.sql("update surveys.waves set state = 'CLOSED' where state = 'OPEN' and closes_at <= ?")
                .param(Timestamp.from(now))
                .update();
    }

    /** The open waves of these surveys, first to last. */
    List<Wave> openOf(java.util.Collection<Long> surveyIds) {
        if (surveyIds.isEmpty()) {
            return List.of();
        }
        return db.sql(
                        "select " + COLUMNS
                                + " from surveys.waves where state = 'OPEN' and survey_id in (:ids) order by survey_id, position")
                .param("ids", surveyIds)
                .query(Waves::map)
                .list();
    }

    void address(long id, AudienceKind kind, Long audienceId) {
        db.sql("update surveys.waves set audience_kind = ?, audience_id = ? where id = ?")
                .params(kind.name(), audienceId, id)
                .update();
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static Wave map(ResultSet rs, int row) throws SQLException {
        long audience = rs.getLong("audience_id");
        Long audienceId = rs.wasNull() ? null : audience;
        return new Wave(
                rs.getLong("id"),
                rs.getLong("survey_id"),
                rs.getInt("position"),
                rs.getString("label"),
                WaveState.valueOf(rs.getString("state")),
                instant(rs, "opens_at"),
                instant(rs, "closes_at"),
                AudienceKind.valueOf(rs.getString("audience_kind")),
                audienceId,
                rs.getTimestamp("created_at").toInstant());
    }
}
