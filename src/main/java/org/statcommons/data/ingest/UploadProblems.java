package org.statcommons.data.ingest;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The problems found in an upload ({@link UploadValidator} checks its rows): the first {@link #KEPT} of each kind and
 * column (with the line and the value) and their total, in {@code data.upload_problems} and
 * {@code data.upload_problem_totals}.
 */
@Repository
class UploadProblems {

    /** Problems kept per kind and column; the total says how many there were. */
    static final int KEPT = 100;

    private final JdbcClient db;

    UploadProblems(JdbcClient db) {
        this.db = db;
    }

    /** Replaces the upload's problems with these. */
    void replace(long uploadId, List<Problem> problems, List<Total> totals) {
        db.sql("delete from data.upload_problems where upload_id = ?")
                .param(uploadId)
                .update();
        db.sql("delete from data.upload_problem_totals where upload_id = ?")
                .param(uploadId)
                .update();
        if (!problems.isEmpty()) {
            db.sql("""
                            insert into data.upload_problems (upload_id, line, column_name, kind, value)
                            select ?, * from unnest(?::bigint[], ?::text[], ?::text[], ?::text[])""")
                    .params(
                            uploadId,
                            problems.stream().map(Problem::line).toArray(Long[]::new),
                            problems.stream().map(Problem::column).toArray(String[]::new),
                            problems.stream().map(Problem::kind).toArray(String[]::new),
                            problems.stream().map(Problem::value).toArray(String[]::new))
                    .update();
        }
        for (Total total : totals) {
            total(uploadId, total.column(), total.kind(), total.total());
        }
    }

    long count(long uploadId) {
        return db.sql("select coalesce(sum(total), 0) from data.upload_problem_totals where upload_id = ?")
                .param(uploadId)
                .query(Long.class)
                .single();
    }

    /** The problems kept, by line. */
    List<Problem> of(long uploadId, int limit) {
        return db.sql("""
                        select line, column_name, kind, value from data.upload_problems where upload_id = ?
                        order by line, column_name limit ?""")
                .params(uploadId, limit)
                .query((rs, n) -> new Problem(
                        rs.getLong("line"), rs.getString("column_name"), rs.getString("kind"), rs.getString("value")))
                .list();
    }

    /** How many problems of each kind in each column. */
    List<Total> totals(long uploadId) {
        return db.sql("""
                        select column_name, kind, total from data.upload_problem_totals where upload_id = ?
                        order by column_name, kind""")
                .param(uploadId)
                .query((rs, n) -> new Total(rs.getString("column_name"), rs.getString("kind"), rs.getLong("total")))
                .list();
    }

    record Total(String column, String kind, long total) {}

    private void total(long uploadId, String column, String kind, long total) {
        if (total > 0) {
            db.sql("insert into data.upload_problem_totals (upload_id, column_name, kind, total) values (?, ?, ?, ?)")
                    .params(uploadId, column, kind, total)
                    .update();
        }
    }

    /** Rows whose dimensions and period are the same as an earlier row's: named by the later lines. */
    void duplicates(long uploadId, List<Column> keys) {
        bulkMemory();
        String table = StagedRows.table(uploadId);
        // compared byte by byte: the database's collation would only make the sort slower, not the equality different
        String key = keys.stream()
                .map(k -> StagedRows.column(k.position()) + " collate \"C\"")
                .collect(Collectors.joining(", "));
        String names = keys.stream().map(Column::name).collect(Collectors.joining(", "));
        long found = db.sql("with dups as materialized (select line, first from (select line, min(line) over "
                        + "(partition by " + key + ") as first from " + table + ") ranked where line <> first), "
                        + "kept as (insert into data.upload_problems (upload_id, line, column_name, kind, value) "
                        + "select :upload, line, :names, 'duplicate-key', first::text from dups order by line limit "
                        + KEPT + " returning 1) select count(*) from dups")
                .param("upload", uploadId)
                .param("names", names)
                .query(Long.class)
                .single();
        total(uploadId, names, "duplicate-key", found);
    }

    /**
     * Gives this transaction's sort of duplicates the memory of a bulk load ({@code SET LOCAL}: the connection goes back
     * to the pool with PostgreSQL's 4 MB, which makes millions of rows sort on disk in many passes).
     */
    private void bulkMemory() {
        db.sql("set local work_mem = '128MB'").update();
    }
}
