package org.statcommons.academy;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Completions of courses and their certificates (schema {@code academy}). */
@Repository
class Completions {

    private static final String COLUMNS = "id, course_id, account_id, commit_id, completed_at, code, learner_name,"
            + " course_title, community_name, hidden, on_profile";

    private final JdbcClient db;

    Completions(JdbcClient db) {
        this.db = db;
    }

    /** Records the completion unless the learner completed the course before; true when recorded now. */
    boolean add(Completion c) {
        return db.sql("insert into academy.completions (course_id, account_id, commit_id, completed_at, code,"
                                + " learner_name, course_title, community_name) values (?, ?, ?, ?, ?, ?, ?, ?)"
                                + " on conflict (course_id, account_id) do nothing")
                        .params(
                                c.courseId(),
                                c.accountId(),
                                c.commitId(),
                                Timestamp.from(c.completedAt()),
                                c.code(),
                                c.learnerName(),
                                c.courseTitle(),
                                c.communityName())
                        .update()
                > 0;
    }

    Optional<Completion> of(long courseId, long accountId) {
        return db.sql("select " + COLUMNS + " from academy.completions where course_id = ? and account_id = ?")
                .params(courseId, accountId)
                .query(Completions::completion)
                .optional();
    }

    Optional<Completion> byCode(String code) {
        return db.sql("select " + COLUMNS + " from academy.completions where code = ?")
                .param(code)
                .query(Completions::completion)
                .optional();
    }

    /** The learner's completions, the latest first. */
    List<Completion> ofAccount(long accountId) {
        return db.sql("select " + COLUMNS + " from academy.completions where account_id = ?"
                        + " order by completed_at desc, id desc")
                .param(accountId)
                .query(Completions::completion)
                .list();
    }

    void choose(long id, boolean hidden, boolean onProfile) {
        db.sql("update academy.completions set hidden = ?, on_profile = ? where id = ?")
                .params(hidden, onProfile, id)
                .update();
    }

    private static Completion completion(java.sql.ResultSet row, int n) throws java.sql.SQLException {
        return new Completion(
                row.getLong("id"),
                row.getLong("course_id"),
                row.getLong("account_id"),
                row.getString("commit_id"),
                row.getTimestamp("completed_at").toInstant(),
                row.getString("code"),
                row.getString("learner_name"),
                row.getString("course_title"),
                row.getString("community_name"),
                row.getBoolean("hidden"),
                row.getBoolean("on_profile"),
                null);
    }

    /** A course a person completed, with its certificate's code, as their personal data lists it. */
    record Earned(
            long courseId,
            String course,
            String community,
            java.time.Instant completedAt,
            String commit,
            String certificate,
            String name) {}

    java.util.List<Earned> of(long accountId) {
        return db.sql("""
                        select course_id, course_title, community_name, completed_at, commit_id, code, learner_name
                        from academy.completions where account_id = ? order by completed_at""")
                .param(accountId)
                .query((rs, n) -> new Earned(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)))
                .list();
    }

    /** A closed account's certificates name "Former member": their public verification page shows no name. */
    void renameLearner(long accountId, String name) {
        db.sql("update academy.completions set learner_name = ? where account_id = ?")
                .params(name, accountId)
                .update();
    }
}
