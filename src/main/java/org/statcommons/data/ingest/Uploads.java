package org.statcommons.data.ingest;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Uploads of data files ({@code data.uploads}) and their structure ({@code data.upload_columns}). */
@Repository
class Uploads {

    private final JdbcClient db;

    Uploads(JdbcClient db) {
        this.db = db;
    }

    long begin(long datasetId, String fileName, FileKind kind, String delimiter, long by, Instant at) {
        return db.sql("""
                        insert into data.uploads (dataset_id, file_name, kind, delimiter, columns, state, uploaded_by,
                            uploaded_at)
                        values (?, ?, ?, ?, 0, 'STAGED', ?, ?) returning id""")
                .params(datasetId, fileName, kind.name(), delimiter, by, Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    void staged(long id, int columns, long rows, long bytes, List<Column> structure) {
        db.sql("update data.uploads set columns = ?, rows = ?, bytes = ? where id = ?")
                .params(columns, rows, bytes, id)
                .update();
        saveStructure(id, structure);
    }

    void saveStructure(long id, List<Column> structure) {
        db.sql("delete from data.upload_columns where upload_id = ?").param(id).update();
        for (Column column : structure) {
            db.sql("""
                            insert into data.upload_columns (upload_id, position, name, role, code_list, unit)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(
                            id,
                            column.position(),
                            column.name(),
                            column.role().name(),
                            column.codeList().name(),
                            column.unit())
                    .update();
        }
    }

    void forget(long id) {
        db.sql("delete from data.uploads where id = ?").param(id).update();
    }

    void state(long id, Upload.State state) {
        db.sql("update data.uploads set state = ? where id = ?")
                .params(state.name(), id)
                .update();
    }

    void stored(long id, long releaseId, Instant at) {
        db.sql("update data.uploads set state = 'STORED', release_id = ?, stored_at = ? where id = ?")
                .params(releaseId, Timestamp.from(at), id)
                .update();
    }

    Optional<Upload> ofDataset(long datasetId, long id) {
        return db.sql("select * from data.uploads where dataset_id = ? and id = ?")
                .params(datasetId, id)
                .query(Uploads::upload)
                .optional();
    }

    List<Upload> ofDataset(long datasetId) {
        return db.sql("select * from data.uploads where dataset_id = ? order by id desc")
                .param(datasetId)
                .query(Uploads::upload)
                .list();
    }

    /** The upload stored into a release, if any. */
    Optional<Upload> ofRelease(long releaseId) {
        return db.sql("select * from data.uploads where release_id = ? order by id desc limit 1")
                .param(releaseId)
                .query(Uploads::upload)
                .optional();
    }

    List<Column> structure(long id) {
        return db.sql("select * from data.upload_columns where upload_id = ? order by position")
                .param(id)
                .query((rs, n) -> new Column(
                        rs.getInt("position"),
                        rs.getString("name"),
                        Role.valueOf(rs.getString("role")),
                        CodeList.valueOf(rs.getString("code_list")),
                        rs.getString("unit")))
                .list();
    }

    private static Upload upload(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        long release = rs.getLong("release_id");
        Long releaseId = rs.wasNull() ? null : release;
        return new Upload(
                rs.getLong("id"),
                rs.getLong("dataset_id"),
                releaseId,
                rs.getString("file_name"),
                FileKind.valueOf(rs.getString("kind")),
                rs.getString("delimiter"),
                rs.getInt("columns"),
                rs.getLong("rows"),
                rs.getLong("bytes"),
                Upload.State.valueOf(rs.getString("state")),
                rs.getLong("uploaded_by"),
                rs.getTimestamp("uploaded_at").toInstant());
    }
}
