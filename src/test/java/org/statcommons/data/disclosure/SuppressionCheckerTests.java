package org.statcommons.data.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.data.disclosure.Tables.at;

import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SuppressionCheckerTests {

    private final SuppressionChecker checker = new SuppressionChecker();

    private static BitSet cells(Table table, String... triples) {
        BitSet set = new BitSet();
        for (String triple : triples) {
            set.set(table.index(List.of(triple.split(" "))));
        }
        return set;
    }

    @Test
    void twoCellsOfOneRowAreEachAloneInTheirColumnAndBothExposed() {
        Table table = Tables.counts(new long[][] {{10, 2, 8}, {12, 15, 9}, {7, 6, 11}});
        BitSet suppressed = cells(table, "r1 c1", "r1 c2");
        // column 1 total minus the published cells gives 10, and then row 1 gives 2
        assertThat(checker.exposedExactly(table, suppressed))
                .containsExactlyInAnyOrder(at(table, "r1", "c1"), at(table, "r1", "c2"));
        assertThat(checker.exposedByHypercube(table, suppressed))
                .containsExactlyInAnyOrder(at(table, "r1", "c1"), at(table, "r1", "c2"));
    }

    @Test
    void aRectangleIsSafe() {
        Table table = Tables.counts(new long[][] {{10, 2, 8}, {12, 15, 9}, {7, 6, 11}});
        BitSet suppressed = cells(table, "r1 c1", "r1 c2", "r3 c1", "r3 c2");
        assertThat(checker.exposedExactly(table, suppressed)).isEmpty();
        assertThat(checker.exposedByHypercube(table, suppressed)).isEmpty();
    }

    @Test
    void twoSuppressedCellsInEveryLineAreNotEnough() {
        // Two 2 × 2 rectangles in each of two layers, joined by one cell per layer: every row, column and layer line
        // holds 0 or at least 2 suppressed cells, yet the joining cell is a bridge between the rectangles and the sums
        // give it away (rows a1–a2 less columns b1–b2 leave it alone).
        Table table = Tables.counts(Tables.filled(4, 4, 2, 5));
        BitSet suppressed = new BitSet();
        for (String layer : List.of("c1", "c2")) {
            suppressed.or(cells(
                    table,
                    "a1 b1 " + layer,
                    "a1 b2 " + layer,
                    "a2 b1 " + layer,
                    "a2 b2 " + layer,
                    "a3 b3 " + layer,
                    "a3 b4 " + layer,
                    "a4 b3 " + layer,
                    "a4 b4 " + layer,
                    "a2 b3 " + layer));
        }
        assertThat(checker.lonelyInLine(table, suppressed).isEmpty()).isTrue();
        assertThat(checker.exposedExactly(table, suppressed))
                .containsExactlyInAnyOrder(at(table, "a2", "b3", "c1"), at(table, "a2", "b3", "c2"));
        assertThat(checker.exposedByHypercube(table, suppressed))
                .containsExactlyInAnyOrder(at(table, "a2", "b3", "c1"), at(table, "a2", "b3", "c2"));
    }

    @Test
    void aBoxThroughTheTotalsIsSafe() {
        // the primary, its row, column and layer totals, and the totals of those: all move together
        Table table = Tables.counts(Tables.filled(3, 3, 3, 4));
        BitSet suppressed =
                cells(table, "a1 b1 c1", "T b1 c1", "a1 T c1", "a1 b1 T", "T T c1", "T b1 T", "a1 T T", "T T T");
        assertThat(checker.exposedExactly(table, suppressed)).isEmpty();
        assertThat(checker.exposedByHypercube(table, suppressed)).isEmpty();
    }

    @Test
    void aSuppressedZeroIsKnownToTheAttacker() {
        // the rectangle's fourth corner is zero: with it known, the other three are each alone in a line
        Table table = Tables.counts(new long[][] {{10, 2, 8}, {12, 15, 9}, {7, 0, 11}});
        BitSet suppressed = cells(table, "r1 c1", "r1 c2", "r3 c1", "r3 c2");
        assertThat(checker.exposedExactly(table, suppressed)).hasSize(3);
        assertThat(checker.exposedByHypercube(table, suppressed)).hasSize(3);
    }

    @Test
    void whateverTheHypercubeCheckPassesTheExactCheckPassesToo() {
        // the large-table check must never call safe what the attacker can compute; random patterns, 2-D and 3-D
        Random random = new Random(6650);
        int provedSafe = 0;
        for (int run = 0; run < 600; run++) {
            Table table = run % 2 == 0 ? Tables.random(random, 4, 5) : Tables.random(random, 3, 3, 3);
            BitSet suppressed = new BitSet();
            // unions of random hypercubes (totals included), and now and then a stray cell that may break them
            for (int cubes = 1 + random.nextInt(3); cubes > 0; cubes--) {
                suppressed.or(randomHypercube(table, random));
            }
            if (random.nextBoolean()) {
                suppressed.set(random.nextInt(table.cellCount()));
            }
            List<Integer> byHypercube = checker.exposedByHypercube(table, suppressed);
            List<Integer> exactly = checker.exposedExactly(table, suppressed);
            assertThat(byHypercube).as("run %d", run).containsAll(exactly);
            if (byHypercube.isEmpty()) {
                provedSafe++;
            }
        }
        assertThat(provedSafe).isGreaterThan(20);
    }

    private static BitSet randomHypercube(Table table, Random random) {
        int dims = table.dimensionCount();
        int[][] ends = new int[dims][2];
        for (int d = 0; d < dims; d++) {
            ends[d][0] = random.nextInt(table.size(d));
            ends[d][1] = (ends[d][0] + 1 + random.nextInt(table.size(d) - 1)) % table.size(d);
        }
        BitSet cube = new BitSet();
        for (int mask = 0; mask < (1 << dims); mask++) {
            int index = 0;
            for (int d = 0; d < dims; d++) {
                index += ends[d][(mask >> d) & 1] * table.stride(d);
            }
            cube.set(index);
        }
        return cube;
    }

    @Test
    void theVerdictNamesItsMethod() {
        Table small = Tables.counts(new long[][] {{10, 2}, {3, 4}});
        assertThat(checker.check(small, new BitSet()).method()).isEqualTo("linear algebra");
        assertThat(checker.check(small, new BitSet()).safe()).isTrue();
    }
}
