package org.statcommons.community;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.access.CommunityRole;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.SecretTokens;
import org.statcommons.platform.Text;

/** The invitations table. A link's secret is never stored: the table keeps its hash, made here. */
@Repository
class Invitations {

    private static final String COLUMNS = """
            id, community_id, email, name, organisation, role, guest_until, message, invited_by, created_at, expires_at, accepted_at,
            revoked_at""";

    private final JdbcClient db;
    private final SecretTokens secrets;

    Invitations(JdbcClient db, SecretTokens secrets) {
        this.db = db;
        this.secrets = secrets;
    }

    /** Stores an invitation, sent at {@code at}, whose link carries {@code secret}; returns its id. */
    long insert(
            long communityId,
            NewInvitation invitation,
            String secret,
            long invitedBy,
            Instant at,
            Instant expiresAt,
            Long nominationId) {
        return db.sql("""
                        insert into community.invitations (community_id, email, name, organisation, role, guest_until,
                            message, token_hash, invited_by, created_at, expires_at, nomination_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        communityId,
                        invitation.email().value(),
                        invitation.name(),
                        invitation.organisation(),
                        invitation.role().name(),
                        invitation.guestUntil() == null ? null : Date.valueOf(invitation.guestUntil()),
                        invitation.message(),
                        secrets.hash(secret),
                        invitedBy,
                        Timestamp.from(at),
                        Timestamp.from(expiresAt),
                        nominationId)
                .query(Long.class)
                .single();
    }

    /** The community's invitation, or "not found" (also for another community's). */
    Invitation inCommunity(Community community, long id) {
        return db.sql("select " + COLUMNS + " from community.invitations where community_id = ? and id = ?")
                .params(community.id(), id)
                .query(Invitations::map)
                .optional()
                .orElseThrow(() -> new NotFoundException(Text.of("community.invitation.not-found")));
    }

    /**
     * The invitation behind a link's secret, whatever its state; {@code lock} holds it until the transaction
     * ends. Empty for a secret that cannot be one.
     */
    Optional<Invitation> bySecret(String secret, boolean lock) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return db.sql("select " + COLUMNS + " from community.invitations where token_hash = ?"
                        + (lock ? " for update" : ""))
                .param(secrets.hash(secret))
                .query(Invitations::map)
                .optional();
    }

    /** Whether anyone was ever invited to any community. */
    boolean any() {
        return db.sql("select exists (select 1 from community.invitations)")
                .query(Boolean.class)
                .single();
    }

    /** The newest 200 of the community's invitations, newest first. */
    List<Invitation> of(long communityId) {
        return db.sql("select " + COLUMNS
                        + " from community.invitations where community_id = ? order by id desc limit 200")
                .param(communityId)
                .query(Invitations::map)
                .list();
    }

    /**
     * When the first invitation still usable at {@code now} was sent to each of these addresses (lower case), for
     * those that have one: inviting again keeps it valid, and the screens say so.
     */
    Map<String, Instant> pendingSince(long communityId, Collection<String> emails, Instant now) {
        if (emails.isEmpty()) {
            return Map.of();
        }
        Map<String, Instant> since = new HashMap<>();
        db.sql("""
                        select email, min(created_at) as since from community.invitations
                        where community_id = ? and email = any(?) and accepted_at is null and revoked_at is null
                          and expires_at > ?
                        group by email""")
                .params(communityId, emails.toArray(String[]::new), Timestamp.from(now))
                .query((rs, n) -> since.put(
                        rs.getString("email"), rs.getTimestamp("since").toInstant()))
                .list();
        return since;
    }

    /** Whether an invitation to this address, in any community, can still be accepted at {@code now}. */
    boolean pendingTo(String email, Instant now) {
        return db.sql("""
                        select exists (select 1 from community.invitations
                        where lower(email) = lower(?) and accepted_at is null and revoked_at is null and expires_at > ?)""")
                .params(email, Timestamp.from(now))
                .query(Boolean.class)
                .single();
    }

    /**
     * Withdraws the other invitations to this address still pending at {@code now}, once one of them was accepted:
     * their links have nothing left to do. Returns how many.
     */
    int revokePendingTo(long communityId, String email, Instant now) {
        return db.sql("""
                        update community.invitations set revoked_at = :now
                        where community_id = :community and email = :email and accepted_at is null and revoked_at is null
                          and expires_at > :now""")
                .param("now", Timestamp.from(now))
                .param("community", communityId)
                .param("email", email)
                .update();
    }

    void revoke(long id, Instant at) {
        db.sql("update community.invitations set revoked_at = ? where id = ?")
                .params(Timestamp.from(at), id)
                .update();
    }

    void accepted(long id, long accountId, Instant at) {
        db.sql("update community.invitations set accepted_at = ?, accepted_by = ? where id = ?")
                .params(Timestamp.from(at), accountId, id)
                .update();
    }

    private static Invitation map(ResultSet rs, int row) throws SQLException {
        Date until = rs.getDate("guest_until");
        return new Invitation(
                rs.getLong("id"),
                rs.getLong("community_id"),
                rs.getString("email"),
                rs.getString("name"),
                rs.getString("organisation"),
                CommunityRole.valueOf(rs.getString("role")),
                until == null ? null : until.toLocalDate(),
                rs.getString("message"),
                rs.getLong("invited_by"),
                instant(rs, "created_at"),
                instant(rs, "expires_at"),
                instant(rs, "accepted_at"),
                instant(rs, "revoked_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** Every organisation name typed into an invitation, with how many invitations carry it. */
    Map<String, Integer> organisationNames() {
        Map<String, Integer> names = new HashMap<>();
        db.sql(
                        "select organisation, count(*) from community.invitations where organisation <> '' group by organisation")
                .query(rs -> {
                    names.put(rs.getString(1), rs.getInt(2));
                });
        return names;
    }
}
