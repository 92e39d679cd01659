package org.statcommons.community;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.access.CommunityRole;

/** The invitations table. */
@Repository
class Invitations {

    private static final String COLUMNS = """
            id, community_id, email, role, guest_until, message, invited_by, created_at, expires_at, accepted_at,
            revoked_at""";

    private final JdbcClient db;

    Invitations(JdbcClient db) {
        this.db = db;
    }

    long insert(long communityId, String email, CommunityRole role, LocalDate guestUntil, String message,
                byte[] tokenHash, long invitedBy, Instant expiresAt, Long nominationId) {
        return db.sql("""
                        insert into community.invitations (community_id, email, role, guest_until, message, token_hash,
                            invited_by, expires_at, nomination_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(communityId, email, role.name(), guestUntil == null ? null : Date.valueOf(guestUntil), message,
                        tokenHash, invitedBy, Timestamp.from(expiresAt), nominationId)
                .query(Long.class).single();
    }

    Optional<Invitation> byId(long communityId, long id) {
        return db.sql("select " + COLUMNS + " from community.invitations where community_id = ? and id = ?")
                .params(communityId, id).query(Invitations::map).optional();
    }

    /** The invitation behind a secret, whatever its state; {@code lock} holds it until the transaction ends. */
    Optional<Invitation> byHash(byte[] hash, boolean lock) {
        return db.sql("select " + COLUMNS + " from community.invitations where token_hash = ?" + (lock ? " for update" : ""))
                .param(hash).query(Invitations::map).optional();
    }

    List<Invitation> of(long communityId) {
        return db.sql("select " + COLUMNS + " from community.invitations where community_id = ? order by id desc limit 200")
                .param(communityId).query(Invitations::map).list();
    }

    /** Revokes pending invitations to this address (a new one replaces them); returns how many. */
    int revokePendingTo(long communityId, String email) {
        return db.sql("""
                        update community.invitations set revoked_at = now()
                        where community_id = ? and email = ? and accepted_at is null and revoked_at is null
                          and expires_at > now()""")
                .params(communityId, email).update();
    }

    void revoke(long id) {
        db.sql("update community.invitations set revoked_at = now() where id = ?").param(id).update();
    }

    void accepted(long id, long accountId) {
        db.sql("update community.invitations set accepted_at = now(), accepted_by = ? where id = ?")
                .params(accountId, id).update();
    }

    private static Invitation map(ResultSet rs, int row) throws SQLException {
        Date until = rs.getDate("guest_until");
        return new Invitation(rs.getLong("id"), rs.getLong("community_id"), rs.getString("email"),
                CommunityRole.valueOf(rs.getString("role")), until == null ? null : until.toLocalDate(),
                rs.getString("message"), rs.getLong("invited_by"), instant(rs, "created_at"), instant(rs, "expires_at"),
                instant(rs, "accepted_at"), instant(rs, "revoked_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
