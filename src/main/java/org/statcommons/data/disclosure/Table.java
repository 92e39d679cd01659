package org.statcommons.data.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/**
 * A table of one to three dimensions with its marginal totals, immutable once built. Cells are held in flat arrays
 * indexed by position (each dimension's codes, then its total), so that a table of a million cells costs a few arrays
 * and no object per cell. Built from a stream of cells: an inner cell the stream lacks is an empty cell (zero); a
 * total it lacks is computed; a total it gives must equal the sum of its cells, or the table is refused.
 *
 * <p>The largest contributions of a computed total are the largest of its cells' largest contributions: a unit is
 * counted in one cell of each dimension, as in a classification.
 */
public final class Table {

    static final int MAX_DIMENSIONS = 3;
    static final int MAX_LARGEST = 10;

    private final TableKind kind;
    private final List<Dimension> dimensions;
    private final int[] sizes;
    private final int[] strides;
    private final List<Map<String, Integer>> positions;
    private final double[] values;
    private final int[] contributors;
    private final int slots;
    private final double[] largest;

    private Table(
            TableKind kind,
            List<Dimension> dimensions,
            int[] sizes,
            int[] strides,
            List<Map<String, Integer>> positions,
            double[] values,
            int[] contributors,
            int slots,
            double[] largest) {
        this.kind = kind;
        this.dimensions = dimensions;
        this.sizes = sizes;
        this.strides = strides;
        this.positions = positions;
        this.values = values;
        this.contributors = contributors;
        this.slots = slots;
        this.largest = largest;
    }

    /**
     * Reads the cells; refuses (nothing built) a code not in its dimension, a cell given twice, a negative, infinite or
     * fractional count, a negative magnitude, or a given total that is not the sum of its cells.
     */
    public static Table from(TableKind kind, List<Dimension> dimensions, Stream<Cell> cells) {
        List<Dimension> dims = List.copyOf(dimensions);
        if (dims.isEmpty() || dims.size() > MAX_DIMENSIONS) {
            throw new InvalidInputException(
                    "dimensions", Text.of("disclosure.input.dimensions", dims.size(), MAX_DIMENSIONS));
        }
        int count = dims.size();
        int[] sizes = new int[count];
        int[] strides = new int[count];
        long total = 1;
        for (int d = count - 1; d >= 0; d--) {
            sizes[d] = dims.get(d).size();
            strides[d] = (int) total;
            total *= sizes[d];
        }
        if (total > 50_000_000L) {
            throw new InvalidInputException("dimensions", Text.of("disclosure.input.too-large", total, 50_000_000));
        }
        List<Map<String, Integer>> positions = new ArrayList<>();
        for (Dimension dimension : dims) {
            Map<String, Integer> map = new HashMap<>();
            for (int p = 0; p < dimension.size(); p++) {
                map.put(dimension.codeAt(p), p);
            }
            positions.add(map);
        }
        int cellCount = (int) total;
        double[] values = new double[cellCount];
        boolean magnitude = kind == TableKind.MAGNITUDE;
        int[] contributors = magnitude ? new int[cellCount] : null;
        double[][] largestOf = magnitude ? new double[cellCount][] : null;
        boolean[] given = new boolean[cellCount];
        Table shape = new Table(kind, dims, sizes, strides, positions, values, contributors, 0, null);
        cells.forEach(cell -> {
            int index = shape.index(cell.codes());
            if (given[index]) {
                throw new InvalidInputException("cells", Text.of("disclosure.input.duplicate", shape.label(index)));
            }
            given[index] = true;
            double value = cell.value();
            if (!Double.isFinite(value) || value < 0) {
                throw new InvalidInputException(
                        "cells", Text.of("disclosure.input.negative", shape.label(index), String.valueOf(value)));
            }
            if (!magnitude && value != Math.rint(value)) {
                throw new InvalidInputException(
                        "cells", Text.of("disclosure.input.not-a-count", shape.label(index), String.valueOf(value)));
            }
            values[index] = value;
            if (magnitude) {
                contributors[index] = cell.contributors();
                double[] top = cell.largestShared();
                if (top.length > 0) {
                    largestOf[index] = topOf(top, shape, index);
                }
            }
        });
        if (magnitude) {
            for (int i = 0; i < cellCount; i++) {
                if (!given[i]) {
                    contributors[i] = 0;
                }
            }
        }
        int slots = 0;
        if (magnitude) {
            for (double[] top : largestOf) {
                slots = Math.max(slots, top == null ? 0 : top.length);
            }
        }
        shape.addUp(given, contributors, largestOf, slots);
        double[] flat = null;
        if (magnitude && slots > 0) {
            flat = new double[cellCount * slots];
            for (int i = 0; i < cellCount; i++) {
                if (largestOf[i] != null) {
                    System.arraycopy(largestOf[i], 0, flat, i * slots, Math.min(slots, largestOf[i].length));
                }
            }
        }
        return new Table(kind, dims, sizes, strides, positions, values, contributors, slots, flat);
    }

