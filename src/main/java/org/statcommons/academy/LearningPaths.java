package org.statcommons.academy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/** Learning paths and their courses in order (schema {@code academy}). */
@Repository
class LearningPaths {

    private final JdbcClient db;

    LearningPaths(JdbcClient db) {
        this.db = db;
    }

    long add(long communityId, String title, String audience, List<Long> courseIds, long createdBy, Instant at) {
        long id = db.sql("insert into academy.learning_paths (community_id, title, audience, created_by, created_at)"
                        + " values (?, ?, ?, ?, ?) returning id")
                .params(communityId, title, audience, createdBy, Timestamp.from(at))
                .query(Long.class)
                .single();
        for (int i = 0; i < courseIds.size(); i++) {
            db.sql("insert into academy.learning_path_courses (path_id, position, course_id) values (?, ?, ?)")
                    .params(id, i + 1, courseIds.get(i))
                    .update();
        }
        return id;
    }

    /** The community's path with this id, or "not found". */
    LearningPath inCommunity(long communityId, long id) {
        return byId(id).filter(path -> path.communityId() == communityId)
                .orElseThrow(() -> new NotFoundException(Text.of("academy-learning.path.none")));
    }

    private Optional<LearningPath> byId(long id) {
        return db.sql("select id, community_id, title, audience from academy.learning_paths where id = ?")
                .param(id)
                .query((row, n) -> new LearningPath(
                        row.getLong("id"),
                        row.getLong("community_id"),
                        row.getString("title"),
                        row.getString("audience"),
                        courses(row.getLong("id"))))
                .optional();
    }

    List<LearningPath> ofCommunity(long communityId) {
        return db
                .sql("select id from academy.learning_paths where community_id = ? order by title, id")
                .param(communityId)
                .query(Long.class)
                .list()
                .stream()
                .map(id -> byId(id).orElseThrow())
                .toList();
    }

    private List<Long> courses(long pathId) {
        return db.sql("select course_id from academy.learning_path_courses where path_id = ? order by position")
                .param(pathId)
                .query(Long.class)
                .list();
    }
}
