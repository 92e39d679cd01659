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

    /** A course a person is enrolled in, as their personal data lists it. */
    record Held(long courseId, long communityId, String course, java.time.Instant enrolledAt) {}

    java.util.List<Held> of(long accountId) {
        return db.sql("""
                        select c.id, c.community_id, c.name, e.enrolled_at from academy.enrolments e
                        join academy.courses c on c.id = e.course_id where e.account_id = ? order by e.enrolled_at""")
                .param(accountId)
                .query((rs, n) -> new Held(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }
}
