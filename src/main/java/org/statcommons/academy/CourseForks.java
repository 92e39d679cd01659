package org.statcommons.academy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which courses are forks of which ({@code academy.course_forks}). */
@Repository
class CourseForks {

    private static final String COLUMNS =
            "course_id, origin_id, forked_commit, origin_title, origin_licence, language, created_at, forked_release";

    private final JdbcClient db;

    CourseForks(JdbcClient db) {
        this.db = db;
    }

    void add(CourseFork fork) {
        db.sql("insert into academy.course_forks (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        fork.courseId(),
                        fork.originId(),
                        fork.forkedCommit(),
                        fork.originTitle(),
                        fork.originLicence(),
                        fork.language(),
                        Timestamp.from(fork.createdAt()),
                        fork.forkedRelease())
                .update();
    }

    /** Where this course was forked from, or empty for a course of its own. */
    Optional<CourseFork> of(long courseId) {
        return db.sql("select " + COLUMNS + " from academy.course_forks where course_id = ?")
                .param(courseId)
                .query(CourseForks::fork)
                .optional();
    }

    /** The direct forks of a course, oldest first. */
    List<CourseFork> forksOf(long originId) {
        return db.sql("select " + COLUMNS
                        + " from academy.course_forks where origin_id = ? order by created_at, course_id")
                .param(originId)
                .query(CourseForks::fork)
                .list();
    }

    /**
     * The forks of a course, of its forks and so on, down to {@code depth} levels, oldest first: the fork network in
     * one query rather than one a course.
     */
    List<CourseFork> treeOf(long originId, int depth) {
        return db.sql("with recursive tree (course_id, depth) as ("
                        + " select course_id, 1 from academy.course_forks where origin_id = ?"
                        + " union all select f.course_id, t.depth + 1 from academy.course_forks f"
                        + " join tree t on f.origin_id = t.course_id where t.depth < ?)"
                        + " select " + COLUMNS + " from academy.course_forks"
                        + " where course_id in (select course_id from tree) order by created_at, course_id")
                .params(originId, depth)
                .query(CourseForks::fork)
                .list();
    }

    /** How often a course was reused: its forks that keep its language, and its translations. */
    record Reuse(long forks, long translations) {

        static final Reuse NONE = new Reuse(0, 0);

        public long total() {
            return forks + translations;
        }
    }

    /** Each course's direct forks and translations, by the origin's id (courses never forked are absent). */
    Map<Long, Reuse> reuse() {
        Map<Long, Reuse> reuse = new HashMap<>();
        db.sql("""
                        select origin_id, count(*) filter (where language is null) as forks,
                               count(*) filter (where language is not null) as translations
                        from academy.course_forks group by origin_id""").query(row -> {
            reuse.put(row.getLong("origin_id"), new Reuse(row.getLong("forks"), row.getLong("translations")));
        });
        return reuse;
    }

    private static CourseFork fork(ResultSet row, int n) throws SQLException {
        return new CourseFork(
                row.getLong("course_id"),
                row.getLong("origin_id"),
                row.getString("forked_commit"),
                row.getString("origin_title"),
                row.getString("origin_licence"),
                row.getString("language"),
                row.getTimestamp("created_at").toInstant(),
                row.getString("forked_release"));
    }
}
