package org.statcommons.data.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Secondary suppression by the hypercube method (Repsilber's GHMITER, as in τ-ARGUS and sdcTable): each primary cell
 * becomes a corner of a hypercube (a rectangle in two dimensions, a box in three) whose every corner is suppressed and
 * non-zero. Adding +d and -d alternately on its corners (the same sign on a corner and its total, which moves with
 * it) leaves every row, column and layer sum unchanged and keeps every value non-negative for a small d, so no
 * corner can be computed exactly from the published cells. Of the hypercubes searched, the one of least cost wins:
 * first the fewest marginal cells newly suppressed (publish the totals whenever avoidable), then the smallest sum of
 * newly suppressed values (τ-ARGUS's default cost), cells already suppressed costing nothing.
 *
 * <p>The search is bounded: in each dimension the few codes whose neighbouring cell is cheapest, and the total; so a
 * primary costs a few hundred corner looks, and a million cells take seconds. A hypercube always exists for a non-zero
 * primary (the totals of its lines, reached from a non-zero cell below it when it is a total itself), and that one is
 * taken when the bounded search finds none.
 */
final class HypercubeSuppressor {

    /** Codes tried per dimension besides the total: enough to find cheap corners, few enough for 6³ combinations. */
    private static final int CANDIDATES = 5;

    /** Adds secondary suppressions to {@code reasons} (a reason per suppressed cell) until every primary is covered. */
    void suppress(Table table, SuppressionReason[] reasons) {
        List<Integer> primaries = new ArrayList<>();
        for (int index = 0; index < reasons.length; index++) {
            if (reasons[index] != null && reasons[index].primary()) {
                primaries.add(index);
            }
        }
        // the largest first: they need the widest protection, and smaller ones then reuse their corners
        primaries.sort(
                Comparator.comparingDouble((Integer i) -> -table.value(i)).thenComparingInt(i -> i));
        Search search = new Search(table, reasons);
        for (int primary : primaries) {
            int[] cube = search.cheapest(primary);
            SuppressionReason.Secondary protecting = null;
            for (int corner : cube) {
                if (reasons[corner] == null) {
                    if (protecting == null) {
                        protecting = new SuppressionReason.Secondary(table.codes(primary), table.label(primary));
                    }
                    reasons[corner] = protecting;
                }
            }
        }
    }

    /** The search for one primary at a time, reusing its buffers. */
    private static final class Search {

        private final Table table;
        private final SuppressionReason[] reasons;
        private final int dims;
        private final int[][] candidates;
        private final int[] counts;
        private final int[] chosen;
        private final int[] best;
        private final int[] corners;
        private final int[] delta;

        Search(Table table, SuppressionReason[] reasons) {
            this.table = table;
            this.reasons = reasons;
            this.dims = table.dimensionCount();
            this.candidates = new int[dims][CANDIDATES + 1];
            this.counts = new int[dims];
            this.chosen = new int[dims];
            this.best = new int[dims];
            this.corners = new int[(1 << dims) - 1];
            this.delta = new int[dims];
        }

        /** The corners (the primary excluded) of the cheapest hypercube found around the primary. */
        int[] cheapest(int primary) {
            for (int d = 0; d < dims; d++) {
                pickCandidates(primary, d);
            }
            long[] bestCost = {Long.MAX_VALUE};
            double[] bestValue = {Double.MAX_VALUE};
            boolean found = enumerate(primary, 0, bestCost, bestValue);
            if (!found) {
                fallback(primary);
            }
            return cornersOf(primary, best);
        }

        /** The cheapest few codes of dimension d by the cell next to the primary, and the total when it is not one. */
        private void pickCandidates(int primary, int d) {
            int own = table.position(primary, d);
            int total = table.size(d) - 1;
            int n = 0;
            double[] costs = new double[CANDIDATES];
            int first = primary - own * table.stride(d);
            for (int position = 0; position < total; position++) {
                if (position == own) {
                    continue;
                }
                int cell = first + position * table.stride(d);
                double value = table.value(cell);
                if (value <= 0) {
                    continue;
                }
                double cost = reasons[cell] != null ? 0 : value;
                if (n < CANDIDATES) {
                    insert(d, costs, n++, position, cost);
                } else if (cost < costs[CANDIDATES - 1]) {
                    insert(d, costs, CANDIDATES - 1, position, cost);
                }
            }
            if (own != total) {
                candidates[d][n++] = total;
            }
            counts[d] = n;
        }

        private void insert(int d, double[] costs, int at, int position, double cost) {
            int i = at;
            while (i > 0 && costs[i - 1] > cost) {
                costs[i] = costs[i - 1];
                candidates[d][i] = candidates[d][i - 1];
                i--;
            }
            costs[i] = cost;
            candidates[d][i] = position;
        }

        private boolean enumerate(int primary, int d, long[] bestCost, double[] bestValue) {
            if (d == dims) {
                return evaluate(primary, bestCost, bestValue);
            }
            boolean found = false;
            for (int c = 0; c < counts[d]; c++) {
                chosen[d] = candidates[d][c];
                found |= enumerate(primary, d + 1, bestCost, bestValue);
                if (bestCost[0] == 0 && bestValue[0] == 0) {
                    return true;
                }
            }
            return found;
        }

        /** Prices the hypercube of {@link #chosen}; keeps it when all its corners are non-zero and it is cheaper. */
        private boolean evaluate(int primary, long[] bestCost, double[] bestValue) {
            int full = (1 << dims) - 1;
            int ownTotals = 0;
            int chosenTotals = 0;
            for (int d = 0; d < dims; d++) {
                int own = table.position(primary, d);
                delta[d] = (chosen[d] - own) * table.stride(d);
                if (own == table.size(d) - 1) {
                    ownTotals |= 1 << d;
                }
                if (chosen[d] == table.size(d) - 1) {
                    chosenTotals |= 1 << d;
                }
            }
            long marginals = 0;
            double value = 0;
            for (int mask = 1; mask <= full; mask++) {
                int corner = primary;
                for (int d = 0; d < dims; d++) {
                    if ((mask & (1 << d)) != 0) {
                        corner += delta[d];
                    }
                }
                double cell = table.value(corner);
                if (cell <= 0) {
                    return false;
                }
                if (reasons[corner] == null) {
                    value += cell;
                    // a corner is a marginal when it takes a total, its own or the primary's, in some dimension
                    if ((mask & chosenTotals) != 0 || (~mask & full & ownTotals) != 0) {
                        marginals++;
                    }
                    if (marginals > bestCost[0] || (marginals == bestCost[0] && value >= bestValue[0])) {
                        // dearer than one already found, which the search keeps
                        return false;
                    }
                }
            }
            bestCost[0] = marginals;
            bestValue[0] = value;
            System.arraycopy(chosen, 0, best, 0, dims);
            return true;
        }

        /**
         * The hypercube that always exists: the total in each dimension where the primary is a code, and where it is a
         * total, the codes of the largest cell it adds up; every corner is then at least that cell, which is non-zero.
         */
        private void fallback(int primary) {
            int below = primary;
            double largest = -1;
            int[] position = new int[dims];
            int cell = firstBelow(primary, position);
            while (cell >= 0) {
                if (table.value(cell) > largest) {
                    largest = table.value(cell);
                    below = cell;
                }
                cell = nextBelow(primary, position);
            }
            for (int d = 0; d < dims; d++) {
                best[d] = table.isTotal(primary, d) ? table.position(below, d) : table.size(d) - 1;
            }
            for (int corner : cornersOf(primary, best)) {
                if (table.value(corner) <= 0) {
                    throw new IllegalStateException("no hypercube around " + table.label(primary));
                }
            }
        }

        /** Cells whose codes are the primary's where it has a code, any code where it has a total. */
        private int firstBelow(int primary, int[] position) {
            java.util.Arrays.fill(position, 0);
            return cellAt(primary, position);
        }

        private int nextBelow(int primary, int[] position) {
            for (int d = dims - 1; d >= 0; d--) {
                if (!table.isTotal(primary, d)) {
                    continue;
                }
                if (++position[d] < table.size(d) - 1) {
                    return cellAt(primary, position);
                }
                position[d] = 0;
            }
            return -1;
        }

        private int cellAt(int primary, int[] position) {
            int cell = primary;
            for (int d = 0; d < dims; d++) {
                if (table.isTotal(primary, d)) {
                    cell = table.moved(cell, d, position[d]);
                }
            }
            return cell;
        }

        private int[] cornersOf(int primary, int[] positions) {
            for (int mask = 1; mask < (1 << dims); mask++) {
                int corner = primary;
                for (int d = 0; d < dims; d++) {
                    if ((mask & (1 << d)) != 0) {
                        corner = table.moved(corner, d, positions[d]);
                    }
                }
                corners[mask - 1] = corner;
            }
            return corners.clone();
        }
    }
}
