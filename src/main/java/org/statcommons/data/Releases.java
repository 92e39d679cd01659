package org.statcommons.data;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Releases of datasets ({@code data.releases}): immutable versions, each numbered within its dataset. */
@Repository
public class Releases {

    private static final String COLUMNS = "id, dataset_id, number, changelog, released_at, scheduled, released_by,"
            + " released_by_name, data_confirmed, disclosure_passed, created_by, created_at";

    private final JdbcClient db;

    Releases(JdbcClient db) {
        this.db = db;
    }

    public Optional<Release> byId(long id) {
        return db.sql("select " + COLUMNS + " from data.releases where id = ?")
                .param(id)
                .query(Releases::map)
                .optional();
    }

    /** A dataset's releases, newest number first, whatever their state: callers hide what the reader may not see. */
    public List<Release> of(long datasetId) {
        return db.sql("select " + COLUMNS + " from data.releases where dataset_id = ? order by number desc")
                .param(datasetId)
                .query(Releases::map)
                .list();
    }

    /** A release on the calendar: what is announced of it (its dataset's title and community), never its data. */
    public record Announced(
            long releaseId,
            long datasetId,
            long communityId,
            String title,
            int number,
            Instant at,
            boolean scheduled) {}

    /** The releases out or announced between two instants, across every dataset, soonest first. */
    public List<Announced> calendar(Instant from, Instant to) {
        return db.sql("""
                        select r.id, r.dataset_id, d.community_id, d.title, r.number, r.released_at, r.scheduled
                        from data.releases r join data.datasets d on d.id = r.dataset_id
                        where r.released_at >= ? and r.released_at < ? order by r.released_at, r.id limit 1000""")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query(Releases::announced)
                .list();
    }

    /** A release out, with its changelog: an entry of a feed. */
    public record Out(Announced release, String changelog) {}

    /**
     * The latest releases out of a community's datasets (of every community's when null; of one dataset, when given),
     * newest first, with their changelogs: a feed's entries in one query.
     */
    public List<Out> outIn(Long communityId, Long datasetId, Instant now, int limit) {
        return db.sql("""
                        select r.id, r.dataset_id, d.community_id, d.title, r.number, r.released_at, r.scheduled,
                        r.changelog
                        from data.releases r join data.datasets d on d.id = r.dataset_id
                        where (?::bigint is null or d.community_id = ?) and (?::bigint is null or d.id = ?)
                        and r.released_at <= ?
                        order by r.released_at desc, r.id desc limit ?""")
                .params(communityId, communityId, datasetId, datasetId, Timestamp.from(now), limit)
                .query((rs, row) -> new Out(announced(rs, row), rs.getString(8)))
                .list();
    }

    private static Announced announced(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Announced(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                rs.getString(4),
                rs.getInt(5),
                rs.getTimestamp(6).toInstant(),
                rs.getBoolean(7));
    }

    /** Locks the dataset's releases' numbering (the dataset's row) and adds the next draft. */
    long insertDraft(long datasetId, String changelog, long by, Instant at) {
        db.sql("select id from data.datasets where id = ? for update")
                .param(datasetId)
                .query(Long.class)
                .single();
        return db.sql("""
                        insert into data.releases (dataset_id, number, changelog, created_by, created_at)
                        values (?, (select coalesce(max(number), 0) + 1 from data.releases where dataset_id = ?), ?, ?, ?)
                        returning id""")
                .params(datasetId, datasetId, changelog, by, Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    void updateDraft(long id, String changelog) {
        db.sql("update data.releases set changelog = ? where id = ? and released_at is null")
                .params(changelog, id)
                .update();
    }

    /** Releases a draft at this instant (now, or ahead: scheduled); false when it was no longer a draft. */
    boolean release(long id, Instant at, boolean scheduled, long by, String byName) {
        return db.sql("""
                        update data.releases set released_at = ?, scheduled = ?, released_by = ?, released_by_name = ?
                        where id = ? and released_at is null""").params(Timestamp.from(at), scheduled, by, byName, id).update() == 1;
    }

    /** Takes a scheduled release back to draft before its instant; false when it was not scheduled ahead of now. */
    boolean unschedule(long id, Instant now) {
        return db.sql("""
                        update data.releases set released_at = null, scheduled = false, released_by = null,
                            released_by_name = null
                        where id = ? and released_at > ?""").params(id, Timestamp.from(now)).update() == 1;
    }

    /**
     * For {@code data.ingest}: the draft's data was confirmed and validated (or no longer is). Only a draft's: a
     * release once out is immutable.
     */
    public boolean markDataConfirmed(long id, boolean confirmed) {
        return db.sql("update data.releases set data_confirmed = ? where id = ? and released_at is null")
                        .params(confirmed, id)
                        .update()
                == 1;
    }

    /** For {@code data.disclosure}: the draft's data passed the disclosure check (or no longer does). */
    public boolean markDisclosurePassed(long id, boolean passed) {
        return db.sql("update data.releases set disclosure_passed = ? where id = ? and released_at is null")
                        .params(passed, id)
                        .update()
                == 1;
    }

    private static Release map(ResultSet rs, int row) throws SQLException {
        Timestamp releasedAt = rs.getTimestamp("released_at");
        long by = rs.getLong("released_by");
        Long releasedBy = rs.wasNull() ? null : by;
        return new Release(
                rs.getLong("id"),
                rs.getLong("dataset_id"),
                rs.getInt("number"),
                rs.getString("changelog"),
                releasedAt == null ? null : releasedAt.toInstant(),
                rs.getBoolean("scheduled"),
                releasedBy,
                rs.getString("released_by_name"),
                rs.getBoolean("data_confirmed"),
                rs.getBoolean("disclosure_passed"),
                rs.getLong("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }
}
