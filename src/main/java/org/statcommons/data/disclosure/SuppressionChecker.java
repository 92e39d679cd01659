package org.statcommons.data.disclosure;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Proves, independently of how cells were chosen, that no suppressed cell can be computed exactly from the published
 * ones. The attacker knows every published cell, that each total is the sum of its cells, and that no cell is
 * negative. A suppressed zero is taken as known to the attacker (which only makes the check stricter).
 *
 * <ul>
 *   <li>{@link #exposedExactly}: linear algebra. The suppressed non-zero cells are the unknowns of the sums of the
 *       table's lines; a cell is exposed when the sums determine it, that is when every solution of the homogeneous
 *       system leaves it unchanged. Because every unknown is positive, a small move along any such solution keeps the
 *       cells non-negative, so this is exactly the attacker's question. Cubic in the unknowns: for small tables.
 *   <li>{@link #exposedByHypercube}: for tables of any size. Every line must hold no suppressed cell or at least two,
 *       and every suppressed cell must be a corner of a hypercube of suppressed non-zero cells, whose alternating move
 *       changes it while keeping every sum: a proof that it cannot be computed. (The line rule alone is not enough in
 *       three dimensions.) A cell with no such hypercube is reported even when some wider pattern would protect it.
 * </ul>
 */
public final class SuppressionChecker {

    /** Up to this many unknowns the exact check is used; above it the hypercube check. */
    public static final int EXACT_LIMIT = 400;

    /** Hypercubes tried around one cell before it is reported as unproven. */
    private static final int MAX_TRIES = 200_000;

    /** What a check found: the method used and the cells it could not prove safe (indexes of the table). */
    public record Verdict(String method, List<Integer> exposed) {
        public Verdict {
            exposed = List.copyOf(exposed);
        }

        public boolean safe() {
            return exposed.isEmpty();
        }
    }

    /** The exact check for small tables, the hypercube check for large ones. */
    public Verdict check(Table table, BitSet suppressed) {
        int unknowns = 0;
        for (int i = suppressed.nextSetBit(0); i >= 0; i = suppressed.nextSetBit(i + 1)) {
            if (table.value(i) > 0) {
                unknowns++;
            }
        }
        return unknowns <= EXACT_LIMIT
                ? new Verdict("linear algebra", exposedExactly(table, suppressed))
                : new Verdict("lines and hypercubes", exposedByHypercube(table, suppressed));
    }

    /** The suppressed non-zero cells that the published cells and the table's sums determine. */
    public List<Integer> exposedExactly(Table table, BitSet suppressed) {
        int[] column = new int[table.cellCount()];
        List<Integer> unknowns = new ArrayList<>();
        for (int i = 0; i < column.length; i++) {
            column[i] = -1;
            if (suppressed.get(i) && table.value(i) > 0) {
                column[i] = unknowns.size();
                unknowns.add(i);
            }
        }
        int n = unknowns.size();
        if (n == 0) {
            return List.of();
        }
        List<double[]> rows = new ArrayList<>();
        for (int d = 0; d < table.dimensionCount(); d++) {
            int total = table.size(d) - 1;
            for (int cell = 0; cell < table.cellCount(); cell++) {
                if (table.position(cell, d) != total) {
                    continue;
                }
                double[] row = new double[n];
                boolean any = false;
                for (int p = 0; p <= total; p++) {
                    int member = table.moved(cell, d, p);
                    if (column[member] >= 0) {
                        row[column[member]] = p == total ? -1 : 1;
                        any = true;
                    }
                }
                if (any) {
                    rows.add(row);
                }
            }
        }
        int[] pivotRowOf = reduce(rows, n);
        List<Integer> exposed = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            int r = pivotRowOf[c];
            if (r < 0) {
                continue;
            }
            boolean determined = true;
            double[] row = rows.get(r);
            for (int other = 0; other < n && determined; other++) {
                if (pivotRowOf[other] < 0 && Math.abs(row[other]) > 1e-9) {
                    determined = false;
                }
            }
            if (determined) {
                exposed.add(unknowns.get(c));
            }
        }
        return exposed;
    }

    /** Gauss–Jordan elimination to reduced row echelon form; answers each column's pivot row, -1 for a free column. */
    private static int[] reduce(List<double[]> rows, int n) {
        int[] pivotRowOf = new int[n];
        java.util.Arrays.fill(pivotRowOf, -1);
        int rank = 0;
        for (int c = 0; c < n && rank < rows.size(); c++) {
            int pivot = -1;
            double largest = 1e-9;
            for (int r = rank; r < rows.size(); r++) {
                if (Math.abs(rows.get(r)[c]) > largest) {
                    largest = Math.abs(rows.get(r)[c]);
                    pivot = r;
                }
            }
            if (pivot < 0) {
                continue;
            }
            double[] row = rows.get(pivot);
            rows.set(pivot, rows.get(rank));
            rows.set(rank, row);
            double scale = row[c];
            for (int k = 0; k < n; k++) {
                row[k] /= scale;
            }
            for (int r = 0; r < rows.size(); r++) {
                double[] other = rows.get(r);
                double factor = other[c];
                if (r != rank && factor != 0) {
                    for (int k = 0; k < n; k++) {
                        other[k] -= factor * row[k];
                    }
                }
            }
            pivotRowOf[c] = rank++;
        }
        return pivotRowOf;
    }

    /** The suppressed non-zero cells alone in a line, or in no hypercube of suppressed non-zero cells. */
    public List<Integer> exposedByHypercube(Table table, BitSet suppressed) {
        BitSet exposed = lonelyInLine(table, suppressed);
        int dims = table.dimensionCount();
        int[][] options = new int[dims][];
        int[] chosen = new int[dims];
        for (int cell = suppressed.nextSetBit(0); cell >= 0; cell = suppressed.nextSetBit(cell + 1)) {
            if (table.value(cell) <= 0 || exposed.get(cell)) {
                continue;
            }
            for (int d = 0; d < dims; d++) {
                options[d] = neighbours(table, suppressed, cell, d);
            }
            if (!inHypercube(table, suppressed, cell, options, chosen, 0, new int[] {MAX_TRIES})) {
                exposed.set(cell);
            }
        }
        List<Integer> list = new ArrayList<>();
        exposed.stream().forEach(list::add);
        return list;
    }

    /** The positions along dimension d whose cell next to this one is suppressed and non-zero. */
    private static int[] neighbours(Table table, BitSet suppressed, int cell, int d) {
        int own = table.position(cell, d);
        int stride = table.stride(d);
        int first = cell - own * stride;
        int[] found = new int[table.size(d)];
        int n = 0;
        for (int p = 0; p < table.size(d); p++) {
            int other = first + p * stride;
            if (p != own && suppressed.get(other) && table.value(other) > 0) {
                found[n++] = p;
            }
        }
        return java.util.Arrays.copyOf(found, n);
    }

    private static boolean inHypercube(
            Table table, BitSet suppressed, int cell, int[][] options, int[] chosen, int d, int[] budget) {
        if (d == options.length) {
            if (--budget[0] < 0) {
                return false;
            }
            for (int mask = 1; mask < (1 << options.length); mask++) {
                int corner = cell;
                for (int e = 0; e < options.length; e++) {
                    if ((mask & (1 << e)) != 0) {
                        corner = table.moved(corner, e, chosen[e]);
                    }
                }
                if (!suppressed.get(corner) || table.value(corner) <= 0) {
                    return false;
                }
            }
            return true;
        }
        for (int option : options[d]) {
            chosen[d] = option;
            if (inHypercube(table, suppressed, cell, options, chosen, d + 1, budget)) {
                return true;
            }
            if (budget[0] < 0) {
                return false;
            }
        }
        return false;
    }

    /** The suppressed non-zero cells that are the only suppressed non-zero cell of one of their lines. */
    public BitSet lonelyInLine(Table table, BitSet suppressed) {
        BitSet lonely = new BitSet(table.cellCount());
        for (int d = 0; d < table.dimensionCount(); d++) {
            int total = table.size(d) - 1;
            for (int start = 0; start < table.cellCount(); start++) {
                if (table.position(start, d) != 0) {
                    continue;
                }
                int count = 0;
                int last = -1;
                for (int p = 0; p <= total && count < 2; p++) {
                    int member = start + p * table.stride(d);
                    if (suppressed.get(member) && table.value(member) > 0) {
                        count++;
                        last = member;
                    }
                }
                if (count == 1) {
                    lonely.set(last);
                }
            }
        }
        return lonely;
    }
}
