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

/** Surveys ({@code surveys.surveys}): a community's, or the platform's (no community). */
@Repository
public class Surveys {

    private static final String COLUMNS = "id, community_id, title, description, respondent_mode,"
            + " small_cell_threshold, created_by, created_at, updated_at";

    private final JdbcClient db;

    Surveys(JdbcClient db) {
        this.db = db;
    }

    public Optional<Survey> byId(long id) {
        return db.sql("select " + COLUMNS + " from surveys.surveys where id = ?")
                .param(id)
                .query(Surveys::map)
                .optional();
    }

    /** The survey of this owner, or "not found" (a survey of another community or of the platform too). */
    public Survey ownedBy(SurveyOwner owner, long id) {
        return byId(id).filter(owner::holds).orElseThrow(() -> new NotFoundException(Text.of("surveys.none")));
    }

    /** The same survey, its row locked until the transaction ends: for changes that check its responses first. */
    Survey lock(long id) {
        return db.sql("select " + COLUMNS + " from surveys.surveys where id = ? for update")
                .param(id)
                .query(Surveys::map)
                .optional()
                .orElseThrow(() -> new NotFoundException(Text.of("surveys.none")));
    }

    /** The owner's surveys, newest first. */
    public List<Survey> of(SurveyOwner owner) {
        return owner.platformWide()
                ? db.sql("select " + COLUMNS
                                + " from surveys.surveys where community_id is null order by created_at desc, id desc")
                        .query(Surveys::map)
                        .list()
                : db.sql("select " + COLUMNS
                                + " from surveys.surveys where community_id = ? order by created_at desc, id desc")
                        .param(owner.communityId())
                        .query(Surveys::map)
                        .list();
    }

    long insert(
            Long communityId,
            String title,
            String description,
            RespondentMode mode,
            int threshold,
            long by,
            Instant at) {
        return db.sql("""
                        insert into surveys.surveys (community_id, title, description, respondent_mode,
                            small_cell_threshold, created_by, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        communityId,
                        title,
                        description,
                        mode.name(),
                        threshold,
                        by,
                        Timestamp.from(at),
                        Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    void update(long id, String title, String description, int threshold, Instant at) {
        db.sql("""
                        update surveys.surveys set title = ?, description = ?, small_cell_threshold = ?, updated_at = ?
                        where id = ?""")
                .params(title, description, threshold, Timestamp.from(at), id)
                .update();
    }

    void setMode(long id, RespondentMode mode, Instant at) {
        db.sql("update surveys.surveys set respondent_mode = ?, updated_at = ? where id = ?")
                .params(mode.name(), Timestamp.from(at), id)
                .update();
    }

    private static Survey map(ResultSet rs, int row) throws SQLException {
        long community = rs.getLong("community_id");
        Long communityId = rs.wasNull() ? null : community;
        return new Survey(
                rs.getLong("id"),
                communityId,
                rs.getString("title"),
                rs.getString("description"),
                RespondentMode.valueOf(rs.getString("respondent_mode")),
                rs.getInt("small_cell_threshold"),
                rs.getLong("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
