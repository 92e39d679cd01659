package org.statcommons.workstreams;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The progress reports of workstreams, each recorded against the due date it answers. */
@Repository
public class WorkstreamReports {

    /** A report: a page of the workstream's folder ({@code pagePath}, or null) or a short text, or both. */
    public record Report(
            long workstreamId,
            LocalDate dueOn,
            String pagePath,
            String summary,
            long submittedBy,
            Instant submittedAt) {}

    private final JdbcClient db;

    WorkstreamReports(JdbcClient db) {
        this.db = db;
    }

    /** A workstream's reports, by due date. */
    public List<Report> of(long workstreamId) {
        return db.sql("""
                        select workstream_id, due_on, page_path, summary, submitted_by, submitted_at
                        from workstreams.reports where workstream_id = ? order by due_on""")
                .param(workstreamId)
                .query((rs, n) -> new Report(
                        rs.getLong("workstream_id"),
                        rs.getDate("due_on").toLocalDate(),
                        rs.getString("page_path"),
                        rs.getString("summary"),
                        rs.getLong("submitted_by"),
                        rs.getTimestamp("submitted_at").toInstant()))
                .list();
    }

    /** False when a report answers that due date already. */
    boolean insert(long workstreamId, LocalDate dueOn, String pagePath, String summary, long by, Instant at) {
        return db.sql("""
                        insert into workstreams.reports (workstream_id, due_on, page_path, summary, submitted_by, submitted_at)
                        values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                        .params(workstreamId, Date.valueOf(dueOn), pagePath, summary, by, Timestamp.from(at))
                        .update()
                == 1;
    }

    /** Claims the reminder for one due date; false when it was sent already. */
    boolean claimReminder(long workstreamId, LocalDate dueOn, Instant at) {
        return db.sql("""
                        insert into workstreams.reminders (workstream_id, due_on, reminded_at) values (?, ?, ?)
                        on conflict do nothing""")
                        .params(workstreamId, Date.valueOf(dueOn), Timestamp.from(at))
                        .update()
                == 1;
    }
}
