package org.statcommons.data.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * The store of record-level releases: each record (a row of the file: a person, a household, an enterprise) with its
 * variables' values as one text array, in the file's order. The published records are in {@code data.records_<release>}
 * (a suppressed value is null; a value the file left empty is an empty text); while the release is a draft, the values
 * as uploaded are in {@code data.originals_<release>}, which no channel reads and which is dropped when the release goes
 * out, as for tables ({@link Observations#forgetOriginals}). The variables are the release's components
 * ({@code data.store_components}, roles {@code VARIABLE} and {@code MEASURE}), in the order of the arrays.
 */
@Repository
class Records {

    /** What the k-anonymity count found: records, classes, and the classes and records below k. */
    record Classes(long records, long classes, long rareClasses, long atRisk) {}

    /** A class of quasi-identifier values shared by fewer than k records. */
    record RareClass(List<String> values, long count) {}

    /** One published record: its values (null where suppressed). */
    record PublishedRecord(long number, List<String> values) {}

    private final JdbcClient db;
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    Records(JdbcClient db, JdbcTemplate jdbc, DataSource dataSource) {
        this.db = db;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Whether these components are record-level data's (variables), not a table's. */
    static boolean recordLevel(List<Column> components) {
        return components.stream().anyMatch(c -> c.role() == Role.VARIABLE);
    }

    /**
     * Stores a validated record-level upload: its variables and measures as components (direct identifiers and ignored
     * columns are not stored at all), its records as uploaded apart, and the same records published until disclosure
     * control replaces them. Drops the staged rows. Returns the number of records.
     */
    long store(long releaseId, long uploadId, List<Column> structure) {
        String staged = StagedRows.table(uploadId);
        List<Column> kept = structure.stream()
                .filter(c -> c.role() == Role.VARIABLE || c.role() == Role.MEASURE)
                .toList();
        for (int i = 0; i < kept.size(); i++) {
            Column c = kept.get(i);
            db.sql("""
                            insert into data.store_components (release_id, position, name, role, code_list, unit)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(releaseId, i, c.name(), c.role().name(), CodeList.FREE.name(), c.unit())
                    .update();
        }
        String values = kept.stream()
                .map(c -> "t." + StagedRows.column(c.position()))
                .collect(Collectors.joining(", ", "array[", "]::text[]"));
        db.sql("create table " + ReleaseTables.originals(releaseId) + " as select t.line as record, " + values
                        + " as vals from " + staged + " t order by t.line")
                .update();
        long stored = db.sql("create table " + ReleaseTables.records(releaseId) + " as select record, vals from "
                        + ReleaseTables.originals(releaseId) + " order by record")
                .update();
        db.sql("drop table if exists " + staged).update();
        return stored;
    }

    /** Forgets a draft's records (a new upload replaces them); the originals go with {@link Observations#drop}. */
    void drop(long releaseId) {
        db.sql("drop table if exists " + ReleaseTables.records(releaseId)).update();
    }

    /**
     * Counts the classes of the originals' values of these variables (places in the arrays, 1 first): one
     * {@code GROUP BY} in PostgreSQL, whatever the number of records.
     */
    Classes count(long releaseId, List<Integer> quasiIdentifiers, int k) {
        return db.sql("select coalesce(sum(n), 0), count(*), count(*) filter (where n < :k),"
                        + " coalesce(sum(n) filter (where n < :k), 0) from (select count(*) as n from "
                        + ReleaseTables.originals(releaseId) + " group by " + keys("vals", quasiIdentifiers) + ") c")
                .param("k", k)
                .query((rs, n) -> new Classes(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .single();
    }

    /** The first {@code limit} classes below k, rarest first, then by their values. */
    List<RareClass> rare(long releaseId, List<Integer> quasiIdentifiers, int k, int limit) {
        String keys = keys("vals", quasiIdentifiers);
        return db.sql("select array[" + keys + "]::text[], count(*) as n from " + ReleaseTables.originals(releaseId)
                        + " group by " + keys + " having count(*) < ? order by n, " + keys + " limit ?")
                .params(k, limit)
                .query((rs, n) ->
                        new RareClass(List.of((String[]) rs.getArray(1).getArray()), rs.getLong(2)))
                .list();
    }

    /** How many distinct values each of these variables has among the originals, in their order. */
    List<Long> distinct(long releaseId, List<Integer> variables) {
        String counts =
                variables.stream().map(v -> "count(distinct vals[" + v + "])").collect(Collectors.joining(", "));
        return db.sql("select array[" + counts + "]::bigint[] from " + ReleaseTables.originals(releaseId))
                .query((rs, n) -> Arrays.asList((Long[]) rs.getArray(1).getArray()))
                .single();
    }

    /**
     * Local suppression, in one statement over the originals: for each quasi-identifier in {@code order} (places in the
     * arrays), the records whose class of all quasi-identifiers' current values (a suppressed value is one more value,
     * null) has fewer than k records get that one suppressed. A class of k or more is never split afterwards, so after
     * the last one every record is in a class of at least k or has all its quasi-identifiers suppressed. The published
     * records are written once; returns how many values of each quasi-identifier were suppressed, in {@code order}.
     */
    List<Long> suppress(long releaseId, int variables, List<Integer> order, int k) {
        String all = order.stream().map(q -> "q" + q).collect(Collectors.joining(", "));
        StringBuilder sql = new StringBuilder("with s0 as (select record, vals");
        for (int q : order) {
            sql.append(", vals[").append(q).append("] as q").append(q);
        }
        sql.append(" from ").append(ReleaseTables.originals(releaseId)).append(')');
        for (int step = 0; step < order.size(); step++) {
            sql.append(", s").append(step + 1).append(" as (select record, vals");
            for (int q : order) {
                sql.append(", ");
                if (q == order.get(step)) {
                    sql.append("case when count(*) over (partition by ")
                            .append(all)
                            .append(") < ")
                            .append(k)
                            .append(" then null else q")
                            .append(q)
                            .append(" end as q")
                            .append(q);
                } else {
                    sql.append('q').append(q);
                }
            }
            sql.append(" from s").append(step).append(')');
        }
        List<String> published = new ArrayList<>();
        for (int v = 1; v <= variables; v++) {
            published.add(order.contains(v) ? "q" + v : "vals[" + v + "]");
        }
        db.sql("drop table if exists " + ReleaseTables.records(releaseId)).update();
        db.sql("create table " + ReleaseTables.records(releaseId) + " as " + sql + " select record, array["
                        + String.join(", ", published) + "]::text[] as vals from s" + order.size()
                        + " order by record")
                .update();
        String counts = order.stream()
                .map(q -> "count(*) filter (where vals[" + q + "] is null)")
                .collect(Collectors.joining(", "));
        return db.sql("select array[" + counts + "]::bigint[] from " + ReleaseTables.records(releaseId))
                .query((rs, n) -> Arrays.asList((Long[]) rs.getArray(1).getArray()))
                .single();
    }

    /** Publishes the records as uploaded (no quasi-identifier to protect would be refused before). */
    void publishAsUploaded(long releaseId) {
        db.sql("drop table if exists " + ReleaseTables.records(releaseId)).update();
        db.sql("create table " + ReleaseTables.records(releaseId) + " as select record, vals from "
                        + ReleaseTables.originals(releaseId) + " order by record")
                .update();
    }

    /**
     * Hands the published records whose variables (places, 1 first) have one of the values given to the consumer, in
     * the file's order, read in batches so that a release of any size streams.
     */
    void read(long releaseId, Map<Integer, List<String>> values, Consumer<PublishedRecord> consumer) {
        StringBuilder sql =
                new StringBuilder("select record, vals from " + ReleaseTables.records(releaseId) + " where true");
        List<String[]> params = new ArrayList<>();
        values.forEach((variable, wanted) -> {
            sql.append(" and vals[").append(variable).append("] = any(?)");
            params.add(wanted.toArray(String[]::new));
        });
        jdbc.query(
                con -> {
                    var ps = con.prepareStatement(sql + " order by record");
                    ps.setFetchSize(10_000);
                    for (int i = 0; i < params.size(); i++) {
                        ps.setArray(i + 1, con.createArrayOf("text", params.get(i)));
                    }
                    return ps;
                },
                rs -> {
                    consumer.accept(new PublishedRecord(rs.getLong(1), Arrays.asList((String[])
                            rs.getArray(2).getArray())));
                });
    }

    /**
     * Writes every published record as CSV rows (no header) straight from PostgreSQL: its values (a suppressed one
     * empty), then the names of its suppressed variables joined by {@code |}.
     */
    void copyCsv(long releaseId, List<String> names, OutputStream out) {
        List<String> columns = new ArrayList<>();
        List<String> suppressed = new ArrayList<>();
        for (int v = 1; v <= names.size(); v++) {
            columns.add("vals[" + v + "]");
            suppressed.add(
                    "case when vals[" + v + "] is null then " + ReleaseTables.literal(names.get(v - 1)) + " end");
        }
        // nothing suppressed: an empty field, not the quoted empty text COPY writes for ''
        columns.add("nullif(concat_ws('|', " + String.join(", ", suppressed) + "), '')");
        String sql = "copy (select " + String.join(", ", columns) + " from " + ReleaseTables.records(releaseId)
                + " order by record) to stdout with (format csv)";
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyOut(sql, out);
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Reading release " + releaseId + " failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Which of these values a variable (its place, 1 first) has among the published records. */
    List<String> known(long releaseId, int variable, List<String> values) {
        return db.sql("select distinct vals[?] from " + ReleaseTables.records(releaseId) + " where vals[?] = any(?)")
                .params(variable, variable, values.toArray(String[]::new))
                .query(String.class)
                .list();
    }

    private static String keys(String array, List<Integer> places) {
        return places.stream().map(p -> array + "[" + p + "]").collect(Collectors.joining(", "));
    }
}
