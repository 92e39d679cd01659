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
 * with a small number) and its observations, one row per series in a partition of their own ({@code
 * data.observation_series_<release>}): the series' periods (with their first and last days), values and attributes in
 * arrays in the order of the periods. A release of 10 million observations in 10,000 series is 10,000 rows, written
 * once; readers {@code unnest} them into one row per observation, so that a slice by codes reads only its series' rows
 * and the whole release streams out of one table in the order it was stored.
 */
@Repository
class Observations {

    private final JdbcClient db;
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final UploadSeries uploadSeries;

    Observations(JdbcClient db, JdbcTemplate jdbc, DataSource dataSource, UploadSeries uploadSeries) {
        this.db = db;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.uploadSeries = uploadSeries;
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
     * Stores a validated upload as the release's observations, then drops its staged rows: from its series gathered
     * at validation when there are ({@link UploadSeries}), else from the staged rows in SQL. Periods are given with
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
        if (uploadSeries.exists(uploadId)) {
            long stored = uploadSeries.becomeOriginals(releaseId, uploadId);
            db.sql("drop table if exists " + staged).update();
            return stored;
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
        statuses.forEach(status -> attributeValues.add("null::text"));
        // the originals (with the contributions of a magnitude table) go apart, where no channel reads them: one row
        // per series, its cells in arrays by period (one sort of the staged rows by series and period, then each
        // series' arrays built in that order by aggregates that share it)
        bulkMemory();
        db.sql("create table " + ReleaseTables.originals(releaseId) + " as select s.series, count(*)::int as cells, "
                        + ordered("t.period") + " as periods, " + ordered("t.start_day") + " as period_starts, "
                        + ordered("t.end_day") + " as period_ends, " + ordered("t.value") + " as obs_values, "
                        + rows(attributeValues.size(), "t.a") + " as attributes, "
                        + (contributors(structure) == null ? "null::int[]" : ordered("t.contributors"))
                        + " as contributors, " + rows(largest(structure).size(), "t.l") + " as largest from (select "
                        + key + " as key, " + timeColumn + " as period, p.start_day, p.end_day, case when m.value in"
                        + " ('', 'NaN') then null else m.value::double precision end as value, "
                        + numbered(attributeValues, "a") + ", "
                        + (contributors(structure) == null ? "null::int" : contributors(structure))
                        + " as contributors, " + numbered(largest(structure), "l") + " from " + from
                        + " join unnest(:periods::text[], :starts::date[], :ends::date[]) p(period, start_day, end_day)"
                        + " on p.period = " + timeColumn + ") t join data.store_series s on s.release_id = "
                        + releaseId + " and s.key = t.key group by s.series order by s.series")
                .param("periods", periods.toArray(String[]::new))
                .param("starts", starts.toArray(Date[]::new))
                .param("ends", ends.toArray(Date[]::new))
                .update();
        long stored = db.sql("select coalesce(sum(cells), 0) from " + ReleaseTables.originals(releaseId))
                .query(Long.class)
                .single();
        db.sql("drop table if exists " + staged).update();
        return stored;
    }

    /**
     * A series' cells of one column as an array, in the order of the originals: by period (its first day, then its
     * code, for two periods that start on the same day), the same order for every column.
     */
    private static String ordered(String column) {
        return "array_agg(" + column + " order by t.start_day, t.period)";
    }

    /**
     * Several columns' arrays as one two-dimensional array, a row per column ({@code prefix1…prefixN}), or null when
     * there is none: each row is read whole by a slice ({@code [i:i]}), which {@code unnest} walks in step with the
     * periods and values.
     */
    private static String rows(int count, String prefix) {
        if (count == 0) {
            return "null::" + (prefix.endsWith("a") ? "text[]" : "double precision[]");
        }
        List<String> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            rows.add(ordered(prefix + i));
        }
        return "array[" + String.join(", ", rows) + "]";
    }

    /** Expressions named {@code prefix1…prefixN}, for the select list (a constant when there is none). */
    private static String numbered(List<String> expressions, String prefix) {
        if (expressions.isEmpty()) {
            return "null as " + prefix + "0";
        }
        List<String> named = new ArrayList<>();
        for (int i = 0; i < expressions.size(); i++) {
            named.add(expressions.get(i) + " as " + prefix + (i + 1));
        }
        return String.join(", ", named);
    }

    /**
     * The {@code unnest} of a row's arrays into one row per cell ({@code e}: period, period_start, period_end, value,
     * a1…a{@code attributes}, n its place in the series), in the series' order.
     */
    private static String cells(String alias, int attributes) {
        StringBuilder sql = new StringBuilder("unnest(")
                .append(alias)
                .append(".periods, ")
                .append(alias)
                .append(".period_starts, ")
                .append(alias)
                .append(".period_ends, ")
                .append(alias)
                .append(".obs_values");
        StringBuilder names = new StringBuilder("period, period_start, period_end, value");
        for (int i = 1; i <= attributes; i++) {
            // spaces around the slice's colon: without them JdbcClient takes ":1" for a named parameter
            sql.append(", ")
                    .append(alias)
                    .append(".attributes[")
                    .append(i)
                    .append(" : ")
                    .append(i)
                    .append(']');
            names.append(", a").append(i);
        }
        return sql.append(") with ordinality e(").append(names).append(", n)").toString();
    }

