package org.statcommons.data.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Validation of an upload's staged rows against its structure, in SQL: the checks of every column are counted in one
 * scan, and each check that finds something keeps the first {@link #KEPT} problems of its kind and column (with the line and the value) and their total, in
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

    /**
     * Checks every row again; the problems found replace the earlier ones. Returns how many there are. The checks of
     * every column are counted in one scan of the staged rows; only a check that finds something reads them again, to
     * keep its first lines.
     */
    long validate(long uploadId, List<Column> structure) {
        db.sql("delete from data.upload_problems where upload_id = ?")
                .param(uploadId)
                .update();
        db.sql("delete from data.upload_problem_totals where upload_id = ?")
                .param(uploadId)
                .update();
        String table = StagedRows.table(uploadId);
        bulkMemory();
        List<Check> checks = new ArrayList<>();
        List<Column> keys = new ArrayList<>();
        boolean time = false;
        boolean measure = false;
        for (Column column : structure) {
            String c = StagedRows.column(column.position());
            switch (column.role()) {
                case MEASURE, CONTRIBUTORS, LARGEST -> {
                    measure |= column.role() == Role.MEASURE;
                    checks.add(new Check(
                            column,
                            "not-number",
                            list -> c + " <> '' and " + c + " <> 'NaN' and " + c + " !~ '" + NUMBER + "'",
                            List.of()));
                }
                case TIME -> {
                    time = true;
                    keys.add(column);
                    checks.add(new Check(column, "empty-code", list -> c + " = ''", List.of()));
                    // Periods are few: each distinct one is checked in Java, the rows then found by it.
                    List<String> bad = db
                            .sql("select distinct " + c + " from " + table + " where " + c + " <> ''")
                            .query(String.class)
                            .list()
                            .stream()
                            .filter(p -> Periods.of(p).isEmpty())
                            .toList();
                    if (!bad.isEmpty()) {
                        checks.add(new Check(column, "bad-period", list -> c + " = any(" + list + ")", bad));
                    }
                }
                case DIMENSION -> {
                    keys.add(column);
                    checks.add(new Check(column, "empty-code", list -> c + " = ''", List.of()));
                    if (!column.codeList().codes().isEmpty()) {
                        checks.add(new Check(
                                column,
                                "unknown-code",
                                list -> c + " <> '' and not (" + c + " = any(" + list + "))",
                                column.codeList().codes()));
                    } else if (column.codeList().pattern() != null) {
                        checks.add(new Check(
                                column,
                                "unknown-code",
                                list -> c + " <> '' and " + c + " !~ '"
                                        + column.codeList().pattern().replace("'", "''") + "'",
                                List.of()));
                    }
                }
                default -> {}
            }
        }
        List<Long> found = count(table, checks);
        for (int i = 0; i < checks.size(); i++) {
            if (found.get(i) > 0) {
                keep(uploadId, table, checks.get(i));
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

    /**
     * A check of a column: the condition a bad cell meets, given the name of the parameter that carries its list (if it
     * has one): each check of the counting scan gets a parameter of its own, and no text of a condition (a code list's
     * pattern) is ever rewritten.
     */
    private record Check(Column column, String kind, UnaryOperator<String> condition, List<String> list) {}

    /** How many rows each check finds, in one scan. */
    private List<Long> count(String table, List<Check> checks) {
        if (checks.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("select ");
        Map<String, Object> lists = new HashMap<>();
        for (int i = 0; i < checks.size(); i++) {
            Check check = checks.get(i);
            sql.append(i == 0 ? "" : ", ")
                    .append("count(*) filter (where ")
                    .append(check.condition().apply(":list" + i))
                    .append(')');
            if (!check.list().isEmpty()) {
                lists.put("list" + i, check.list().toArray(String[]::new));
            }
        }
        return db.sql(sql + " from " + table)
                .params(lists)
                .query((rs, n) -> {
                    List<Long> counts = new ArrayList<>();
                    for (int i = 1; i <= checks.size(); i++) {
                        counts.add(rs.getLong(i));
                    }
                    return counts;
                })
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

    /** Keeps the first lines the check finds, and their total. */
    private void keep(long uploadId, String table, Check check) {
        String c = StagedRows.column(check.column().position());
        var found = db.sql("with bad as materialized (select line, " + c + " as value from " + table + " where "
                        + check.condition().apply(":list")
                        + "), kept as (insert into data.upload_problems (upload_id, line, "
                        + "column_name, kind, value) select :upload, line, :column, :kind, left(value, 200) from bad "
                        + "order by line limit " + KEPT + " returning 1) select count(*) from bad")
                .param("upload", uploadId)
                .param("column", check.column().name())
                .param("kind", check.kind());
        if (!check.list().isEmpty()) {
            found = found.param("list", check.list().toArray(String[]::new));
        }
        total(
                uploadId,
                check.column().name(),
                check.kind(),
                found.query(Long.class).single());
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
