package org.statcommons.workstreams;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.community.Community;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/** The workstreams of communities. Other features read them (the annual progress report). */
@Repository
public class Workstreams {

    private static final String SELECT = """
            select id, community_id, slug, title, objectives, duration_months, report_every_months, status, terms_path,
                   body_id, decision_id, topic_group_id, approved_on, proposed_by, proposed_at, closed_at
            from workstreams.workstreams""";

    private final JdbcClient db;

    Workstreams(JdbcClient db) {
        this.db = db;
    }

    /** A community's workstreams, the newest proposal first. */
    public List<Workstream> of(long communityId) {
        return db.sql(SELECT + " where community_id = ? order by proposed_at desc, id desc")
                .param(communityId)
                .query(Workstreams::map)
                .list();
    }

    public Optional<Workstream> byId(long id) {
        return db.sql(SELECT + " where id = ?")
                .param(id)
                .query(Workstreams::map)
                .optional();
    }

    /** The workstream of this community, or "not found" (one of another community too). */
    public Workstream inCommunity(Community community, long id) {
        return byId(id).filter(w -> w.communityId() == community.id())
                .orElseThrow(() -> new NotFoundException(Text.of("workstreams.none")));
    }

    Optional<Workstream> byDecision(long decisionId) {
        return db.sql(SELECT + " where decision_id = ?")
                .param(decisionId)
                .query(Workstreams::map)
                .optional();
    }

    /** Locks the row for a change of state (a submission, the decision's outcome, closing). */
    Workstream lock(long id) {
        return db.sql(SELECT + " where id = ? for update")
                .param(id)
                .query(Workstreams::map)
                .optional()
                .orElseThrow(() -> new NotFoundException(Text.of("workstreams.none")));
    }

    long insert(
            long communityId,
            String slug,
            String title,
            String objectives,
            int durationMonths,
            int reportEveryMonths,
            String termsPath,
            long by,
            Instant at) {
        return db.sql("""
                        insert into workstreams.workstreams (community_id, slug, title, objectives, duration_months,
                            report_every_months, status, terms_path, proposed_by, proposed_at)
                        values (?, ?, ?, ?, ?, ?, 'PROPOSED', ?, ?, ?) returning id""")
                .params(
                        communityId,
                        slug,
                        title,
                        objectives,
                        durationMonths,
                        reportEveryMonths,
                        termsPath,
                        by,
                        Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    boolean slugTaken(long communityId, String slug) {
        return db.sql("select count(*) from workstreams.workstreams where community_id = ? and slug = ?")
                        .params(communityId, slug)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void update(long id, String title, String objectives, int durationMonths, int reportEveryMonths) {
        db.sql("""
                        update workstreams.workstreams set title = ?, objectives = ?, duration_months = ?,
                            report_every_months = ? where id = ?""")
                .params(title, objectives, durationMonths, reportEveryMonths, id)
                .update();
    }

    void submitted(long id, long bodyId, long decisionId) {
        db.sql("update workstreams.workstreams set body_id = ?, decision_id = ? where id = ?")
                .params(bodyId, decisionId, id)
                .update();
    }

    void approved(long id, LocalDate on, long topicGroupId, Instant at) {
        db.sql("""
                        update workstreams.workstreams set status = 'APPROVED', approved_on = ?, topic_group_id = ?,
                            decided_at = ? where id = ?""")
                .params(Date.valueOf(on), topicGroupId, Timestamp.from(at), id)
                .update();
    }

    void declined(long id, Instant at) {
        db.sql("update workstreams.workstreams set status = 'DECLINED', decided_at = ? where id = ?")
                .params(Timestamp.from(at), id)
                .update();
    }

    void status(long id, WorkstreamStatus status, Instant closedAt) {
        db.sql("update workstreams.workstreams set status = ?, closed_at = ? where id = ?")
                .params(status.name(), closedAt == null ? null : Timestamp.from(closedAt), id)
                .update();
    }

    /** The approved and active workstreams of every community, for the reminders. */
    List<Workstream> running() {
        return db.sql(SELECT + " where status in ('APPROVED', 'ACTIVE') order by id")
                .query(Workstreams::map)
                .list();
    }

    /**
     * A community's workstreams at work some time in the period: approved on or before its last day, and not closed
     * before its first moment; by the day they were approved.
     */
    List<Workstream> activeBetween(long communityId, LocalDate first, LocalDate last, Instant from) {
        return db.sql(SELECT + " " + """
                         where community_id = ? and status in ('APPROVED', 'ACTIVE', 'CLOSED')
                           and approved_on <= ? and (closed_at is null or closed_at >= ?)
                         order by approved_on, id""")
                .params(communityId, last, Timestamp.from(from))
                .query(Workstreams::map)
                .list();
    }

    private static Workstream map(ResultSet rs, int row) throws SQLException {
        Date approved = rs.getDate("approved_on");
        Timestamp closed = rs.getTimestamp("closed_at");
        return new Workstream(
                rs.getLong("id"),
                rs.getLong("community_id"),
                rs.getString("slug"),
                rs.getString("title"),
                rs.getString("objectives"),
                rs.getInt("duration_months"),
                rs.getInt("report_every_months"),
                WorkstreamStatus.valueOf(rs.getString("status")),
                rs.getString("terms_path"),
                nullable(rs, "body_id"),
                nullable(rs, "decision_id"),
                nullable(rs, "topic_group_id"),
                approved == null ? null : approved.toLocalDate(),
                rs.getLong("proposed_by"),
                rs.getTimestamp("proposed_at").toInstant(),
                closed == null ? null : closed.toInstant());
    }

    private static Long nullable(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