    private static double[] topOf(double[] given, Table shape, int index) {
        double[] top = Arrays.copyOf(given, Math.min(given.length, MAX_LARGEST));
        for (double contribution : given) {
            if (!Double.isFinite(contribution) || contribution < 0) {
                throw new InvalidInputException(
                        "cells",
                        Text.of("disclosure.input.negative", shape.label(index), String.valueOf(contribution)));
            }
        }
        double[] sorted = given.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < top.length; i++) {
            top[i] = sorted[sorted.length - 1 - i];
        }
        return top;
    }

    /**
     * Computes every total from its cells, one dimension after another: a total whose last total dimension is d is
     * the sum along d of cells that are totals only in earlier dimensions, so each sum reads finished cells.
     */
    private void addUp(boolean[] given, int[] contributorCounts, double[][] largestOf, int slots) {
        int count = sizes.length;
        for (int d = 0; d < count; d++) {
            int totalPosition = sizes[d] - 1;
            for (int index = 0; index < values.length; index++) {
                if (position(index, d) != totalPosition || totalIn(index, d + 1)) {
                    continue;
                }
                double sum = 0;
                int units = 0;
                double[] top = slots > 0 ? new double[0] : null;
                for (int p = 0; p < totalPosition; p++) {
                    int inner = index + (p - totalPosition) * strides[d];
                    sum += values[inner];
                    if (contributorCounts != null) {
                        units = units < 0 || contributorCounts[inner] < 0 ? -1 : units + contributorCounts[inner];
                    }
                    if (top != null && largestOf[inner] != null) {
                        top = merge(top, largestOf[inner], slots);
                    }
                }
                if (given[index]) {
                    double stated = values[index];
                    double tolerance = kind == TableKind.FREQUENCY ? 0 : 1e-9 * Math.max(1, Math.abs(sum));
                    if (Math.abs(stated - sum) > tolerance) {
                        throw new InvalidInputException(
                                "cells",
                                Text.of(
                                        "disclosure.input.total-mismatch",
                                        label(index),
                                        String.valueOf(stated),
                                        String.valueOf(sum)));
                    }
                }
                values[index] = sum;
                if (contributorCounts != null && (!given[index] || contributorCounts[index] < 0)) {
                    contributorCounts[index] = units;
                }
                if (top != null && (!given[index] || largestOf[index] == null)) {
                    largestOf[index] = top;
                }
            }
        }
    }

    private static double[] merge(double[] a, double[] b, int slots) {
        double[] merged = new double[Math.min(slots, a.length + b.length)];
        int i = 0;
        int j = 0;
        for (int k = 0; k < merged.length; k++) {
            merged[k] = j >= b.length || (i < a.length && a[i] >= b[j]) ? a[i++] : b[j++];
        }
        return merged;
    }

    public TableKind kind() {
        return kind;
    }

    public List<Dimension> dimensions() {
        return dimensions;
    }

    /** How many cells the table has, totals included. */
    public int cellCount() {
        return values.length;
    }

    /** The index of the cell with these codes; a code not in its dimension is refused. */
    public int index(List<String> codes) {
        if (codes.size() != sizes.length) {
            throw new InvalidInputException(
                    "cells", Text.of("disclosure.input.code-count", String.join(", ", codes), sizes.length));
        }
        int index = 0;
        for (int d = 0; d < sizes.length; d++) {
            Integer position = positions.get(d).get(codes.get(d));
            if (position == null) {
                throw new InvalidInputException(
                        "cells",
                        Text.of(
                                "disclosure.input.unknown-code",
                                codes.get(d),
                                dimensions.get(d).name()));
            }
            index += position * strides[d];
        }
        return index;
    }

    /** The codes of a cell, one per dimension. */
    public List<String> codes(int index) {
        List<String> codes = new ArrayList<>(sizes.length);
        for (int d = 0; d < sizes.length; d++) {
            codes.add(dimensions.get(d).codeAt(position(index, d)));
        }
        return List.copyOf(codes);
    }

    /** The cell's codes as shown in messages and the report: "Region=North, Sex=Total". */
    public String label(int index) {
        StringBuilder label = new StringBuilder();
        for (int d = 0; d < sizes.length; d++) {
            if (d > 0) {
                label.append(", ");
            }
            label.append(dimensions.get(d).name())
                    .append('=')
                    .append(dimensions.get(d).codeAt(position(index, d)));
        }
        return label.toString();
    }

    public double value(int index) {
        return values[index];
    }

    /** Units contributing to a magnitude cell ({@code -1}: not known); for a frequency table, the count itself. */
    public int contributors(int index) {
        return contributors == null ? (int) values[index] : contributors[index];
    }

    /** The largest contributions of a magnitude cell, largest first (zeros past the known ones). */
    public double[] largest(int index) {
        return largest == null ? new double[0] : Arrays.copyOfRange(largest, index * slots, (index + 1) * slots);
    }

    /** The contribution of the given rank (0: the largest), zero where there is none. */
    double largestAt(int index, int rank) {
        return rank < slots ? largest[index * slots + rank] : 0;
    }

    /** How many largest contributions each cell keeps. */
    int largestSlots() {
        return slots;
    }

    int dimensionCount() {
        return sizes.length;
    }

    /** Positions in dimension d: its codes, then the total. */
    int size(int d) {
        return sizes[d];
    }

    int stride(int d) {
        return strides[d];
    }

    int position(int index, int d) {
        return (index / strides[d]) % sizes[d];
    }

    /** The index of the cell that differs from this one only in dimension d, where it has the given position. */
    int moved(int index, int d, int position) {
        return index + (position - position(index, d)) * strides[d];
    }

    boolean isTotal(int index, int d) {
        return position(index, d) == sizes[d] - 1;
    }

    /** Whether the cell is a total in any dimension from {@code from} on. */
    private boolean totalIn(int index, int from) {
        for (int e = from; e < sizes.length; e++) {
            if (isTotal(index, e)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the cell is a marginal (a total in at least one dimension). */
    boolean isMarginal(int index) {
        return totalIn(index, 0);
    }
}
