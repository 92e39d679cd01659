package org.statcommons.workstreams;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The items of workplans. */
@Repository
public class WorkplanItems {

    private static final String SELECT = """
            select id, workplan_id, activity, workstream_id, owners, starts_on, due_on, status, deliverable
            from workstreams.workplan_items""";

    private final JdbcClient db;

    WorkplanItems(JdbcClient db) {
        this.db = db;
    }

    /** A workplan's items, by start, then due date. */
    public List<WorkplanItem> of(long workplanId) {
        return db.sql(SELECT + " where workplan_id = ? order by starts_on, due_on, id")
                .param(workplanId)
                .query(WorkplanItems::map)
                .list();
    }

    Optional<WorkplanItem> inWorkplan(long workplanId, long id) {
        return db.sql(SELECT + " where workplan_id = ? and id = ?")
                .params(workplanId, id)
                .query(WorkplanItems::map)
                .optional();
    }

    long insert(
            long workplanId,
            String activity,
            Long workstreamId,
            String owners,
            LocalDate starts,
            LocalDate due,
            WorkplanItem.Status status,
            String deliverable) {
        return db.sql("""
                        insert into workstreams.workplan_items (workplan_id, activity, workstream_id, owners, starts_on,
                            due_on, status, deliverable)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        workplanId,
                        activity,
                        workstreamId,
                        owners,
                        Date.valueOf(starts),
                        Date.valueOf(due),
                        status.name(),
                        deliverable)
                .query(Long.class)
                .single();
    }

    void status(long id, WorkplanItem.Status status) {
        db.sql("update workstreams.workplan_items set status = ? where id = ?")
                .params(status.name(), id)
                .update();
    }

    private static WorkplanItem map(ResultSet rs, int row) throws SQLException {
        long ws = rs.getLong("workstream_id");
        Long workstreamId = rs.wasNull() ? null : ws;
        return new WorkplanItem(
                rs.getLong("id"),
                rs.getLong("workplan_id"),
                rs.getString("activity"),
                workstreamId,
                rs.getString("owners"),
                rs.getDate("starts_on").toLocalDate(),
                rs.getDate("due_on").toLocalDate(),
                WorkplanItem.Status.valueOf(rs.getString("status")),
                rs.getString("deliverable"));
    }
}
