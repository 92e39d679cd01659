package org.statcommons.data.ingest;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.postgresql.copy.CopyIn;

/**
 * Gathers a confirmed upload's cells into its series while validation reads the staged rows, as the store would write
 * them (the originals: a row per series, its cells in arrays by period), and sends each series once, typed, by a binary
 * {@code COPY} ({@link UploadSeries}). A file gives each series' rows together (most do), so only the current series is
 * held. It gives up — and the store then works from the staged rows in SQL, as before — when a series comes back later
 * in the file, a key repeats, a series is too large to hold, a problem is found, or a value would not convert as
 * PostgreSQL converts it in the SQL store (so that both ways store the same, or refuse the same).
 */
final class SeriesGatherer {

    /** The most distinct series and periods remembered (their codes are held as texts). */
    static final int MOST_SERIES = 200_000;

    /** The most cells of one series held at once, and the most bytes of their texts: past them, SQL stores. */
    static final int MOST_CELLS = 1_000_000;

    static final long MOST_BYTES = 64L * 1024 * 1024;

    private static final byte[] NAN = "NaN".getBytes(StandardCharsets.US_ASCII);

    /** PostgreSQL's binary dates count days from 2000-01-01. */
    private static final long POSTGRES_EPOCH_DAY = 10_957;

    /** A distinct period: its text as staged and its first and last days (PostgreSQL's day numbers). */
    private record Period(byte[] text, int start, int end) {}

    private final int[] dimensions;
    private final int time;
    private final int[] measures;
    private final byte[][] measureNames;
    private final int[] attributes;
    private final int addedStatuses;
    private final int contributors;
    private final int[] largest;
    private final BooleanSupplier clean;
    private final BinaryCopyWriter out;

    private final Set<String> seen = new HashSet<>();
    private final Map<String, Period> periods = new HashMap<>();
    private final byte[][] currentKey;
    private byte[][] seriesKey;
    private byte[] lastPeriodText;
    private Period lastPeriod;
    private int series;
    private boolean given;

    private int cells;
    private long bytes;
    private Period[] cellPeriods = new Period[1024];
    private double[][] values;
    private boolean[][] missing;
    private byte[][][] attributeValues;
    private int[] contributorCounts = new int[1024];
    private boolean[] noContributors = new boolean[1024];
    private double[][] largestValues;
    private boolean[][] noLargest;

    /** Gathers for this structure (a table's: a time and at least one measure), writing to {@code copy}. */
    SeriesGatherer(List<Column> structure, CopyIn copy, BooleanSupplier clean) {
        dimensions = positions(structure, Role.DIMENSION);
        time = structure.stream()
                .filter(c -> c.role() == Role.TIME)
                .findFirst()
                .orElseThrow()
                .position();
        measures = positions(structure, Role.MEASURE);
        measureNames = structure.stream()
                .filter(c -> c.role() == Role.MEASURE)
                .map(c -> c.name().getBytes(StandardCharsets.UTF_8))
                .toArray(byte[][]::new);
        attributes = positions(structure, Role.ATTRIBUTE);
        List<String> names = structure.stream()
                .filter(c -> c.role() == Role.ATTRIBUTE)
                .map(Column::name)
                .toList();
        addedStatuses =
                (names.contains(Observations.OBS_STATUS) ? 0 : 1) + (names.contains(Observations.CONF_STATUS) ? 0 : 1);
        int[] counts = positions(structure, Role.CONTRIBUTORS);
        contributors = counts.length == 0 ? -1 : counts[0];
        largest = positions(structure, Role.LARGEST);
        this.clean = clean;
        out = new BinaryCopyWriter(copy);
        currentKey = new byte[dimensions.length][];
        values = new double[measures.length][1024];
        missing = new boolean[measures.length][1024];
        attributeValues = new byte[attributes.length][1024][];
        largestValues = new double[largest.length][1024];
        noLargest = new boolean[largest.length][1024];
    }

    private static int[] positions(List<Column> structure, Role role) {
        return structure.stream()
                .filter(c -> c.role() == role)
                .mapToInt(Column::position)
                .toArray();
    }

    /** The columns of the table {@link #row} fills, for its {@code CREATE TABLE}. */
    static String columns() {
        return "series int not null, key text[] not null, cells int not null, periods text[], period_starts date[],"
                + " period_ends date[], obs_values double precision[], attributes text[], contributors int[],"
                + " largest double precision[]";
    }

