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
import org.statcommons.platform.SecretTokens;
import org.statcommons.platform.Text;

/** The requests for an invitation. A confirmation link's secret is never stored: the table keeps its hash. */
@Repository
class InvitationRequests {

    private static final String COLUMNS = """
            id, community_id, name, email, organisation, country, motivation, status, created_at, expires_at,
            confirmed_at""";

    private final JdbcClient db;
    private final SecretTokens secrets;

    InvitationRequests(JdbcClient db, SecretTokens secrets) {
        this.db = db;
        this.secrets = secrets;
    }

    long insert(
            long communityId,
            NewInvitationRequest request,
            String status,
            String secret,
            String ip,
            Instant at,
            Instant expiresAt) {
        return db.sql("""
                        insert into community.invitation_requests (community_id, name, email, organisation, country,
                            motivation, status, token_hash, ip, created_at, expires_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        communityId,
                        request.name(),
                        request.email().value(),
                        request.organisation(),
                        request.country(),
                        request.motivation(),
                        status,
                        secrets.hash(secret),
                        ip,
                        Timestamp.from(at),
                        Timestamp.from(expiresAt))
                .query(Long.class)
                .single();
    }

    /** Who a request's limit counts by: its address, or the network it came from. */
    enum Sender {
        EMAIL("email"),
        IP("ip");

        private final String column;

        Sender(String column) {
            this.column = column;
        }
    }

    /** How many requests this sender made in ({@code since}, {@code now}], in any community. */
    int count(Sender by, String value, Instant since, Instant now) {
        return db.sql("select count(*) from community.invitation_requests where " + by.column
                        + " = ? and created_at > ? and created_at <= ?")
                .params(value, Timestamp.from(since), Timestamp.from(now))
                .query(Integer.class)
                .single();
    }

    /** The oldest of the requests counted since {@code since}: when it leaves the window, another may be made. */
    Instant oldest(Sender by, String value, Instant since) {
        return db.sql("select min(created_at) from community.invitation_requests where " + by.column
                        + " = ? and created_at > ?")
                .params(value, Timestamp.from(since))
                .query(Timestamp.class)
                .single()
                .toInstant();
    }

    /**
     * The request behind a confirmation link, whatever its state; {@code lock} holds it until the transaction ends.
     * Empty for a secret that names none.
     */
    Optional<InvitationRequest> bySecret(String secret, boolean lock) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return db.sql("select " + COLUMNS + " from community.invitation_requests where token_hash = ?"
                        + (lock ? " for update" : ""))
                .param(secrets.hash(secret))
                .query(InvitationRequests::map)
                .optional();
    }

    void confirmed(long id, Instant at) {
        db.sql("update community.invitation_requests set status = 'PENDING', confirmed_at = ? where id = ?")
                .params(Timestamp.from(at), id)
                .update();
    }

    /** The confirmed requests waiting for the secretariat, oldest first. */
    List<InvitationRequest> pending(long communityId) {
        return db.sql("select " + COLUMNS
                        + " from community.invitation_requests where community_id = ? and status = 'PENDING'"
                        + " order by confirmed_at, id limit 500")
                .param(communityId)
                .query(InvitationRequests::map)
                .list();
    }

    /** The community's pending request, locked until the transaction ends; "not found" once decided. */
    InvitationRequest lockPending(Community community, long id) {
        return db.sql("select " + COLUMNS
                        + " from community.invitation_requests where community_id = ? and id = ? and status = 'PENDING'"
                        + " for update")
                .params(community.id(), id)
                .query(InvitationRequests::map)
                .optional()
                .orElseThrow(() -> new NotFoundException(Text.of("community.requests.decided")));
    }

    void decide(long id, Decision decision, long decidedBy, String note, Long invitationId, Instant at) {
        db.sql("""
                        update community.invitation_requests
                        set status = ?, decided_by = ?, decision_note = ?, invitation_id = ?, decided_at = ?
                        where id = ?""")
                .params(decision.status(), decidedBy, note, invitationId, Timestamp.from(at), id)
                .update();
    }

    private static InvitationRequest map(ResultSet rs, int row) throws SQLException {
        Timestamp confirmed = rs.getTimestamp("confirmed_at");
        return new InvitationRequest(
                rs.getLong("id"),
                rs.getLong("community_id"),
                rs.getString("name"),
                rs.getString("email"),
                rs.getString("organisation"),
                rs.getString("country"),
                rs.getString("motivation"),
                rs.getString("status"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(),
                confirmed == null ? null : confirmed.toInstant());
    }
}
