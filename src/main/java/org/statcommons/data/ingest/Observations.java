package org.statcommons.data.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * The observation store of releases: a release's components, its series (the combinations of dimension codes, each
 * with a small number) and its observations in a partition of their own ({@code data.observations_<release>}), indexed
 * on (series, first day of the period), so that a slice by codes and period range reads a few pages and the whole
 * release streams out of one table in the order it was stored.
 */
@Repository
class Observations {

    private final JdbcClient db;
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    Observations(JdbcClient db, JdbcTemplate jdbc, DataSource dataSource) {
        this.db = db;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** One observation read: its series key (the dimension codes), period, value (null when missing), attributes. */
    record Observation(List<String> key, String period, Double value, List<String> attributes) {}

    /** How a release is laid out: dimensions (with MEASURE when the file had several measures), time, attributes. */
    record Layout(List<Column> dimensions, Column time, List<Column> measures, List<Column> attributes) {

        static Layout of(List<Column> components) {
            return new Layout(
                    components.stream().filter(c -> c.role() == Role.DIMENSION).toList(),
                    components.stream()
                            .filter(c -> c.role() == Role.TIME)
                            .findFirst()
                            .orElseThrow(),
                    components.stream().filter(c -> c.role() == Role.MEASURE).toList(),
                    components.stream().filter(c -> c.role() == Role.ATTRIBUTE).toList());
        }

        /** The columns of a download, in order. */
        List<String> header() {
            List<String> names = new ArrayList<>();
            dimensions.forEach(d -> names.add(d.name()));
            names.add(time.name());
            names.add(measures.size() == 1 ? measures.get(0).name() : "OBS_VALUE");
            attributes.forEach(a -> names.add(a.name()));
            return names;
        }
    }

    /** The name of the dimension added when a file has several measures: its codes are the measures' names. */
    static final String MEASURE = "MEASURE";

    /** The attributes every release has (added when the file lacks them), set by disclosure control. */
    static final String OBS_STATUS = "OBS_STATUS";

    static final String CONF_STATUS = "CONF_STATUS";

    /**
     * One stored cell as uploaded, before disclosure control: its series and key, period, value (null when missing),
     * and for a magnitude table its contributors (null when not given) and largest contributions.
     */
    record Original(
            int series, List<String> key, String period, Double value, Integer contributors, double[] largest) {}

    boolean has(long releaseId) {
        return db.sql("select exists (select 1 from data.store_components where release_id = ?)")
                .param(releaseId)
                .query(Boolean.class)
                .single();
    }

    /**
     * Stores a validated upload as the release's observations, then drops its staged rows. Periods are given with
     * their days (read in Java from the few distinct periods).
     */
    long store(long releaseId, long uploadId, List<Column> structure) {
        String staged = StagedRows.table(uploadId);
        List<Column> dims =
                structure.stream().filter(c -> c.role() == Role.DIMENSION).toList();
        Column time = structure.stream()
                .filter(c -> c.role() == Role.TIME)
                .findFirst()
                .orElseThrow();
        List<Column> measures =
                structure.stream().filter(c -> c.role() == Role.MEASURE).toList();
        List<Column> attributes =
                structure.stream().filter(c -> c.role() == Role.ATTRIBUTE).toList();
        List<String> statuses = new ArrayList<>();
        for (String status : List.of(OBS_STATUS, CONF_STATUS)) {
            if (attributes.stream().noneMatch(a -> a.name().equals(status))) {
                statuses.add(status);
            }
        }
        boolean several = measures.size() > 1;
        int position = 0;
        List<Column> components = new ArrayList<>();
        for (Column d : dims) {
            components.add(new Column(position++, d.name(), Role.DIMENSION, d.codeList(), ""));
        }
        if (several) {
            components.add(new Column(position++, MEASURE, Role.DIMENSION, CodeList.FREE, ""));
        }
        components.add(new Column(position++, time.name(), Role.TIME, CodeList.FREE, ""));
        for (Column m : measures) {
            components.add(new Column(position++, m.name(), Role.MEASURE, CodeList.FREE, m.unit()));
        }
        for (Column a : attributes) {
            components.add(new Column(position++, a.name(), Role.ATTRIBUTE, CodeList.FREE, ""));
        }
        for (String status : statuses) {
            components.add(new Column(position++, status, Role.ATTRIBUTE, CodeList.FREE, ""));
        }
        for (Column c : components) {
            db.sql("""
                            insert into data.store_components (release_id, position, name, role, code_list, unit)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(
                            releaseId,
                            c.position(),
                            c.name(),
                            c.role().name(),
                            c.codeList().name(),
                            c.unit())
                    .update();
        }
        String measureValues = measures.stream()
                .map(m -> "(" + ReleaseTables.literal(m.name()) + ", " + StagedRows.column(m.position()) + ")")
                .collect(Collectors.joining(", "));
        List<String> keyParts = new ArrayList<>();
        dims.forEach(d -> keyParts.add("t." + StagedRows.column(d.position())));
        if (several) {
            keyParts.add("m.name");
        }
        String key = "array[" + String.join(", ", keyParts) + "]::text[]";
        String from = staged + " t cross join lateral (values " + measureValues + ") m(name, value)";
        db.sql("insert into data.store_series (release_id, series, key) select " + releaseId
                        + ", (row_number() over (order by key))::int, key from (select distinct " + key
                        + " as key from "
                        + from + ") k")
                .update();

        String timeColumn = "t." + StagedRows.column(time.position());
        List<String> periods = db.sql("select distinct " + StagedRows.column(time.position()) + " from " + staged)
                .query(String.class)
                .list();
        List<Date> starts = new ArrayList<>();
        List<Date> ends = new ArrayList<>();
        for (String period : periods) {
            Periods.Span span = Periods.of(period).orElseThrow();
            starts.add(Date.valueOf(span.start()));
            ends.add(Date.valueOf(span.end()));
        }
        List<String> attributeValues = new ArrayList<>();
        attributes.forEach(a -> attributeValues.add("nullif(t." + StagedRows.column(a.position()) + ", '')"));
        statuses.forEach(status -> attributeValues.add("null"));
        String attributeArray = "array[" + String.join(", ", attributeValues) + "]::text[]";
        // the originals (with the contributions of a magnitude table) go apart, where no channel reads them, in the
        // order the partition keeps (by series and period); disclosure control writes the partition from them
        bulkMemory();
        long stored = db.sql("create table " + ReleaseTables.originals(releaseId) + " as select s.series, " + timeColumn
                        + " as period, p.start_day, p.end_day, case when m.value in ('', 'NaN') then null else"
                        + " m.value::double precision end as value, " + attributeArray + " as attributes, "
                        + contributors(structure) + " as contributors, " + largest(structure) + " as largest from "
                        + from + " join data.store_series s on s.release_id = " + releaseId + " and s.key = " + key
                        + " join unnest(:periods::text[], :starts::date[], :ends::date[]) "
                        + "p(period, start_day, end_day) on p.period = " + timeColumn
                        + " order by s.series, p.start_day")
                .param("periods", periods.toArray(String[]::new))
                .param("starts", starts.toArray(Date[]::new))
                .param("ends", ends.toArray(Date[]::new))
                .update();
        db.sql("drop table if exists " + staged).update();
        return stored;
    }

    List<Column> components(long releaseId) {
        return db.sql("select * from data.store_components where release_id = ? order by position")
                .param(releaseId)
                .query((rs, n) -> new Column(
                        rs.getInt("position"),
                        rs.getString("name"),
                        Role.valueOf(rs.getString("role")),
                        CodeList.valueOf(rs.getString("code_list")),
                        rs.getString("unit")))
                .list();
    }

    /** The codes of a dimension (its place among the dimensions, 1 first) in the release, in order. */
    List<String> codes(long releaseId, int dimension) {
        return db.sql("select distinct key[?] as code from data.store_series where release_id = ? order by code")
                .params(dimension, releaseId)
                .query(String.class)
                .list();
    }

    /** Which of these codes a dimension (its place among the dimensions, 1 first) has in the release: one look. */
    Set<String> knownCodes(long releaseId, int dimension, List<String> codes) {
        return new HashSet<>(
                db.sql("select distinct key[?] from data.store_series where release_id = ?" + " and key[?] = any(?)")
                        .params(dimension, releaseId, dimension, codes.toArray(String[]::new))
                        .query(String.class)
                        .list());
    }

    /** A dimension's codes (its place among the dimensions, 1 first) in the release, sorted, at most {@code limit}. */
    List<String> codes(long releaseId, int dimension, int limit) {
        return db.sql(
                        "select distinct key[?] as code from data.store_series where release_id = ? order by code limit ?")
                .params(dimension, releaseId, limit)
                .query(String.class)
                .list();
    }

    /** The series whose codes match: for each dimension given (1 first), one of its codes. */
    List<Integer> series(long releaseId, Map<Integer, List<String>> codes) {
        StringBuilder sql = new StringBuilder("select series from data.store_series where release_id = :release");
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("release", releaseId);
        for (var entry : codes.entrySet()) {
            sql.append(" and key[")
                    .append(entry.getKey())
                    .append("] = any(:d")
                    .append(entry.getKey())
                    .append(')');
            params.put("d" + entry.getKey(), entry.getValue().toArray(String[]::new));
        }
        return db.sql(sql + " order by series")
                .params(params)
                .query(Integer.class)
                .list();
    }

    /**
     * Hands the observations of these series (all when null) in a period range (open when null) to the consumer,
     * by series and period, read in batches so that a release of any size streams.
     */
    void read(
            long releaseId,
            List<Integer> series,
            LocalDate from,
            LocalDate to,
            java.util.function.Consumer<Observation> consumer) {
        StringBuilder sql = new StringBuilder("""
                select s.key, o.period, o.value, o.attributes from data.observations o
                join data.store_series s on s.release_id = o.release_id and s.series = o.series
                where o.release_id = ?""");
        List<Object> params = new ArrayList<>();
        params.add(releaseId);
        if (series != null) {
            sql.append(" and o.series = any(?)");
            params.add(series.toArray(Integer[]::new));
        }
        if (from != null) {
            sql.append(" and o.period_end >= ?");
            params.add(Date.valueOf(from));
        }
        if (to != null) {
            sql.append(" and o.period_start <= ?");
            params.add(Date.valueOf(to));
        }
        sql.append(" order by o.series, o.period_start");
        jdbc.query(
                con -> {
                    var ps = con.prepareStatement(sql.toString());
                    ps.setFetchSize(10_000);
                    for (int i = 0; i < params.size(); i++) {
                        Object p = params.get(i);
                        if (p instanceof Integer[] ints) {
                            ps.setArray(i + 1, con.createArrayOf("int4", ints));
                        } else {
                            ps.setObject(i + 1, p);
                        }
                    }
                    return ps;
                },
                rs -> {
                    double value = rs.getDouble(3);
                    Double boxed = rs.wasNull() ? null : value;
                    java.sql.Array attributes = rs.getArray(4);
                    consumer.accept(new Observation(
                            List.of((String[]) rs.getArray(1).getArray()),
                            rs.getString(2),
                            boxed,
                            attributes == null
                                    ? List.of()
                                    : java.util.Arrays.asList((String[]) attributes.getArray())));
                });
    }

    /**
     * Writes the whole release as CSV rows (no header) straight from PostgreSQL ({@code COPY … TO STDOUT}), in the order
     * stored: the fastest way out, nothing held.
     */
    void copyCsv(long releaseId, Layout layout, OutputStream out) {
        copyCsv(releaseId, layout, null, out);
    }

    /** The same, each row led by a constant first field when one is given (SDMX-CSV's {@code DATAFLOW}). */
    void copyCsv(long releaseId, Layout layout, String firstField, OutputStream out) {
        List<String> columns = new ArrayList<>();
        if (firstField != null) {
            columns.add(ReleaseTables.literal(firstField));
        }
        for (int i = 1; i <= layout.dimensions().size(); i++) {
            columns.add("s.key[" + i + "]");
        }
        columns.add("o.period");
        columns.add("o.value");
        for (int i = 1; i <= layout.attributes().size(); i++) {
            columns.add("o.attributes[" + i + "]");
        }
        String sql = "copy (select " + String.join(", ", columns) + " from " + ReleaseTables.observations(releaseId)
                + " o join data.store_series s on s.release_id = " + releaseId + " and s.series = o.series) to stdout"
                + " with (format csv)";
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

    /**
     * Forgets a release's store (a draft release replaced by a new upload) but its partition, which the next
     * {@link #publish} replaces at its end (dropping it now would lock every reader out for the whole store).
     */
    void drop(long releaseId) {
        forgetOriginals(releaseId);
        db.sql("delete from data.store_series where release_id = ?")
                .param(releaseId)
                .update();
        db.sql("delete from data.store_components where release_id = ?")
                .param(releaseId)
                .update();
    }

    /** Whether the release's original values are still kept (a draft's, until it goes out). */
    boolean hasOriginals(long releaseId) {
        return db.sql("select to_regclass(?) is not null")
                .param(ReleaseTables.originals(releaseId))
                .query(Boolean.class)
                .single();
    }

    /** Hands the original cells to the consumer by period, then series: each period's cells together. */
    void readOriginals(long releaseId, java.util.function.Consumer<Original> consumer) {
        jdbc.query(
                con -> {
                    var ps = con.prepareStatement("select o.series, s.key, o.period, o.value, o.contributors, o.largest"
                            + " from " + ReleaseTables.originals(releaseId)
                            + " o join data.store_series s on s.release_id = "
                            + releaseId + " and s.series = o.series order by o.period, o.series");
                    ps.setFetchSize(10_000);
                    return ps;
                },
                rs -> {
                    double value = rs.getDouble(4);
                    Double boxed = rs.wasNull() ? null : value;
                    int contributors = rs.getInt(5);
                    Integer count = rs.wasNull() ? null : contributors;
                    java.sql.Array largest = rs.getArray(6);
                    double[] contributions = new double[0];
                    if (largest != null) {
                        Object[] numbers = (Object[]) largest.getArray();
                        contributions = java.util.Arrays.stream(numbers)
                                .mapToDouble(n -> ((Number) n).doubleValue())
                                .toArray();
                    }
                    consumer.accept(new Original(
                            rs.getInt(1),
                            List.of((String[]) rs.getArray(2).getArray()),
                            rs.getString(3),
                            boxed,
                            count,
                            contributions));
                });
    }

    /** Whether any original cell has its contributors: the release's tables are magnitude tables. */
    boolean hasContributions(long releaseId) {
        return db.sql("select exists (select 1 from " + ReleaseTables.originals(releaseId)
                        + " where contributors is not null)")
                .query(Boolean.class)
                .single();
    }

    /**
     * Replaces the partition's cells with what may be published, written once from the originals in the order stored
     * (the whole release streams out in that order): the original values (rounded to a multiple of
     * {@code roundingBase} when above 1, halves up, as {@code DisclosureReport.published} does), {@code OBS_STATUS}
     * where the file said nothing "A" (CL_OBS_STATUS: normal) or, for a value the file left empty, "O" (missing), and
     * the suppressed cells without a value, with {@code OBS_STATUS} "Q" and their {@code CONF_STATUS}.
     */
    void publish(long releaseId, List<Suppressed> suppressed, int roundingBase) {
        List<String> attributes = Layout.of(components(releaseId)).attributes().stream()
                .map(Column::name)
                .toList();
        List<String> published = new ArrayList<>();
        for (int i = 1; i <= attributes.size(); i++) {
            String original = "o.attributes[" + i + "]";
            published.add(
                    switch (attributes.get(i - 1)) {
                        case OBS_STATUS ->
                            "case when u.series is not null then 'Q' when " + original + " is not null then " + original
                                    + " when o.value is null then 'O' else 'A' end";
                        case CONF_STATUS -> "case when u.series is not null then u.status else " + original + " end";
                        default -> original;
                    });
        }
        String value = roundingBase > 1 ? "floor(o.value / " + roundingBase + " + 0.5) * " + roundingBase : "o.value";
        writePartition(
                releaseId,
                db.sql("insert into " + next(releaseId)
                                + " (release_id, series, period, period_start, period_end, value, attributes) select "
                                + releaseId + ", o.series, o.period, o.start_day, o.end_day, case when u.series is null"
                                + " then " + value + " end, array[" + String.join(", ", published) + "]::text[] from "
                                + ReleaseTables.originals(releaseId)
                                + " o left join (select series, period, min(status) as status from unnest(:series::int[],"
                                + " :periods::text[], :statuses::text[]) u(series, period, status) group by series,"
                                + " period) u on u.series = o.series and u.period = o.period")
                        .param(
                                "series",
                                suppressed.stream().map(Suppressed::series).toArray(Integer[]::new))
                        .param(
                                "periods",
                                suppressed.stream().map(Suppressed::period).toArray(String[]::new))
                        .param(
                                "statuses",
                                suppressed.stream().map(Suppressed::status).toArray(String[]::new)));
    }

    /**
     * Puts the original cells in the partition as uploaded: what a draft whose disclosure check refused shows its data
     * team (nothing of it can be released while the refusal stands).
     */
    void keepAsUploaded(long releaseId) {
        writePartition(
                releaseId,
                db.sql("insert into " + next(releaseId)
                        + " (release_id, series, period, period_start, period_end, value, attributes) select "
                        + releaseId + ", series, period, start_day, end_day, value, attributes from "
                        + ReleaseTables.originals(releaseId)));
    }

    /**
     * Writes the release's partition anew beside the old one, then swaps them at the end of the work: the new table is
     * filled in the originals' order (by series and period, so a slice reads a few pages and the whole release streams
     * out in that order) and indexed after the fill; it is attached to {@code data.observations}, which locks out no
     * reader, and only the old partition's drop takes the partitioned table's exclusive lock, for the moment left
     * before the transaction commits. (Creating or truncating a partition at the start would make every reader of
     * every release wait for the whole store.)
     */
    private void writePartition(long releaseId, JdbcClient.StatementSpec fill) {
        String next = next(releaseId);
        bulkMemory();
        db.sql("drop table if exists " + next).update();
        db.sql("create table " + next + " (like data.observations, check (release_id = " + releaseId + "))")
                .update();
        fill.update();
        db.sql("create index on " + next + " (series, period_start)").update();
        db.sql("analyze " + next).update();
        String partition = ReleaseTables.observations(releaseId);
        db.sql("drop table if exists " + partition).update();
        db.sql("alter table " + next + " rename to " + partition.substring("data.".length()))
                .update();
        db.sql("alter table data.observations attach partition " + partition + " for values in (" + releaseId + ")")
                .update();
    }

    private static String next(long releaseId) {
        return ReleaseTables.observations(releaseId) + "_next";
    }

    /** A stored cell to publish without its value, with its {@code CONF_STATUS}. */
    record Suppressed(int series, String period, String status) {}

    /** Drops the release's partition: a draft whose new upload is record-level has no observations. */
    void dropPartition(long releaseId) {
        db.sql("drop table if exists " + ReleaseTables.observations(releaseId)).update();
    }

    /** Forgets the original values: once a release is out, only what was published is kept. */
    void forgetOriginals(long releaseId) {
        db.sql("drop table if exists " + ReleaseTables.originals(releaseId)).update();
    }

    private static String contributors(List<Column> structure) {
        return structure.stream()
                .filter(c -> c.role() == Role.CONTRIBUTORS)
                .findFirst()
                .map(c -> "nullif(t." + StagedRows.column(c.position()) + ", '')::double precision::int")
                .orElse("null::int");
    }

    private static String largest(List<Column> structure) {
        List<String> columns = structure.stream()
                .filter(c -> c.role() == Role.LARGEST)
                .map(c -> "nullif(t." + StagedRows.column(c.position()) + ", '')::double precision")
                .toList();
        return columns.isEmpty()
                ? "null::double precision[]"
                : "array_remove(array[" + String.join(", ", columns) + "], null)";
    }

    /**
     * Gives this transaction's sorts, hashes and index builds the memory of a bulk load ({@code SET LOCAL}: the
     * connection goes back to the pool with its defaults, 4 MB and 64 MB, which make millions of rows sort on disk in
     * many passes).
     */
    private void bulkMemory() {
        db.sql("set local work_mem = '128MB'").update();
        db.sql("set local maintenance_work_mem = '256MB'").update();
    }
}