    /** Starts the binary {@code COPY}'s stream. */
    void begin() throws SQLException {
        out.header();
    }

    /** Adds a row's cells; false once gathering has given up (the rest of the file is then not looked at). */
    boolean add(StagedLine line) throws SQLException {
        if (!clean.getAsBoolean()) {
            return false; // a problem: nothing is stored while one remains (and its value may not even read)
        }
        if (!sameSeries(line)) {
            if (cells > 0 && !flush()) {
                return false;
            }
            String key = Arrays.stream(dimensions).mapToObj(line::text).collect(Collectors.joining("\0"));
            if (seen.size() >= MOST_SERIES || !seen.add(key)) {
                return false; // a series back later in the file, or too many to remember
            }
            seriesKey = currentKey.clone(); // the row's codes, now the series'
        }
        Period period = period(line);
        if (period == null) {
            return false;
        }
        if (cells == cellPeriods.length) {
            grow();
        }
        if (cells >= MOST_CELLS) {
            return false;
        }
        cellPeriods[cells] = period;
        for (int m = 0; m < measures.length; m++) {
            int position = measures[m];
            if (line.isEmpty(position) || line.holds(position, NAN)) {
                missing[m][cells] = true;
            } else {
                double value = number(line, position);
                if (Double.isNaN(value)) {
                    return false;
                }
                missing[m][cells] = false;
                values[m][cells] = value;
            }
        }
        for (int a = 0; a < attributes.length; a++) {
            int position = attributes[a];
            byte[] previous = cells == 0 ? null : attributeValues[a][cells - 1];
            if (line.isEmpty(position)) {
                attributeValues[a][cells] = null;
            } else if (previous != null && line.holds(position, previous)) {
                attributeValues[a][cells] = previous; // shared: a status or footnote repeats down a series
            } else {
                attributeValues[a][cells] = line.bytes(position);
                bytes += attributeValues[a][cells].length;
            }
        }
        if (contributors >= 0) {
            noContributors[cells] = line.isEmpty(contributors);
            if (!noContributors[cells]) {
                // PostgreSQL's ::double precision::int: rounded half to even, refused when NaN or out of range
                double count = line.holds(contributors, NAN) ? Double.NaN : Math.rint(number(line, contributors));
                if (Double.isNaN(count) || count < Integer.MIN_VALUE || count > Integer.MAX_VALUE) {
                    return false;
                }
                contributorCounts[cells] = (int) count;
            }
        }
        for (int l = 0; l < largest.length; l++) {
            int position = largest[l];
            noLargest[l][cells] = line.isEmpty(position);
            if (!noLargest[l][cells]) {
                double value = line.holds(position, NAN) ? Double.NaN : number(line, position);
                if (Double.isNaN(value)) {
                    return false;
                }
                largestValues[l][cells] = value;
            }
        }
        cells++;
        return bytes <= MOST_BYTES;
    }

    /** Sends the last series and ends the {@code COPY}; false when gathering gave up at the end. */
    boolean finish() throws SQLException {
        boolean done = cells == 0 || flush();
        out.end();
        return done;
    }

    /** Ends the {@code COPY} after giving up (the rows sent are kept until the table is dropped, next). */
    void abandon() throws SQLException {
        out.end();
    }

    /** Cancels the {@code COPY} when validation failed: the transaction is rolled back. */
    void cancel() {
        out.cancel();
    }

    private boolean sameSeries(StagedLine line) {
        boolean same = given;
        for (int i = 0; i < dimensions.length; i++) {
            if (currentKey[i] == null || !line.holds(dimensions[i], currentKey[i])) {
                currentKey[i] = line.bytes(dimensions[i]);
                same = false;
            }
        }
        given = true;
        return same;
    }

    private Period period(StagedLine line) {
        if (lastPeriodText != null && line.holds(time, lastPeriodText)) {
            return lastPeriod;
        }
        String text = line.text(time);
        Period period = periods.get(text);
        if (period == null) {
            var span = Periods.of(text);
            if (span.isEmpty() || periods.size() >= MOST_SERIES) {
                return null;
            }
            period = new Period(line.bytes(time), (int) (span.get().start().toEpochDay() - POSTGRES_EPOCH_DAY), (int)
                    (span.get().end().toEpochDay() - POSTGRES_EPOCH_DAY));
            periods.put(text, period);
        }
        lastPeriodText = period.text();
        lastPeriod = period;
        return period;
    }

