package org.statcommons.academy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who is enrolled in which course (schema {@code academy}). */
@Repository
class Enrolments {

    private final JdbcClient db;

    Enrolments(JdbcClient db) {
        this.db = db;
    }

    /** Enrols the learner; enrolling twice keeps the first time. */
    void add(long courseId, long accountId, Instant at) {
        db.sql("insert into academy.enrolments (course_id, account_id, enrolled_at) values (?, ?, ?)"
                        + " on conflict do nothing")
                .params(courseId, accountId, Timestamp.from(at))
                .update();
    }

    void remove(long courseId, long accountId) {
        db.sql("delete from academy.enrolments where course_id = ? and account_id = ?")
                .params(courseId, accountId)
                .update();
    }

    boolean enrolled(long courseId, long accountId) {
        return db.sql("select exists (select 1 from academy.enrolments where course_id = ? and account_id = ?)")
                .params(courseId, accountId)
                .query(Boolean.class)
                .single();
    }

    /** The courses the learner is enrolled in, the latest first. */
    List<Long> coursesOf(long accountId) {
        return db.sql(
                        "select course_id from academy.enrolments where account_id = ? order by enrolled_at desc, course_id")
                .param(accountId)
                .query(Long.class)
                .list();
    }
}
