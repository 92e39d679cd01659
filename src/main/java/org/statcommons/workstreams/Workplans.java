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

/** The workplans of communities. */
@Repository
public class Workplans {

    private static final String SELECT = """
            select id, community_id, title, kind, starts_on, ends_on, status, body_id, decision_id
            from workstreams.workplans""";

    private final JdbcClient db;

    Workplans(JdbcClient db) {
        this.db = db;
    }

    /** A community's workplans, the latest period first. */
    public List<Workplan> of(long communityId) {
        return db.sql(SELECT + " where community_id = ? order by starts_on desc, id desc")
                .param(communityId)
                .query(Workplans::map)
                .list();
    }

    public Workplan inCommunity(Community community, long id) {
        return db.sql(SELECT + " where id = ? and community_id = ?")
                .params(id, community.id())
                .query(Workplans::map)
                .optional()
                .orElseThrow(() -> new NotFoundException(Text.of("workplans.none")));
    }

    Optional<Workplan> byDecision(long decisionId) {
        return db.sql(SELECT + " where decision_id = ? for update")
                .param(decisionId)
                .query(Workplans::map)
                .optional();
    }

    Workplan lock(Community community, long id) {
        return db.sql(SELECT + " where id = ? and community_id = ? for update")
                .params(id, community.id())
                .query(Workplans::map)
                .optional()
                .orElseThrow(() -> new NotFoundException(Text.of("workplans.none")));
    }

    long insert(
            long communityId, String title, Workplan.Kind kind, LocalDate starts, LocalDate ends, long by, Instant at) {
        return db.sql("""
                        insert into workstreams.workplans (community_id, title, kind, starts_on, ends_on, status,
                            created_by, created_at)
                        values (?, ?, ?, ?, ?, 'DRAFT', ?, ?) returning id""")
                .params(
                        communityId,
                        title,
                        kind.name(),
                        Date.valueOf(starts),
                        Date.valueOf(ends),
                        by,
                        Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    void submitted(long id, long bodyId, long decisionId) {
        db.sql("update workstreams.workplans set status = 'PROPOSED', body_id = ?, decision_id = ? where id = ?")
                .params(bodyId, decisionId, id)
                .update();
    }

    void decided(long id, Workplan.Status status, Instant at) {
        db.sql("update workstreams.workplans set status = ?, decided_at = ? where id = ?")
                .params(status.name(), Timestamp.from(at), id)
                .update();
    }

    private static Workplan map(ResultSet rs, int row) throws SQLException {
        long body = rs.getLong("body_id");
        Long bodyId = rs.wasNull() ? null : body;
        long decision = rs.getLong("decision_id");
        Long decisionId = rs.wasNull() ? null : decision;
        return new Workplan(
                rs.getLong("id"),
                rs.getLong("community_id"),
                rs.getString("title"),
                Workplan.Kind.valueOf(rs.getString("kind")),
                rs.getDate("starts_on").toLocalDate(),
                rs.getDate("ends_on").toLocalDate(),
                Workplan.Status.valueOf(rs.getString("status")),
                bodyId,
                decisionId);
    }

    /** A workplan of the period and how its items stand: done, in progress, dropped, and overdue on {@code due}. */
    record Standing(
            long id, String title, Workplan.Kind kind, long done, long inProgress, long dropped, long overdue) {}

    /**
     * The community's workplans whose period meets the report's (declined ones left out), each with its items
     * counted in SQL; an item is overdue when its last day is before {@code due} and it is neither done nor dropped.
     */
    List<Standing> standingBetween(long communityId, LocalDate first, LocalDate last, LocalDate due) {
        return db.sql("""
                        select p.id, p.title, p.kind,
                            count(i.id) filter (where i.status = 'DONE') as done,
                            count(i.id) filter (where i.status = 'IN_PROGRESS') as in_progress,
                            count(i.id) filter (where i.status = 'DROPPED') as dropped,
                            count(i.id) filter (where i.status in ('PLANNED', 'IN_PROGRESS') and i.due_on < ?) as overdue
                        from workstreams.workplans p
                        left join workstreams.workplan_items i on i.workplan_id = p.id
                        where p.community_id = ? and p.status <> 'DECLINED' and p.starts_on <= ? and p.ends_on >= ?
                        group by p.id order by p.starts_on, p.id""")
                .params(due, communityId, last, first)
                .query((rs, n) -> new Standing(
                        rs.getLong("id"),
                        rs.getString("title"),
                        Workplan.Kind.valueOf(rs.getString("kind")),
                        rs.getLong("done"),
                        rs.getLong("in_progress"),
                        rs.getLong("dropped"),
                        rs.getLong("overdue")))
                .list();
    }
}
