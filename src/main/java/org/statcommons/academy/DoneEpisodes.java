package org.statcommons.academy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The episodes each learner marked done, with the course's commit they studied then (schema {@code academy}). */
@Repository
class DoneEpisodes {

    private final JdbcClient db;

    DoneEpisodes(JdbcClient db) {
        this.db = db;
    }

    /** Marks the episode done; marking it again keeps the first time and version. */
    void add(long courseId, long accountId, String episode, String commitId, Instant at) {
        db.sql("insert into academy.episodes_done (course_id, account_id, episode, commit_id, done_at)"
                        + " values (?, ?, ?, ?, ?) on conflict do nothing")
                .params(courseId, accountId, episode, commitId, Timestamp.from(at))
                .update();
    }

    void remove(long courseId, long accountId, String episode) {
        db.sql("delete from academy.episodes_done where course_id = ? and account_id = ? and episode = ?")
                .params(courseId, accountId, episode)
                .update();
    }

    /** The names of the episodes this learner marked done in this course. */
    Set<String> of(long courseId, long accountId) {
        return new TreeSet<>(db.sql("select episode from academy.episodes_done where course_id = ? and account_id = ?")
                .params(courseId, accountId)
                .query(String.class)
                .list());
    }
}
