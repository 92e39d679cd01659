package org.statcommons.community;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Requests to join a community, each decided once. */
@Repository
class MembershipRequests {

    /** A person's request, with the code-of-conduct version they accepted when asking. */
    record Request(long id, long communityId, long accountId, String motivation, int conductVersion, String status,
                   Instant createdAt) {
    }

    private static final String COLUMNS = "id, community_id, account_id, motivation, conduct_version, status, created_at";

    private final JdbcClient db;

    MembershipRequests(JdbcClient db) {
        this.db = db;
    }

    long insert(long communityId, long accountId, String motivation, int conductVersion) {
        return db.sql("""
                        insert into community.membership_requests (community_id, account_id, motivation, conduct_version)
                        values (?, ?, ?, ?) returning id""")
                .params(communityId, accountId, motivation, conductVersion).query(Long.class).single();
    }

    Optional<Request> pendingOf(long communityId, long accountId) {
        return db.sql("select " + COLUMNS + " from community.membership_requests where community_id = ? and account_id = ? and status = 'PENDING'")
                .params(communityId, accountId).query(MembershipRequests::map).optional();
    }

    Optional<Request> lockPending(long communityId, long id) {
        return db.sql("select " + COLUMNS + " from community.membership_requests where community_id = ? and id = ? and status = 'PENDING' for update")
                .params(communityId, id).query(MembershipRequests::map).optional();
    }

    List<Request> pending(long communityId) {
        return db.sql("select " + COLUMNS + " from community.membership_requests where community_id = ? and status = 'PENDING' order by id")
                .param(communityId).query(MembershipRequests::map).list();
    }

    void decide(long id, String status, long decidedBy, String note) {
        db.sql("update community.membership_requests set status = ?, decided_by = ?, decision_note = ?, decided_at = now() where id = ?")
                .params(status, decidedBy, note, id).update();
    }

    private static Request map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Request(rs.getLong("id"), rs.getLong("community_id"), rs.getLong("account_id"),
                rs.getString("motivation"), rs.getInt("conduct_version"), rs.getString("status"),
                rs.getTimestamp("created_at").toInstant());
    }
}
