package org.statcommons.data.disclosure;

import java.util.Arrays;
import java.util.List;

/**
 * One cell as the caller reads it: its code in each dimension (a total code for a marginal), its value, and for a
 * magnitude table how many units contribute to it ({@code -1}: not known) and the largest contributions, largest
 * first. The array is copied: a cell never changes.
 */
public record Cell(List<String> codes, double value, int contributors, double[] largest) {

    public Cell {
        codes = List.copyOf(codes);
        largest = largest == null ? new double[0] : largest.clone();
    }

    /** A cell of a frequency table. */
    public static Cell count(long count, String... codes) {
        return new Cell(List.of(codes), count, -1, null);
    }

    /** A cell of a magnitude table with its contributors and largest contributions. */
    public static Cell magnitude(double value, int contributors, double[] largest, String... codes) {
        return new Cell(List.of(codes), value, contributors, largest);
    }

    @Override
    public double[] largest() {
        return largest.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cell cell
                && codes.equals(cell.codes)
                && Double.compare(value, cell.value) == 0
                && contributors == cell.contributors
                && Arrays.equals(largest, cell.largest);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * codes.hashCode() + Double.hashCode(value)) + Arrays.hashCode(largest);
    }

    @Override
    public String toString() {
        return "Cell" + codes + "=" + value;
    }

    /** The largest contributions without a copy, for the table that reads a million cells. */
    double[] largestShared() {
        return largest;
    }
}
