package org.statcommons.academy;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/** Runs of courses, with their instructors, participants and sessions (schema {@code academy}). */
@Repository
class CourseRuns {

    private final JdbcClient db;

    CourseRuns(JdbcClient db) {
        this.db = db;
    }

    long add(
            long courseId,
            String title,
            LocalDate startsOn,
            LocalDate endsOn,
            Integer cap,
            List<Long> instructors,
            long createdBy,
            Instant at) {
        long id = db.sql("insert into academy.course_runs (course_id, title, starts_on, ends_on, cap, created_by,"
                        + " created_at) values (?, ?, ?, ?, ?, ?, ?) returning id")
                .params(
                        courseId,
                        title,
                        Date.valueOf(startsOn),
                        Date.valueOf(endsOn),
                        cap,
                        createdBy,
                        Timestamp.from(at))
                .query(Long.class)
                .single();
        for (long instructor : instructors) {
            db.sql("insert into academy.run_instructors (run_id, account_id) values (?, ?) on conflict do nothing")
                    .params(id, instructor)
                    .update();
        }
        return id;
    }

    /** The course's run with this id, or "not found". */
    CourseRun ofCourse(long courseId, long id) {
        return byId(id, false)
                .filter(run -> run.courseId() == courseId)
                .orElseThrow(() -> new NotFoundException(Text.of("academy-learning.run.none")));
    }

    /** The same, its row locked until the transaction ends (joining counts against the cap). */
    CourseRun lock(long courseId, long id) {
        return byId(id, true)
                .filter(run -> run.courseId() == courseId)
                .orElseThrow(() -> new NotFoundException(Text.of("academy-learning.run.none")));
    }

    List<CourseRun> ofCourse(long courseId) {
        return db
                .sql("select id from academy.course_runs where course_id = ? order by starts_on, id")
                .param(courseId)
                .query(Long.class)
                .list()
                .stream()
                .map(id -> byId(id, false).orElseThrow())
                .toList();
    }

    private Optional<CourseRun> byId(long id, boolean lock) {
        return db.sql("select id, course_id, title, starts_on, ends_on, cap from academy.course_runs where id = ?"
                        + (lock ? " for update" : ""))
                .param(id)
                .query((row, n) -> new CourseRun(
                        row.getLong("id"),
                        row.getLong("course_id"),
                        row.getString("title"),
                        row.getDate("starts_on").toLocalDate(),
                        row.getDate("ends_on").toLocalDate(),
                        (Integer) row.getObject("cap"),
                        ids("select account_id from academy.run_instructors where run_id = ? order by account_id", id),
                        ids("select account_id from academy.run_participants where run_id = ? order by joined_at", id),
                        ids("select meeting_id from academy.run_sessions where run_id = ? order by meeting_id", id)))
                .optional();
    }

    private List<Long> ids(String sql, long runId) {
        return db.sql(sql).param(runId).query(Long.class).list();
    }

    void join(long runId, long accountId, Instant at) {
        db.sql("insert into academy.run_participants (run_id, account_id, joined_at) values (?, ?, ?)"
                        + " on conflict do nothing")
                .params(runId, accountId, Timestamp.from(at))
                .update();
    }

    void leave(long runId, long accountId) {
        db.sql("delete from academy.run_participants where run_id = ? and account_id = ?")
                .params(runId, accountId)
                .update();
    }

    void addSession(long runId, long meetingId) {
        db.sql("insert into academy.run_sessions (run_id, meeting_id) values (?, ?) on conflict do nothing")
                .params(runId, meetingId)
                .update();
    }
}
