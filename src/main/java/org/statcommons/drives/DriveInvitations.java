package org.statcommons.drives;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.platform.SecretTokens;

/** The people invited to apply to drives, with their personal links' hashes and uses. */
@Repository
class DriveInvitations {

    /** One invitation to store: the person and the secret of their link. */
    record Invited(InvitationFile.Row row, String secret) {}

    /** What a personal link names: the drive, and the person to fill the form in for. */
    record Named(long driveId, String email, String name, String organisation) {}

    private final JdbcClient db;
    private final SecretTokens secrets;

    DriveInvitations(JdbcClient db, SecretTokens secrets) {
        this.db = db;
        this.secrets = secrets;
    }

    /** Stores every invitation with one statement (ten thousand rows at once stay one round trip). */
    void insertAll(long driveId, List<Invited> invited, long invitedBy, Instant at) {
        db.sql("""
                        insert into drives.invitations (drive_id, email, name, organisation, link_hash, invited_by,
                            invited_at)
                        select :drive, e, n, o, h, :by, :at
                        from unnest(:emails, :names, :organisations, :hashes) as t(e, n, o, h)""")
                .param("drive", driveId)
                .param(
                        "emails",
                        invited.stream().map(i -> i.row().email().value()).toArray(String[]::new))
                .param("names", invited.stream().map(i -> i.row().name()).toArray(String[]::new))
                .param(
                        "organisations",
                        invited.stream().map(i -> i.row().organisation()).toArray(String[]::new))
                .param("hashes", invited.stream().map(i -> hash(i.secret())).toArray(String[]::new))
                .param("by", invitedBy)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** How many were invited to the drive, and how many of them opened their personal link: {invited, used}. */
    int[] counts(long driveId) {
        return db.sql("select count(*), count(first_used_at) from drives.invitations where drive_id = ?")
                .param(driveId)
                .query((rs, row) -> new int[] {rs.getInt(1), rs.getInt(2)})
                .single();
    }

    /** Which of these addresses were already invited to the drive. */
    List<String> alreadyInvited(long driveId, Collection<String> emails) {
        return db.sql("select email from drives.invitations where drive_id = ? and email = any(?)")
                .params(driveId, emails.toArray(String[]::new))
                .query(String.class)
                .list();
    }

    /** Counts one use of a personal link of this drive; what it names, when it is one. */
    Optional<Named> use(long driveId, String secret, Instant at) {
        if (secret == null || secret.isBlank() || secret.length() > 200) {
            return Optional.empty();
        }
        return db.sql("""
                        update drives.invitations set uses = uses + 1, first_used_at = coalesce(first_used_at, ?)
                        where drive_id = ? and link_hash = ?
                        returning drive_id, email, name, organisation""")
                .params(Timestamp.from(at), driveId, hash(secret))
                .query((rs, row) -> new Named(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    private String hash(String secret) {
        return HexFormat.of().formatHex(secrets.hash(secret));
    }
}
