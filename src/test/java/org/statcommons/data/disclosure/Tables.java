package org.statcommons.data.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Tables for the tests: inner cells given as arrays, totals computed by {@link Table#from}. */
final class Tables {

    private Tables() {}

    static Dimension dimension(String name, int codes) {
        List<String> list = new ArrayList<>();
        for (int i = 1; i <= codes; i++) {
            list.add(name.toLowerCase(java.util.Locale.ROOT) + i);
        }
        return new Dimension(name, list, "T");
    }

    static Table counts(long[][] inner) {
        Dimension rows = dimension("R", inner.length);
        Dimension columns = dimension("C", inner[0].length);
        List<Cell> cells = new ArrayList<>();
        for (int r = 0; r < inner.length; r++) {
            for (int c = 0; c < inner[r].length; c++) {
                cells.add(Cell.count(
                        inner[r][c], rows.codes().get(r), columns.codes().get(c)));
            }
        }
        return Table.from(TableKind.FREQUENCY, List.of(rows, columns), cells.stream());
    }

    static Table counts(long[][][] inner) {
        Dimension a = dimension("A", inner.length);
        Dimension b = dimension("B", inner[0].length);
        Dimension c = dimension("C", inner[0][0].length);
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < inner.length; i++) {
            for (int j = 0; j < inner[i].length; j++) {
                for (int k = 0; k < inner[i][j].length; k++) {
                    cells.add(Cell.count(
                            inner[i][j][k],
                            a.codes().get(i),
                            b.codes().get(j),
                            c.codes().get(k)));
                }
            }
        }
        return Table.from(TableKind.FREQUENCY, List.of(a, b, c), cells.stream());
    }

    /** A random count table of the given shape: mostly small counts, some zeros. */
    static Table random(Random random, int... shape) {
        List<Dimension> dims = new ArrayList<>();
        for (int d = 0; d < shape.length; d++) {
            dims.add(dimension(String.valueOf((char) ('A' + d)), shape[d]));
        }
        List<Cell> cells = new ArrayList<>();
        int[] at = new int[shape.length];
        while (true) {
            List<String> codes = new ArrayList<>();
            for (int d = 0; d < shape.length; d++) {
                codes.add(dims.get(d).codes().get(at[d]));
            }
            int roll = random.nextInt(10);
            long value = roll < 2 ? 0 : roll < 5 ? 1 + random.nextInt(4) : 3 + random.nextInt(40);
            cells.add(new Cell(codes, value, -1, null));
            int d = shape.length - 1;
            while (d >= 0 && ++at[d] == shape[d]) {
                at[d--] = 0;
            }
            if (d < 0) {
                break;
            }
        }
        return Table.from(TableKind.FREQUENCY, dims, cells.stream());
    }

    /** Inner counts of the given shape, all the same. */
    static long[][][] filled(int a, int b, int c, long value) {
        long[][][] inner = new long[a][b][c];
        for (long[][] plane : inner) {
            for (long[] line : plane) {
                java.util.Arrays.fill(line, value);
            }
        }
        return inner;
    }

    static int at(Table table, String... codes) {
        return table.index(List.of(codes));
    }
}
