package org.statcommons.academy;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/** The academy's courses (schema {@code academy}). */
@Repository
class Courses {

    private static final String COLUMNS = "id, community_id, name, public, created_by, created_at";

    private final JdbcClient db;

    Courses(JdbcClient db) {
        this.db = db;
    }

    long add(long communityId, String name, boolean open, long createdBy, Instant at) {
        return db.sql("insert into academy.courses (community_id, name, public, created_by, created_at)"
                        + " values (?, ?, ?, ?, ?) returning id")
                .params(communityId, name, open, createdBy, java.sql.Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    boolean nameTaken(long communityId, String name) {
        return db.sql("select exists (select 1 from academy.courses where community_id = ? and name = ?)")
                .params(communityId, name)
                .query(Boolean.class)
                .single();
    }

    Optional<Course> byName(long communityId, String name) {
        return db.sql("select " + COLUMNS + " from academy.courses where community_id = ? and name = ?")
                .params(communityId, name)
                .query(Courses::course)
                .optional();
    }

    /** The community's course at this address, or "not found". */
    Course inCommunity(long communityId, String name) {
        return byName(communityId, name).orElseThrow(() -> new NotFoundException(Text.of("academy.course.none")));
    }

    Optional<Course> byId(long id) {
        return db.sql("select " + COLUMNS + " from academy.courses where id = ?")
                .param(id)
                .query(Courses::course)
                .optional();
    }

    /** The courses of these ids that exist, by id. */
    Map<Long, Course> byIds(Collection<Long> ids) {
        Map<Long, Course> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        db.sql("select " + COLUMNS + " from academy.courses where id = any(?)")
                .param(ids.toArray(Long[]::new))
                .query(Courses::course)
                .list()
                .forEach(course -> found.put(course.id(), course));
        return found;
    }

    List<Course> ofCommunity(long communityId) {
        return db.sql("select " + COLUMNS + " from academy.courses where community_id = ? order by name")
                .param(communityId)
                .query(Courses::course)
                .list();
    }

    /** Every public course, the catalogue's candidates. */
    List<Course> open() {
        return db.sql("select " + COLUMNS + " from academy.courses where public order by id")
                .query(Courses::course)
                .list();
    }

    private static Course course(java.sql.ResultSet row, int n) throws java.sql.SQLException {
        return new Course(
                row.getLong("id"),
                row.getLong("community_id"),
                row.getString("name"),
                row.getBoolean("public"),
                row.getLong("created_by"),
                row.getTimestamp("created_at").toInstant());
    }
}
