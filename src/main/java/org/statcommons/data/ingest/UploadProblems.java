package org.statcommons.data.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Validation of an upload's staged rows against its structure, in SQL, one statement per check and column: each
 * keeps the first {@link #KEPT} problems of its kind and column (with the line and the value) and their total, in
 * {@code data.upload_problems} and {@code data.upload_problem_totals}.
 */
@Repository
class UploadProblems {

    /** Problems kept per kind and column; the total says how many there were. */
    static final int KEPT = 100;

    static final String NUMBER = "^[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?$";

    private final JdbcClient db;

    UploadProblems(JdbcClient db) {
        this.db = db;
    }

    /** Checks every row again; the problems found replace the earlier ones. Returns how many there are. */
    long validate(long uploadId, List<Column> structure) {
        db.sql("delete from data.upload_problems where upload_id = ?")
                .param(uploadId)
                .update();
        db.sql("delete from data.upload_problem_totals where upload_id = ?")
                .param(uploadId)
                .update();
        String table = StagedRows.table(uploadId);
        List<Column> keys = new ArrayList<>();
        boolean time = false;
        boolean measure = false;
        for (Column column : structure) {
            String c = StagedRows.column(column.position());
            switch (column.role()) {
                case MEASURE, CONTRIBUTORS, LARGEST -> {
                    measure |= column.role() == Role.MEASURE;
                    check(
                            uploadId,
                            column,
                            "not-number",
                            table,
                            c + " <> '' and " + c + " <> 'NaN' and " + c + " !~ '" + NUMBER + "'");
                }
                case TIME -> {
                    time = true;
                    keys.add(column);
                    check(uploadId, column, "empty-code", table, c + " = ''");
                    // Periods are few: each distinct one is checked in Java, the rows then found by it.
                    List<String> bad = db
                            .sql("select distinct " + c + " from " + table + " where " + c + " <> ''")
                            .query(String.class)
                            .list()
                            .stream()
                            .filter(p -> Periods.of(p).isEmpty())
                            .toList();
                    if (!bad.isEmpty()) {
                        check(uploadId, column, "bad-period", table, c + " = any(:bad)", bad);
                    }
                }
                case DIMENSION -> {
                    keys.add(column);
                    check(uploadId, column, "empty-code", table, c + " = ''");
                    if (!column.codeList().codes().isEmpty()) {
                        check(
                                uploadId,
                                column,
                                "unknown-code",
                                table,
                                c + " <> '' and not (" + c + " = any(:codes))",
                                column.codeList().codes());
                    } else if (column.codeList().pattern() != null) {
                        check(
                                uploadId,
                                column,
                                "unknown-code",
                                table,
                                c + " <> '' and " + c + " !~ '"
                                        + column.codeList().pattern().replace("'", "''") + "'");
                    }
                }
                default -> {}
            }
        }
        // record-level data: each row one unit, with no period, and its measures optional (numeric variables)
        boolean records = Records.recordLevel(structure);
        if (!time && !records) {
            whole(uploadId, "no-time");
        }
        if (!measure && !records) {
            whole(uploadId, "no-measure");
        }
        if (!keys.isEmpty()) {
            duplicates(uploadId, table, keys);
        }
        return db.sql("select coalesce(sum(total), 0) from data.upload_problem_totals where upload_id = ?")
                .param(uploadId)
                .query(Long.class)
                .single();
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

    private void check(long uploadId, Column column, String kind, String table, String condition) {
        check(uploadId, column, kind, table, condition, null);
    }

    private void check(long uploadId, Column column, String kind, String table, String condition, List<String> list) {
        String c = StagedRows.column(column.position());
        var found = db.sql("with bad as materialized (select line, " + c + " as value from " + table + " where "
                        + condition + "), kept as (insert into data.upload_problems (upload_id, line, column_name, "
                        + "kind, value) select :upload, line, :column, :kind, left(value, 200) from bad order by line "
                        + "limit " + KEPT + " returning 1) select count(*) from bad")
                .param("upload", uploadId)
                .param("column", column.name())
                .param("kind", kind);
        if (list != null) {
            found = found.param(condition.contains(":bad") ? "bad" : "codes", list.toArray(String[]::new));
        }
        total(uploadId, column.name(), kind, found.query(Long.class).single());
    }

    private void total(long uploadId, String column, String kind, long total) {
        if (total > 0) {
            db.sql("insert into data.upload_problem_totals (upload_id, column_name, kind, total) values (?, ?, ?, ?)")
                    .params(uploadId, column, kind, total)
                    .update();
        }
    }

    private void whole(long uploadId, String kind) {
        db.sql("insert into data.upload_problems (upload_id, line, column_name, kind, value) values (?, 1, '', ?, '')")
                .params(uploadId, kind)
                .update();
        db.sql("insert into data.upload_problem_totals (upload_id, column_name, kind, total) values (?, '', ?, 1)")
                .params(uploadId, kind)
                .update();
    }

    /** Rows whose dimensions and period are the same as an earlier row's: named by the later lines. */
    private void duplicates(long uploadId, String table, List<Column> keys) {
        String key = keys.stream().map(k -> StagedRows.column(k.position())).collect(Collectors.joining(", "));
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
}
