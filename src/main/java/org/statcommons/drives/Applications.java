package org.statcommons.drives;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.identity.OrganisationKind;
import org.statcommons.platform.i18n.Language;

/** The applications sent to drives. */
@Repository
class Applications {

    private static final String COLUMNS = """
            id, drive_id, name, email, organisation, organisation_kind, country, motivation, language, status,
            created_at, decided_at""";

    private final JdbcClient db;

    Applications(JdbcClient db) {
        this.db = db;
    }

    /** Stores an application; an address that already applied to the drive changes nothing (false). */
    boolean insert(long driveId, NewApplication application, String ip, Instant at) {
        return db.sql("""
                        insert into drives.applications (drive_id, name, email, organisation, organisation_kind,
                            country, motivation, language, ip, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (drive_id, email) do nothing""")
                        .params(
                                driveId,
                                application.name(),
                                application.email().value(),
                                application.organisation(),
                                application.organisationKind().name(),
                                application.country(),
                                application.motivation(),
                                application.language().code(),
                                ip,
                                Timestamp.from(at))
                        .update()
                == 1;
    }

    /** How many applications came from one network since a moment (the form's flood limit). */
    int countFrom(String ip, Instant since) {
        return db.sql("select count(*) from drives.applications where ip = ? and created_at > ?")
                .params(ip, Timestamp.from(since))
                .query(Integer.class)
                .single();
    }

    Instant oldestFrom(String ip, Instant since) {
        return db.sql("select min(created_at) from drives.applications where ip = ? and created_at > ?")
                .params(ip, Timestamp.from(since))
                .query(Timestamp.class)
                .single()
                .toInstant();
    }

    /** A drive's applications, pending first, then the latest decided. */
    List<Application> of(long driveId) {
        return db.sql("select " + COLUMNS + " from drives.applications where drive_id = ?"
                        + " order by status <> 'PENDING', coalesce(decided_at, created_at) desc, id")
                .param(driveId)
                .query(Applications::map)
                .list();
    }

    /** The applications of a drive with these ids, in the order of their ids. */
    List<Application> inDrive(long driveId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.sql("select " + COLUMNS
                        + " from drives.applications where drive_id = :drive and id = any(:ids) order by id")
                .param("drive", driveId)
                .param("ids", ids.toArray(Long[]::new))
                .query(Applications::map)
                .list();
    }

    /** The addresses that applied to a drive, whatever became of it. */
    List<String> emails(long driveId) {
        return db.sql("select email from drives.applications where drive_id = ?")
                .param(driveId)
                .query(String.class)
                .list();
    }

    /** The drive's applications counted by a column of theirs ({@code organisation_kind} or {@code country}). */
    List<DriveFigures.Share> shares(long driveId, boolean byCountry) {
        String column = byCountry ? "country" : "organisation_kind";
        return db.sql("select " + column + ", count(*), count(*) filter (where status = 'APPROVED')"
                        + " from drives.applications where drive_id = ? group by 1 order by 2 desc, 1")
                .param(driveId)
                .query((rs, row) -> new DriveFigures.Share(rs.getString(1), rs.getInt(2), rs.getInt(3)))
                .list();
    }

    int declined(long driveId) {
        return db.sql("select count(*) from drives.applications where drive_id = ? and status = 'DECLINED'")
                .param(driveId)
                .query(Integer.class)
                .single();
    }

    void decide(long id, Application.Status status, Long invitationId, long decidedBy, Instant at) {
        db.sql("""
                        update drives.applications set status = ?, invitation_id = ?, decided_by = ?, decided_at = ?
                        where id = ? and status = 'PENDING'""")
                .params(status.name(), invitationId, decidedBy, Timestamp.from(at), id)
                .update();
    }

    private static Application map(ResultSet rs, int row) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Application(
                rs.getLong("id"),
                rs.getLong("drive_id"),
                rs.getString("name"),
                rs.getString("email"),
                rs.getString("organisation"),
                OrganisationKind.valueOf(rs.getString("organisation_kind")),
                rs.getString("country"),
                rs.getString("motivation"),
                Language.ofCode(rs.getString("language")).orElse(Language.ENGLISH),
                Application.Status.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant(),
                decided == null ? null : decided.toInstant());
    }
}
