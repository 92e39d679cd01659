package org.statcommons.data.requests;

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

/** Data requests ({@code data.data_requests}), listed by support, most first. */
@Repository
class DataRequests {

    private final JdbcClient db;

    DataRequests(JdbcClient db) {
        this.db = db;
    }

    long insert(long communityId, String title, String body, long by, Instant at) {
        return db.sql("""
                        insert into data.data_requests (community_id, title, body, requested_by, requested_at)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(communityId, title, body, by, Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    /** The request of this community, locked for a change; "not found" for another community's. */
    DataRequest lockIn(long communityId, long id) {
        return db.sql("select * from data.data_requests where id = ? and community_id = ? for update")
                .params(id, communityId)
                .query(DataRequests::map)
                .optional()
                .orElseThrow(() -> new NotFoundException(Text.of("data-requests.none")));
    }

    void addSupporter(long id) {
        db.sql("update data.data_requests set supporters = supporters + 1 where id = ?")
                .param(id)
                .update();
    }

    void answer(long id, DataRequest.Status status, String answer, Long datasetId, long by, Instant at) {
        db.sql("""
                        update data.data_requests set status = ?, answer = ?, dataset_id = ?, answered_by = ?,
                        answered_at = ? where id = ?""")
                .params(status.name(), answer, datasetId, by, Timestamp.from(at), id)
                .update();
    }

    /**
     * A community's requests (every community's when null) in this status (any when null), most supported first, at
     * most {@code limit} after the first {@code offset}.
     */
    List<DataRequest> bySupport(Long communityId, DataRequest.Status status, long offset, int limit) {
        String wanted = status == null ? null : status.name();
        return db.sql("select * from data.data_requests where (?::bigint is null or community_id = ?)"
                        + " and (?::text is null or status = ?) order by supporters desc, id desc offset ? limit ?")
                .params(communityId, communityId, wanted, wanted, offset, limit)
                .query(DataRequests::map)
                .list();
    }

    Optional<DataRequest> byId(long id) {
        return db.sql("select * from data.data_requests where id = ?")
                .param(id)
                .query(DataRequests::map)
                .optional();
    }

    private static DataRequest map(ResultSet rs, int row) throws SQLException {
        Timestamp answered = rs.getTimestamp("answered_at");
        long dataset = rs.getLong("dataset_id");
        return new DataRequest(
                rs.getLong("id"),
                rs.getLong("community_id"),
                rs.getString("title"),
                rs.getString("body"),
                rs.getLong("requested_by"),
                rs.getTimestamp("requested_at").toInstant(),
                DataRequest.Status.valueOf(rs.getString("status")),
                rs.getString("answer"),
                rs.wasNull() ? null : dataset,
                answered == null ? null : answered.toInstant(),
                rs.getInt("supporters"));
    }
}
