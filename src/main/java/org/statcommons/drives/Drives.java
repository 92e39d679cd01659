package org.statcommons.drives;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.community.Community;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/** The drives of communities. */
@Repository
class Drives {

    private static final String COLUMNS =
            "id, community_id, title, description, starts_on, ends_on, session_meeting_id, created_at";

    private final JdbcClient db;

    Drives(JdbcClient db) {
        this.db = db;
    }

    long insert(long communityId, NewDrive drive, long createdBy, Instant at) {
        return db.sql("""
                        insert into drives.drives (community_id, title, description, starts_on, ends_on, created_by,
                            created_at)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        communityId,
                        drive.title(),
                        drive.description(),
                        Date.valueOf(drive.startsOn()),
                        Date.valueOf(drive.endsOn()),
                        createdBy,
                        Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    void update(long id, NewDrive drive) {
        db.sql("update drives.drives set title = ?, description = ?, starts_on = ?, ends_on = ? where id = ?")
                .params(
                        drive.title(),
                        drive.description(),
                        Date.valueOf(drive.startsOn()),
                        Date.valueOf(drive.endsOn()),
                        id)
                .update();
    }

    void setSession(long id, Long meetingId) {
        db.sql("update drives.drives set session_meeting_id = ? where id = ?")
                .params(meetingId, id)
                .update();
    }

    List<Drive> of(long communityId) {
        return db.sql("select " + COLUMNS
                        + " from drives.drives where community_id = ? order by starts_on desc, id desc")
                .param(communityId)
                .query(Drives::map)
                .list();
    }

    Optional<Drive> find(long id) {
        return db.sql("select " + COLUMNS + " from drives.drives where id = ?")
                .param(id)
                .query(Drives::map)
                .optional();
    }

    /** The drive if it belongs to the community; else "not found", as for a drive that does not exist. */
    Drive inCommunity(Community community, long id) {
        return find(id).filter(d -> d.communityId() == community.id()).orElseThrow(Drives::notFound);
    }

    /** The drive, locked until the transaction ends (decisions and invitations of one drive one after another). */
    Drive lock(Community community, long id) {
        return db.sql("select " + COLUMNS + " from drives.drives where id = ? and community_id = ? for update")
                .params(id, community.id())
                .query(Drives::map)
                .optional()
                .orElseThrow(Drives::notFound);
    }

    static NotFoundException notFound() {
        return new NotFoundException(Text.of("drives.not-found"));
    }

    private static Drive map(ResultSet rs, int row) throws SQLException {
        long meeting = rs.getLong("session_meeting_id");
        Long session = rs.wasNull() ? null : meeting;
        return new Drive(
                rs.getLong("id"),
                rs.getLong("community_id"),
                rs.getString("title"),
                rs.getString("description"),
                rs.getDate("starts_on").toLocalDate(),
                rs.getDate("ends_on").toLocalDate(),
                session,
                rs.getTimestamp("created_at").toInstant());
    }
}