    /** How many attributes the release's observations have (its components' count). */
    private int attributeCount(long releaseId) {
        return db.sql("select count(*)::int from data.store_components where release_id = ? and role = 'ATTRIBUTE'")
                .param(releaseId)
                .query(Integer.class)
                .single();
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
        int attributeCount = attributeCount(releaseId);
        StringBuilder sql = new StringBuilder("select s.key, e.period, e.value");
        for (int i = 1; i <= attributeCount; i++) {
            sql.append(", e.a").append(i);
        }
        sql.append(" from data.observation_series o join data.store_series s on s.release_id = o.release_id and"
                        + " s.series = o.series")
                .append(" cross join lateral ")
                .append(cells("o", attributeCount))
                .append(" where o.release_id = ?");
        List<Object> params = new ArrayList<>();
        params.add(releaseId);
        if (series != null) {
            sql.append(" and o.series = any(?)");
            params.add(series.toArray(Integer[]::new));
        }
        if (from != null) {
            sql.append(" and e.period_end >= ?");
            params.add(Date.valueOf(from));
        }
        if (to != null) {
            sql.append(" and e.period_start <= ?");
            params.add(Date.valueOf(to));
        }
        sql.append(" order by o.series, e.n");
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
                    String[] attributes = new String[attributeCount];
                    for (int i = 0; i < attributeCount; i++) {
                        attributes[i] = rs.getString(4 + i);
                    }
                    consumer.accept(new Observation(
                            List.of((String[]) rs.getArray(1).getArray()),
                            rs.getString(2),
                            boxed,
                            java.util.Arrays.asList(attributes)));
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
        // the arrays unnested in the select list, in step (a third faster than a lateral unnest in the FROM clause,
        // which puts each series' cells in a tuple store first)
        columns.add("unnest(o.periods)");
        columns.add("unnest(o.obs_values)");
        for (int i = 1; i <= layout.attributes().size(); i++) {
            columns.add("unnest(o.attributes[" + i + " : " + i + "])");
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
        String originals = ReleaseTables.originals(releaseId);
        int largest = db.sql("select coalesce(max(array_length(largest, 1)), 0) from " + originals)
                .query(Integer.class)
                .single();
        StringBuilder sql = new StringBuilder("select o.series, s.key, e.period, e.value, e.contributors");
        StringBuilder arrays = new StringBuilder("o.periods, o.obs_values, o.contributors");
        StringBuilder names = new StringBuilder("period, value, contributors");
        for (int i = 1; i <= largest; i++) {
            sql.append(", e.l").append(i);
            arrays.append(", o.largest[").append(i).append(" : ").append(i).append(']');
            names.append(", l").append(i);
        }
        sql.append(" from ")
                .append(originals)
                .append(" o join data.store_series s on s.release_id = ")
                .append(releaseId)
                .append(" and s.series = o.series cross join lateral unnest(")
                .append(arrays)
                .append(") e(")
                .append(names)
                .append(") order by e.period, o.series");
        jdbc.query(
                con -> {
                    var ps = con.prepareStatement(sql.toString());
                    ps.setFetchSize(10_000);
                    return ps;
                },
                rs -> {
                    double value = rs.getDouble(4);
                    Double boxed = rs.wasNull() ? null : value;
                    int contributors = rs.getInt(5);
                    Integer count = rs.wasNull() ? null : contributors;
                    double[] contributions = new double[largest];
                    int given = 0;
                    for (int i = 0; i < largest; i++) {
                        double contribution = rs.getDouble(6 + i);
                        if (!rs.wasNull()) {
                            contributions[given++] = contribution;
                        }
                    }
                    consumer.accept(new Original(
                            rs.getInt(1),
                            List.of((String[]) rs.getArray(2).getArray()),
                            rs.getString(3),
                            boxed,
                            count,
                            java.util.Arrays.copyOf(contributions, given)));
                });
    }

    /** Whether any original cell has its contributors: the release's tables are magnitude tables. */
    boolean hasContributions(long releaseId) {
        return db.sql("select exists (select 1 from " + ReleaseTables.originals(releaseId) + " o where"
                        + " o.contributors is not null and exists (select 1 from unnest(o.contributors) c where c is"
                        + " not null))")
                .query(Boolean.class)
                .single();
    }

    /**
     * Replaces the partition's rows with what may be published, written once from the originals, a row per series
     * in the order stored (the whole release streams out in that order): the original values (rounded to a multiple
     * of {@code roundingBase} when above 1, halves up, as {@code DisclosureReport.published} does), {@code OBS_STATUS}
     * where the file said nothing "A" (CL_OBS_STATUS: normal) or, for a value the file left empty, "O" (missing), and
     * the suppressed cells without a value, with {@code OBS_STATUS} "Q" and their {@code CONF_STATUS}. Each series'
     * arrays are rebuilt from its own cells: no sort, no pass over other series.
     */
    void publish(long releaseId, List<Suppressed> suppressed, int roundingBase) {
        List<String> attributes = Layout.of(components(releaseId)).attributes().stream()
                .map(Column::name)
                .toList();
        List<String> published = new ArrayList<>();
        for (int i = 1; i <= attributes.size(); i++) {
            String original = "e.a" + i;
            published.add(
                    switch (attributes.get(i - 1)) {
                        case OBS_STATUS ->
                            "case when u.series is not null then 'Q' when " + original + " is not null then " + original
                                    + " when e.value is null then 'O' else 'A' end";
                        case CONF_STATUS -> "case when u.series is not null then u.status else " + original + " end";
                        default -> original;
                    });
        }
        String value = roundingBase > 1 ? "floor(e.value / " + roundingBase + " + 0.5) * " + roundingBase : "e.value";
        String cells =
                published.stream().map(p -> "array_agg(" + p + " order by e.n)").collect(Collectors.joining(", "));
        String suppressedCells = suppressed.isEmpty()
                ? "(select null::int as series, null::text as period, null::text as status where false)"
                : "(select series, period, min(status) as status from unnest(:series::int[], :periods::text[],"
                        + " :statuses::text[]) u(series, period, status) group by series, period)";
        JdbcClient.StatementSpec fill = db.sql("with u as materialized " + suppressedCells + " insert into "
                + next(releaseId) + " (release_id, series, periods, period_starts, period_ends, obs_values,"
                + " attributes) select " + releaseId + ", o.series, o.periods, o.period_starts, o.period_ends,"
                + " p.obs_values, p.attributes from (select * from " + ReleaseTables.originals(releaseId)
                + " order by series) o cross join lateral (select array_agg(case when u.series is null then " + value
                + " end order by e.n) as obs_values, " + (published.isEmpty() ? "null::text[]" : "array[" + cells + "]")
                + " as attributes from (select * from " + cells("o", attributes.size())
                + ") e left join u on u.series = o.series and u.period = e.period) p");
        if (!suppressed.isEmpty()) {
            fill = fill.param(
                            "series",
                            suppressed.stream().map(Suppressed::series).toArray(Integer[]::new))
                    .param(
                            "periods",
                            suppressed.stream().map(Suppressed::period).toArray(String[]::new))
                    .param(
                            "statuses",
                            suppressed.stream().map(Suppressed::status).toArray(String[]::new));
        }
        writePartition(releaseId, fill);
    }

    /**
     * Puts the original cells in the partition as uploaded, the originals' rows copied as they are (no array opened), in
     * their series' order (originals gathered at validation lie in the file's order; sorting 10,000 rows is nothing):
     * what a draft whose disclosure check refused, or whose rules are not chosen yet, shows its data team (nothing of
     * it can be released while the refusal stands).
     */
    void keepAsUploaded(long releaseId) {
        writePartition(
                releaseId,
                db.sql("insert into " + next(releaseId)
                        + " (release_id, series, periods, period_starts, period_ends, obs_values, attributes) select "
                        + releaseId + ", series, periods, period_starts, period_ends, obs_values, attributes from "
                        + ReleaseTables.originals(releaseId) + " order by series"));
    }

    /**
     * Writes the release's partition anew beside the old one, then swaps them at the end of the work: the new table is
     * filled a row per series in their order (the whole release streams out in that order) and given its key after
     * the fill; it is attached to {@code data.observation_series}, which locks out no reader, and only the old
     * partition's drop takes the partitioned table's exclusive lock, for the moment left before the transaction
     * commits. (Creating or truncating a partition at the start would make every reader of every release wait for the
     * whole store.)
     */
    private void writePartition(long releaseId, JdbcClient.StatementSpec fill) {
        String next = next(releaseId);
        bulkMemory();
        db.sql("drop table if exists " + next).update();
        db.sql("create table " + next + " (like data.observation_series, check (release_id = " + releaseId + "))")
                .update();
        fill.update();
        db.sql("create unique index on " + next + " (series)").update();
        // the arrays left out: their statistics would read every value of the release, and no plan uses them
        db.sql("analyze " + next + " (release_id, series)").update();
        String partition = ReleaseTables.observations(releaseId);
        db.sql("drop table if exists " + partition).update();
        db.sql("alter table " + next + " rename to " + partition.substring("data.".length()))
                .update();
        db.sql("alter table data.observation_series attach partition " + partition + " for values in (" + releaseId
                        + ")")
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

    /** The contributors' count of a cell, or null when the file has no such column. */
    private static String contributors(List<Column> structure) {
        return structure.stream()
                .filter(c -> c.role() == Role.CONTRIBUTORS)
                .findFirst()
                .map(c -> "nullif(t." + StagedRows.column(c.position()) + ", '')::double precision::int")
                .orElse(null);
    }

    /** The largest contributions of a cell, one expression per column of them. */
    private static List<String> largest(List<Column> structure) {
        return structure.stream()
                .filter(c -> c.role() == Role.LARGEST)
                .map(c -> "nullif(t." + StagedRows.column(c.position()) + ", '')::double precision")
                .toList();
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
