package org.statcommons.drives;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.platform.SecretTokens;
import org.statcommons.platform.i18n.Language;

/** The registrations for drives' information sessions. */
@Repository
class Registrations {

    private static final String COLUMNS =
            "id, drive_id, meeting_id, name, email, language, registered_at, cancelled_at";

    private final JdbcClient db;
    private final SecretTokens secrets;

    Registrations(JdbcClient db, SecretTokens secrets) {
        this.db = db;
        this.secrets = secrets;
    }

    /** Stores a registration; an address already registered for the session changes nothing (false). */
    boolean insert(
            long driveId,
            long meetingId,
            String name,
            String email,
            Language language,
            String ip,
            String secret,
            Instant at) {
        return db.sql("""
                        insert into drives.registrations (drive_id, meeting_id, name, email, language, ip, cancel_hash,
                            registered_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (drive_id, meeting_id, email) where cancelled_at is null do nothing""")
                        .params(driveId, meetingId, name, email, language.code(), ip, hash(secret), Timestamp.from(at))
                        .update()
                == 1;
    }

    int countFrom(String ip, Instant since) {
        return db.sql("select count(*) from drives.registrations where ip = ? and registered_at > ?")
                .params(ip, Timestamp.from(since))
                .query(Integer.class)
                .single();
    }

    Instant oldestFrom(String ip, Instant since) {
        return db.sql("select min(registered_at) from drives.registrations where ip = ? and registered_at > ?")
                .params(ip, Timestamp.from(since))
                .query(Timestamp.class)
                .single()
                .toInstant();
    }

    /** The registration a cancel link names, locked until the transaction ends. */
    Optional<Registration> lockBySecret(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 200) {
            return Optional.empty();
        }
        return db.sql("select " + COLUMNS + " from drives.registrations where cancel_hash = ? for update")
                .param(hash(secret))
                .query(Registrations::map)
                .optional();
    }

    Optional<Registration> bySecret(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 200) {
            return Optional.empty();
        }
        return db.sql("select " + COLUMNS + " from drives.registrations where cancel_hash = ?")
                .param(hash(secret))
                .query(Registrations::map)
                .optional();
    }

    void cancel(long id, Instant at) {
        db.sql("update drives.registrations set cancelled_at = ? where id = ? and cancelled_at is null")
                .params(Timestamp.from(at), id)
                .update();
    }

    /** How many stand for the drive's session now. */
    int standing(long driveId, long meetingId) {
        return db.sql("""
                        select count(*) from drives.registrations
                        where drive_id = ? and meeting_id = ? and cancelled_at is null""").params(driveId, meetingId).query(Integer.class).single();
    }

    private String hash(String secret) {
        return HexFormat.of().formatHex(secrets.hash(secret));
    }

    private static Registration map(ResultSet rs, int row) throws SQLException {
        Timestamp cancelled = rs.getTimestamp("cancelled_at");
        return new Registration(
                rs.getLong("id"),
                rs.getLong("drive_id"),
                rs.getLong("meeting_id"),
                rs.getString("name"),
                rs.getString("email"),
                Language.ofCode(rs.getString("language")).orElse(Language.ENGLISH),
                rs.getTimestamp("registered_at").toInstant(),
                cancelled == null ? null : cancelled.toInstant());
    }
}
