package org.statcommons.community;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/** Requests to join a community, each decided once. */
@Repository
class MembershipRequests {

    /** A person's request, with the code-of-conduct version they accepted when asking. */
    record Request(
            long id,
            long communityId,
            long accountId,
            String motivation,
            int conductVersion,
            String status,
            Instant createdAt) {}

    private static final String COLUMNS =
            "id, community_id, account_id, motivation, conduct_version, status, created_at";

    private final JdbcClient db;

    MembershipRequests(JdbcClient db) {
        this.db = db;
    }

    long insert(long communityId, long accountId, String motivation, int conductVersion, Instant at) {
        return db.sql("""
                        insert into community.membership_requests (community_id, account_id, motivation, conduct_version,
                            created_at)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(communityId, accountId, motivation, conductVersion, Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    Optional<Request> pendingOf(long communityId, long accountId) {
        return db.sql(
                        "select " + COLUMNS
                                + " from community.membership_requests where community_id = ? and account_id = ? and status = 'PENDING'")
                .params(communityId, accountId)
                .query(MembershipRequests::map)
                .optional();
    }

    /** The community's pending request, locked until the transaction ends; "not found" once it is decided. */
    Request lockPending(Community community, long id) {
        return db.sql(
                        "select " + COLUMNS
                                + " from community.membership_requests where community_id = ? and id = ? and status = 'PENDING' for update")
                .params(community.id(), id)
                .query(MembershipRequests::map)
                .optional()
                .orElseThrow(() -> new NotFoundException(Text.of("community.requests.gone")));
    }

    List<Request> pending(long communityId) {
        return db.sql(
                        "select " + COLUMNS
                                + " from community.membership_requests where community_id = ? and status = 'PENDING' order by id")
                .param(communityId)
                .query(MembershipRequests::map)
                .list();
    }

    void decide(long id, Decision decision, long decidedBy, String note, Instant at) {
        db.sql(
                        "update community.membership_requests set status = ?, decided_by = ?, decision_note = ?, decided_at = ? where id = ?")
                .params(decision.status(), decidedBy, note, Timestamp.from(at), id)
                .update();
    }

    private static Request map(ResultSet rs, int row) throws SQLException {
        return new Request(
                rs.getLong("id"),
                rs.getLong("community_id"),
                rs.getLong("account_id"),
                rs.getString("motivation"),
                rs.getInt("conduct_version"),
                rs.getString("status"),
                rs.getTimestamp("created_at").toInstant());
    }
}
