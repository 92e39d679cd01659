package org.statcommons.data.harvest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/** The portals communities harvest ({@code data.harvest_sources}), with how their last harvest went. */
@Repository
public class HarvestSources {

    private static final String COLUMNS = "id, community_id, name, url, kind, interval_minutes, created_by,"
            + " last_harvest_at, last_success_at, last_error, next_harvest_at, harvested";

    private final JdbcClient db;

    HarvestSources(JdbcClient db) {
        this.db = db;
    }

    long insert(long communityId, String name, String url, PortalKind kind, int interval, long by, Instant now) {
        try {
            return db.sql("insert into data.harvest_sources (community_id, name, url, kind, interval_minutes,"
                            + " created_by, created_at, next_harvest_at) values (?, ?, ?, ?, ?, ?, ?, ?) returning id")
                    .params(communityId, name, url, kind.name(), interval, by, Timestamp.from(now), Timestamp.from(now))
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException e) {
            throw new ConflictException(Text.of("data-catalog.harvest.same-url"));
        }
    }

    public List<HarvestSource> ofCommunity(long communityId) {
        return db.sql("select " + COLUMNS
                        + " from data.harvest_sources where community_id = ? order by lower(name), id")
                .param(communityId)
                .query(HarvestSources::map)
                .list();
    }

    /** A source of the community; another community's, or none, is not found (never named). */
    HarvestSource inCommunity(long communityId, long id) {
        return db.sql("select " + COLUMNS + " from data.harvest_sources where community_id = ? and id = ?")
                .params(communityId, id)
                .query(HarvestSources::map)
                .optional()
                .orElseThrow(() -> new NotFoundException(Text.of("data-catalog.harvest.none")));
    }

    /** The sources whose next harvest is due at this instant, the longest waiting first. */
    List<HarvestSource> due(Instant now, int limit) {
        return db.sql("select " + COLUMNS + " from data.harvest_sources where next_harvest_at <= ?"
                        + " order by next_harvest_at, id limit ?")
                .params(Timestamp.from(now), limit)
                .query(HarvestSources::map)
                .list();
    }

    void succeeded(long id, Instant at, int harvested, Instant next) {
        db.sql("update data.harvest_sources set last_harvest_at = ?, last_success_at = ?, last_error = null,"
                        + " harvested = ?, next_harvest_at = ? where id = ?")
                .params(Timestamp.from(at), Timestamp.from(at), harvested, Timestamp.from(next), id)
                .update();
    }

    void failed(long id, Instant at, String error, Instant next) {
        db.sql("update data.harvest_sources set last_harvest_at = ?, last_error = ?, next_harvest_at = ? where id = ?")
                .params(Timestamp.from(at), error, Timestamp.from(next), id)
                .update();
    }

    /** Brings the source's next harvest forward to {@code now}, keeping its interval for the harvests after. */
    void dueAt(long id, Instant now) {
        db.sql("update data.harvest_sources set next_harvest_at = ? where id = ?")
                .param(Timestamp.from(now))
                .param(id)
                .update();
    }

    void delete(long id) {
        db.sql("delete from data.harvest_sources where id = ?").param(id).update();
    }

    private static HarvestSource map(ResultSet rs, int row) throws SQLException {
        return new HarvestSource(
                rs.getLong("id"),
                rs.getLong("community_id"),
                rs.getString("name"),
                rs.getString("url"),
                PortalKind.valueOf(rs.getString("kind")),
                rs.getInt("interval_minutes"),
                rs.getLong("created_by"),
                instant(rs.getTimestamp("last_harvest_at")),
                instant(rs.getTimestamp("last_success_at")),
                rs.getString("last_error"),
                instant(rs.getTimestamp("next_harvest_at")),
                rs.getInt("harvested"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
