package org.statcommons.community;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/** Members' nominations of colleagues, each decided once by the secretariat. */
@Repository
class Nominations {

    /** One nomination. */
    record Nomination(
            long id, long nominatedBy, String name, String email, String reason, String status, Instant createdAt) {}

    private static final String COLUMNS = "id, nominated_by, name, email, reason, status, created_at";

    private final JdbcClient db;

    Nominations(JdbcClient db) {
        this.db = db;
    }

    long insert(long communityId, long nominatedBy, NewNomination nomination, Instant at) {
        return db.sql("""
                        insert into community.nominations (community_id, nominated_by, email, name, reason, created_at)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        communityId,
                        nominatedBy,
                        nomination.email().value(),
                        nomination.name(),
                        nomination.reason(),
                        Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    List<Nomination> pending(long communityId) {
        return db.sql("select " + COLUMNS
                        + " from community.nominations where community_id = ? and status = 'PENDING' order by id")
                .param(communityId)
                .query(Nominations::map)
                .list();
    }

    /** The community's pending nomination, locked until the transaction ends; "not found" once it is decided. */
    Nomination lockPending(Community community, long id) {
        return db.sql(
                        "select " + COLUMNS
                                + " from community.nominations where community_id = ? and id = ? and status = 'PENDING' for update")
                .params(community.id(), id)
                .query(Nominations::map)
                .optional()
                .orElseThrow(() -> new NotFoundException(Text.of("community.requests.nomination-decided")));
    }

    void decide(long id, Decision decision, long decidedBy, String note, Instant at) {
        db.sql(
                        "update community.nominations set status = ?, decided_by = ?, decision_note = ?, decided_at = ? where id = ?")
                .params(decision.status(), decidedBy, note, Timestamp.from(at), id)
                .update();
    }

    private static Nomination map(ResultSet rs, int row) throws SQLException {
        return new Nomination(
                rs.getLong("id"),
                rs.getLong("nominated_by"),
                rs.getString("name"),
                rs.getString("email"),
                rs.getString("reason"),
                rs.getString("status"),
                rs.getTimestamp("created_at").toInstant());
    }
}
