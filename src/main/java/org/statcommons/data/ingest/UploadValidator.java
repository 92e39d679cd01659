package org.statcommons.data.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Validates an upload's staged rows against its structure in one pass in Java, as they stream out of PostgreSQL: the
 * types of measures, the codes of dimensions, the periods, and the keys repeated (a set of primitive longs, series ×
 * period, {@value #MOST_KEYS} keys at most; a file with more, or with too many distinct series or periods to number,
 * and any file where a repeated key is found, has its repeated keys named in SQL instead). Each check keeps its first
 * {@link UploadProblems#KEPT} problems by line and counts them all; the problems found replace the earlier ones.
 */
@Component
class UploadValidator {

    /** The most keys counted in Java: 128 MB of heap for the set (three quarters full at most). */
    static final int MOST_KEYS = 12_000_000;

    /** The most distinct series or periods numbered in Java (their keys are held as texts). */
    private static final int MOST_NUMBERED = 200_000;

    /** The most distinct values of a column whose verdict is kept, so that a check of a code runs once per code. */
    private static final int MOST_REMEMBERED = 10_000;

    private static final byte[] NAN = "NaN".getBytes(StandardCharsets.US_ASCII);

    private final StagedRows staged;
    private final UploadProblems problems;
    private final UploadSeries series;

    /** One validation holds the large set of keys at a time: two at once would fill the heap. */
    private final Semaphore keySet = new Semaphore(1);

    UploadValidator(StagedRows staged, UploadProblems problems, UploadSeries series) {
        this.staged = staged;
        this.problems = problems;
        this.series = series;
    }

    /** Checks every row again; returns how many problems there are. */
    long validate(long uploadId, long rows, List<Column> structure) {
        List<Tally> tallies = new ArrayList<>();
        List<ColumnCheck> checks = new ArrayList<>();
        List<Column> keys = new ArrayList<>();
        Column time = null;
        boolean measure = false;
        for (Column column : structure) {
            switch (column.role()) {
                case MEASURE, CONTRIBUTORS, LARGEST -> {
                    measure |= column.role() == Role.MEASURE;
                    checks.add(new NumberCheck(column, new Tally(column.name(), "not-number"), tallies));
                }
                case TIME -> {
                    time = column;
                    keys.add(column);
                }
                case DIMENSION -> {
                    keys.add(column);
                    checks.add(new CodeCheck(column, tallies));
                }
                default -> {}
            }
        }
        List<Column> dimensions =
                keys.stream().filter(k -> k.role() == Role.DIMENSION).toList();
        PeriodCheck periods = time == null ? null : new PeriodCheck(time, tallies);
        boolean countKeys = !keys.isEmpty() && rows <= MOST_KEYS;
        if (countKeys) {
            keySet.acquireUninterruptibly();
        }
        // a table's cells gathered into series in the same pass, for the store (replacing an earlier confirmation's);
        // not for records, nor for a structure that validation refuses whole
        UploadSeries.Gathering gathering = time == null || !measure || Records.recordLevel(structure)
                ? null
                : series.gather(uploadId, structure, () -> clean(tallies));
        if (gathering == null) {
            series.drop(uploadId); // an earlier confirmation's series, gathered for another structure
        }
        boolean[] gathered = {gathering != null};
        boolean[] ended = {gathering == null};
        try {
            KeyCounter counter = countKeys ? new KeyCounter(dimensions, rows) : null;
            staged.read(uploadId, line -> {
                for (ColumnCheck check : checks) {
                    check.check(line);
                }
                int period = periods == null ? 0 : periods.check(line);
                if (counter != null) {
                    counter.count(line, period);
                }
                if (gathered[0]) {
                    gathered[0] = gathering.add(line);
                }
            });
            if (gathering != null) {
                ended[0] = true; // end() releases the connection whatever happens: no cancel after it
                gathering.end();
            }
            boolean numbered = periods == null || periods.numbered();
            List<Problem> kept = new ArrayList<>();
            List<UploadProblems.Total> totals = new ArrayList<>();
            for (Tally tally : tallies) {
                if (tally.total > 0) {
                    kept.addAll(tally.kept);
                    totals.add(new UploadProblems.Total(tally.column, tally.kind, tally.total));
                }
            }
            boolean records = Records.recordLevel(structure);
            for (String whole : List.of("no-time", "no-measure")) {
                if ((whole.equals("no-time") ? time == null : !measure) && !records) {
                    kept.add(new Problem(1, "", whole, ""));
                    totals.add(new UploadProblems.Total("", whole, 1));
                }
            }
            problems.replace(uploadId, kept, totals);
            if (!keys.isEmpty() && (counter == null || !numbered || !counter.unique())) {
                problems.duplicates(uploadId, keys);
            }
        } finally {
            if (!ended[0]) {
                gathering.cancel();
            }
            if (countKeys) {
                keySet.release();
            }
        }
        long count = problems.count(uploadId);
        if (count > 0) {
            series.drop(uploadId); // nothing is stored while a problem remains
        }
        return count;
    }

    /** Whether no check has found a problem so far: looked at on every row, so a loop, not a stream. */
    private static boolean clean(List<Tally> tallies) {
        for (int i = 0; i < tallies.size(); i++) {
            if (tallies.get(i).total > 0) {
                return false;
            }
        }
        return true;
    }

    /** The problems of one kind in one column: the first by line, and how many. */
    private static final class Tally {
        final String column;
        final String kind;
        final PriorityQueue<Problem> kept =
                new PriorityQueue<>(Comparator.comparingLong(Problem::line).reversed());
        long total;

        Tally(String column, String kind) {
            this.column = column;
            this.kind = kind;
        }

        void add(StagedLine line, int position) {
            total++;
            if (kept.size() < UploadProblems.KEPT || kept.peek().line() > line.line()) {
                kept.add(new Problem(line.line(), column, kind, left(line.text(position), 200)));
                if (kept.size() > UploadProblems.KEPT) {
                    kept.poll();
                }
            }
        }

        private static String left(String value, int characters) {
            return value.codePointCount(0, value.length()) <= characters
                    ? value
                    : value.substring(0, value.offsetByCodePoints(0, characters));
        }
    }

    private interface ColumnCheck {
        void check(StagedLine line);
    }

    /** A measure (or a contribution): empty, {@code NaN} or a number. */
    private record NumberCheck(Column column, Tally tally) implements ColumnCheck {

        NumberCheck(Column column, Tally tally, List<Tally> tallies) {
            this(column, tally);
            tallies.add(tally);
        }

        @Override
        public void check(StagedLine line) {
            int position = column.position();
            if (!line.isEmpty(position) && !line.isNumber(position) && !line.holds(position, NAN)) {
                tally.add(line, position);
            }
        }
    }

    /** A dimension's code: not empty, and one of its code list's (or matching its pattern) when it has one. */
    private static final class CodeCheck implements ColumnCheck {
        private final int position;
        private final CodeList codeList;
        private final Set<String> codes;
        private final Pattern pattern;
        private final Tally empty;
        private final Tally unknown;
        private final Map<String, Boolean> known = new HashMap<>();
        private byte[] last;
        private boolean lastKnown;

        CodeCheck(Column column, List<Tally> tallies) {
            position = column.position();
            codeList = column.codeList();
            codes = new HashSet<>(codeList.codes());
            pattern = codeList.pattern() == null ? null : Pattern.compile(codeList.pattern());
            empty = new Tally(column.name(), "empty-code");
            unknown = new Tally(column.name(), "unknown-code");
            tallies.add(empty);
            tallies.add(unknown);
        }

        @Override
        public void check(StagedLine line) {
            if (line.isEmpty(position)) {
                empty.add(line, position);
                return;
            }
            if (codes.isEmpty() && pattern == null) {
                return;
            }
            if (last == null || !line.holds(position, last)) {
                last = line.bytes(position);
                String code = line.text(position);
                Boolean verdict = known.get(code);
                if (verdict == null) {
                    verdict = pattern == null
                            ? codes.contains(code)
                            : pattern.matcher(code).find();
                    if (known.size() < MOST_REMEMBERED) {
                        known.put(code, verdict);
                    }
                }
                lastKnown = verdict;
            }
            if (!lastKnown) {
                unknown.add(line, position);
            }
        }
    }

    /**
     * The period: not empty, and a period SDMX writes. Each distinct period is checked once and numbered (bad ones too:
     * a key compares the period as written), twice its number plus one when bad; -1 once there are too many to number.
     */
    private static final class PeriodCheck {
        private final int position;
        private final Tally empty;
        private final Tally bad;
        private final Map<String, Integer> numbers = new HashMap<>();
        private boolean numbered = true;
        private byte[] last;
        private int lastNumber;

        PeriodCheck(Column column, List<Tally> tallies) {
            position = column.position();
            empty = new Tally(column.name(), "empty-code");
            bad = new Tally(column.name(), "bad-period");
            tallies.add(empty);
            tallies.add(bad);
        }

        /** Checks the row's period and returns its number (-1 when the periods are too many to number). */
        int check(StagedLine line) {
            if (last == null || !line.holds(position, last)) {
                last = line.bytes(position);
                String period = line.text(position);
                Integer known = numbers.get(period);
                if (known == null) {
                    boolean wrong = !period.isEmpty() && Periods.of(period).isEmpty();
                    known = numbers.size() * 2 + (wrong ? 1 : 0);
                    if (numbers.size() < MOST_NUMBERED) {
                        numbers.put(period, known);
                    } else {
                        numbered = false;
                    }
                }
                lastNumber = known;
            }
            if (line.isEmpty(position)) {
                empty.add(line, position);
            } else if ((lastNumber & 1) == 1) {
                bad.add(line, position);
            }
            return numbered ? lastNumber >> 1 : -1;
        }

        boolean numbered() {
            return numbered;
        }
    }

    /**
     * Counts the keys (series, then period) in a set of primitive longs: a key seen twice is a duplicate, which SQL then
     * names by its lines. The series are numbered by their codes (held as one text each).
     */
    private static final class KeyCounter {
        private final int[] positions;
        private final byte[][] last;
        private final Map<String, Integer> series = new LinkedHashMap<>();
        private final long[] set;
        private final int mask;
        private int lastSeries;
        private boolean unique = true;

        KeyCounter(List<Column> dimensions, long rows) {
            positions = dimensions.stream().mapToInt(Column::position).toArray();
            last = new byte[positions.length][];
            int capacity = Integer.highestOneBit((int) Math.max(16, rows + rows / 3)) * 2;
            set = new long[capacity];
            mask = capacity - 1;
        }

        void count(StagedLine line, int period) {
            if (!unique) {
                return;
            }
            if (!sameSeries(line)) {
                String key =
                        java.util.Arrays.stream(positions).mapToObj(line::text).collect(Collectors.joining("\0"));
                Integer number = series.get(key);
                if (number == null) {
                    if (series.size() >= MOST_NUMBERED) {
                        unique = false; // too many to number: SQL looks for repeated keys
                        return;
                    }
                    number = series.size();
                    series.put(key, number);
                }
                lastSeries = number;
            }
            if (period < 0) {
                unique = false; // too many periods to number: SQL looks for repeated keys
                return;
            }
            long key = ((long) lastSeries << 32 | period) + 1;
            int slot = (int) (mix(key) & mask);
            while (set[slot] != 0) {
                if (set[slot] == key) {
                    unique = false;
                    return;
                }
                slot = (slot + 1) & mask;
            }
            set[slot] = key;
        }

        private boolean sameSeries(StagedLine line) {
            boolean same = last.length == 0 || last[0] != null;
            for (int i = 0; i < positions.length; i++) {
                if (last[i] == null || !line.holds(positions[i], last[i])) {
                    last[i] = line.bytes(positions[i]);
                    same = false;
                }
            }
            return same;
        }

        private static long mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return h ^ (h >>> 29);
        }

        boolean unique() {
            return unique;
        }
    }
}