    /**
     * A number as validation lets it through, read as PostgreSQL reads it: NaN (give up) where PostgreSQL would refuse
     * it as out of range, too large or too small but not zero.
     */
    private static double number(StagedLine line, int position) {
        String text = line.text(position);
        double value = Double.parseDouble(text);
        if (Double.isInfinite(value)) {
            return Double.NaN;
        }
        if (value == 0) {
            int exponent = Math.max(text.indexOf('e'), text.indexOf('E'));
            String mantissa = exponent < 0 ? text : text.substring(0, exponent);
            if (mantissa.chars().anyMatch(c -> c >= '1' && c <= '9')) {
                return Double.NaN;
            }
        }
        return value;
    }

    private void grow() {
        int size = cellPeriods.length * 2;
        cellPeriods = Arrays.copyOf(cellPeriods, size);
        for (int m = 0; m < measures.length; m++) {
            values[m] = Arrays.copyOf(values[m], size);
            missing[m] = Arrays.copyOf(missing[m], size);
        }
        for (int a = 0; a < attributes.length; a++) {
            attributeValues[a] = Arrays.copyOf(attributeValues[a], size);
        }
        contributorCounts = Arrays.copyOf(contributorCounts, size);
        noContributors = Arrays.copyOf(noContributors, size);
        for (int l = 0; l < largest.length; l++) {
            largestValues[l] = Arrays.copyOf(largestValues[l], size);
            noLargest[l] = Arrays.copyOf(noLargest[l], size);
        }
    }

    /**
     * Sends the current series (one row per measure) in the store's order of cells — by first day, then by period —
     * and forgets it; false when a period repeats (a duplicate key, which validation names) or a problem was found.
     */
    private boolean flush() throws SQLException {
        if (!clean.getAsBoolean()) {
            return false;
        }
        int[] order = order();
        for (int i = 1; i < cells; i++) {
            if (cellPeriods[order[i]] == cellPeriods[order[i - 1]]) {
                return false;
            }
        }
        for (int m = 0; m < measures.length; m++) {
            row(m, order);
        }
        cells = 0;
        bytes = 0;
        return true;
    }

    private int[] order() {
        int[] order = new int[cells];
        boolean sorted = true;
        for (int i = 0; i < cells; i++) {
            order[i] = i;
            if (i > 0 && compare(i - 1, i) > 0) {
                sorted = false;
            }
        }
        if (!sorted) {
            order = Arrays.stream(order)
                    .boxed()
                    .sorted(this::compare)
                    .mapToInt(Integer::intValue)
                    .toArray();
        }
        return order;
    }

    private int compare(int a, int b) {
        Period x = cellPeriods[a];
        Period y = cellPeriods[b];
        int byDay = Integer.compare(x.start(), y.start());
        return byDay != 0 ? byDay : Arrays.compareUnsigned(x.text(), y.text());
    }

    /** One row of the table: the series (numbered in the file's order), its key, its cells' arrays. */
    private void row(int measure, int[] order) throws SQLException {
        series++;
        List<byte[]> key = new ArrayList<>(Arrays.asList(seriesKey));
        if (measures.length > 1) {
            key.add(measureNames[measure]);
        }
        out.fields(10);
        out.int4Field(series);
        out.textArray(key);
        out.int4Field(cells);
        out.textArray(order, i -> cellPeriods[i].text());
        out.intArray(BinaryCopyWriter.DATE, order, i -> cellPeriods[i].start(), null);
        out.intArray(BinaryCopyWriter.DATE, order, i -> cellPeriods[i].end(), null);
        out.doubleArray(order, values[measure], missing[measure]);
        byte[][][] rows = new byte[attributes.length + addedStatuses][][];
        System.arraycopy(attributeValues, 0, rows, 0, attributes.length);
        out.textRows(rows, order);
        if (contributors < 0) {
            out.nullField();
        } else {
            out.intArray(BinaryCopyWriter.INT4, order, i -> contributorCounts[i], noContributors);
        }
        if (largest.length == 0) {
            out.nullField();
        } else {
            out.doubleRows(largestValues, noLargest, order);
        }
    }
}
