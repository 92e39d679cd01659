package org.statcommons.data.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.statcommons.data.disclosure.Tables.at;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.support.CpuTime;

class TableProtectorTests {

    private final TableProtector protector = new TableProtector();
    private final SuppressionChecker checker = new SuppressionChecker();

    private static List<String> suppressedLabels(DisclosureReport report) {
        return report.suppressions().stream()
                .map(DisclosureReport.Suppression::label)
                .toList();
    }

    @Test
    void aSmallCountIsSuppressedWithTheCheapestRectangleOfThreeCells() {
        // 10  2  8 | 20      the 2 is below 3; rectangles through it, priced by their new cells:
        // 12 15  9 | 36      rows 3 & columns 1: 10 + 7 + 6 = 23 (the cheapest), columns 3: 8 + 6 + 11 = 25,
        //  7  6 11 | 24      row 2: 10 + 15 + 12 = 37 or 8 + 15 + 9 = 32; any with a total costs a marginal
        Table table = Tables.counts(new long[][] {{10, 2, 8}, {12, 15, 9}, {7, 6, 11}});
        DisclosureReport report = protector.protect(table, DisclosureRules.threshold(3));

        assertThat(report.primaryCount()).isEqualTo(1);
        assertThat(report.secondaryCount()).isEqualTo(3);
        assertThat(suppressedLabels(report)).containsExactly("R=r1, C=c1", "R=r1, C=c2", "R=r3, C=c1", "R=r3, C=c2");
        int two = at(table, "r1", "c2");
        assertThat(report.reason(two)).hasValue(new SuppressionReason.BelowThreshold(2, 3));
        assertThat(report.confidentialityStatus(two)).hasValue(ConfidentialityStatus.SMALL_COUNTS);
        assertThat(report.observationStatus(two)).isEqualTo("Q");
        assertThat(report.confidentialityStatus(at(table, "r3", "c1"))).hasValue(ConfidentialityStatus.SECONDARY);
        assertThat(report.reason(at(table, "r3", "c1")).orElseThrow().text().english())
                .isEqualTo("Secondary suppression, protecting the cell R=r1, C=c2.");
        assertThat(report.published(two)).isEmpty();
        assertThat(report.published(List.of("r2", "T"))).hasValue(36);
        assertThat(report.observationStatus(at(table, "r2", "T"))).isEqualTo("A");
        assertThat(report.published(List.of("T", "T"))).hasValue(80);
        assertThat(report.checkedBy()).isEqualTo("linear algebra");
        assertThat(checker.exposedExactly(table, report.suppressedCells())).isEmpty();
    }

    @Test
    void aPrimaryInAThreeDimensionalTableIsProtectedByABoxOfEightCells() {
        // 2 × 2 × 2: the only box of inner cells is the whole inner table; boxes reaching a total cost marginals
        Table table = Tables.counts(new long[][][] {{{1, 5}, {6, 7}}, {{8, 9}, {10, 11}}});
        DisclosureReport report = protector.protect(table, DisclosureRules.threshold(3));

        assertThat(report.primaryCount()).isEqualTo(1);
        assertThat(report.secondaryCount()).isEqualTo(7);
        assertThat(report.suppressions())
                .allSatisfy(s -> assertThat(s.codes()).doesNotContain("T"))
                .hasSize(8);
        assertThat(checker.exposedExactly(table, report.suppressedCells())).isEmpty();
        assertThat(checker.exposedByHypercube(table, report.suppressedCells())).isEmpty();
    }

    @Test
    void aLoneNonZeroCellInALineTakesItsTotalsWithIt() {
        // row 1 holds only the small cell: the row total equals it, so the total must go too
        Table table = Tables.counts(new long[][] {{2, 0, 0}, {12, 15, 9}, {7, 6, 11}});
        DisclosureReport report = protector.protect(table, DisclosureRules.threshold(3));

        assertThat(report.suppressed(at(table, "r1", "T"))).isTrue();
        assertThat(checker.exposedExactly(table, report.suppressedCells())).isEmpty();
        assertThat(report.suppressions())
                .noneMatch(s -> report.table().value(report.table().index(s.codes())) == 0);
    }

    @Test
    void zerosAreNeitherConfidentialNorUsedToProtect() {
        Table table = Tables.counts(new long[][] {{0, 4, 5}, {6, 0, 7}, {8, 9, 0}});
        DisclosureReport report = protector.protect(table, DisclosureRules.threshold(3));
        assertThat(report.primaryCount()).isZero();
        assertThat(report.secondaryCount()).isZero();
        assertThat(report.published(at(table, "r1", "c1"))).hasValue(0);
    }

    @Test
    void everythingBelowTheThresholdIsRefusedWithAClearMessage() {
        Table table = Tables.counts(new long[][] {{1, 2}, {2, 1}});
        // the totals are 3 and more, but the rules would leave them alone with nothing beneath
        assertThatThrownBy(() -> protector.protect(table, DisclosureRules.threshold(10)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("every one of the 9 non-empty cells");
    }

    @Test
    void aSingleNonZeroCellWouldSuppressEverythingAndIsRefused() {
        long[][][] inner = new long[4][4][4];
        inner[1][2][3] = 2;
        Table table = Tables.counts(inner);
        assertThatThrownBy(() -> protector.protect(table, DisclosureRules.threshold(3)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("every one of the 8 non-empty cells");
    }

    @Test
    void moreThanTheAllowedShareIsRefusedNamingTheFigures() {
        Table table = Tables.counts(new long[][] {{1, 20, 30}, {2, 40, 50}, {60, 70, 80}});
        assertThatThrownBy(() ->
                        protector.protect(table, DisclosureRules.threshold(3).withMaximumShare(0.2)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("These rules would suppress 4 of the 16 non-empty cells (25%), more than the 20% allowed."
                        + " Change the rules or the table’s breakdown.");
        assertThat(protector
                        .protect(table, DisclosureRules.threshold(3).withMaximumShare(0.3))
                        .secondaryCount())
                .isEqualTo(2);
    }

    @Test
    void roundingShowsPublishedValuesToTheBaseAndSuppressedOnesNotAtAll() {
        Table table = Tables.counts(new long[][] {{10, 2, 8}, {12, 15, 9}, {7, 6, 11}});
        DisclosureReport report =
                protector.protect(table, DisclosureRules.threshold(3).withRounding(5));
        assertThat(report.published(List.of("r2", "c1"))).hasValue(10);
        assertThat(report.published(List.of("r2", "c3"))).hasValue(10);
        assertThat(report.published(List.of("r2", "T"))).hasValue(35);
        assertThat(report.published(List.of("r1", "c2"))).isEmpty();
    }

    @Test
    void randomSmallTablesAreAlwaysProvedSafeByTheExactCheck() {
        Random random = new Random(13);
        int protectedTables = 0;
        for (int run = 0; run < 300; run++) {
            int dims = 1 + run % 3;
            int[] shape = new int[dims];
            for (int d = 0; d < dims; d++) {
                shape[d] = 1 + random.nextInt(dims == 3 ? 4 : 6);
            }
            Table table = Tables.random(random, shape);
            DisclosureReport report;
            try {
                report = protector.protect(table, DisclosureRules.threshold(1 + random.nextInt(5)));
            } catch (InvalidInputException refused) {
                continue;
            }
            protectedTables++;
            assertThat(checker.exposedExactly(table, report.suppressedCells()))
                    .as("run %d", run)
                    .isEmpty();
            assertThat(checker.exposedByHypercube(table, report.suppressedCells()))
                    .as("run %d", run)
                    .isEmpty();
            for (DisclosureReport.Suppression suppression : report.suppressions()) {
                assertThat(table.value(table.index(suppression.codes()))).isPositive();
            }
        }
        assertThat(protectedTables).isGreaterThan(150);
    }

    @Test
    void aModeratelyLargeTableIsProtectedQuickly() {
        Table table = Tables.random(new Random(7), 30, 30, 30);
        CpuTime.Measured<DisclosureReport> run = CpuTime.of(
                () -> protector.protect(table, DisclosureRules.threshold(3).withMaximumShare(0.9)));
        DisclosureReport report = run.result();
        assertThat(report.primaryCount()).isGreaterThan(3_000);
        assertThat(report.checkedBy()).isEqualTo("lines and hypercubes");
        assertThat(run.cpu()).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void everyCellBelowTheThresholdButTheTotalsIsRefusedQuickly() {
        Table table = Tables.counts(Tables.filled(40, 40, 40, 1));
        CpuTime.Measured<Boolean> run = CpuTime.of(() -> {
            try {
                protector.protect(table, DisclosureRules.threshold(2).withMaximumShare(0.5));
                return false;
            } catch (InvalidInputException refused) {
                return refused.getMessage().contains("more than the 50% allowed");
            }
        });
        assertThat(run.result()).isTrue();
        assertThat(run.cpu()).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void primariesEverywhereButAllowedAreStillProtected() {
        // every inner cell is 1 and confidential; the totals are safe but the rules allow suppressing them
        Table table = Tables.counts(Tables.filled(12, 12, 12, 1));
        CpuTime.Measured<DisclosureReport> run = CpuTime.of(
                () -> protector.protect(table, DisclosureRules.threshold(2).withMaximumShare(0.95)));
        assertThat(run.result().primaryCount()).isEqualTo(12 * 12 * 12);
        assertThat(checker.exposedByHypercube(table, run.result().suppressedCells()))
                .isEmpty();
        assertThat(run.cpu()).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void magnitudeRulesGiveTheirFiguresAndStatuses() {
        Dimension region = Dimension.of("Region", "T", "north", "south", "east");
        Dimension activity = Dimension.of("Activity", "T", "farming", "mining");
        List<Cell> cells = new ArrayList<>();
        // one firm makes 90 of 100: dominance (1, 80)
        cells.add(Cell.magnitude(100, 5, new double[] {90, 4, 3}, "north", "farming"));
        // 60 + 35 of 100, the rest 5 < 10% of 60: p% rule
        cells.add(Cell.magnitude(100, 4, new double[] {60, 35, 3}, "north", "mining"));
        // two contributors: the frequency threshold
        cells.add(Cell.magnitude(80, 2, new double[] {50, 30}, "south", "farming"));
        cells.add(Cell.magnitude(300, 30, new double[] {40, 30, 20}, "south", "mining"));
        cells.add(Cell.magnitude(400, 40, new double[] {30, 25, 20}, "east", "farming"));
        cells.add(Cell.magnitude(500, 50, new double[] {35, 30, 25}, "east", "mining"));
        Table table = Table.from(TableKind.MAGNITUDE, List.of(region, activity), cells.stream());
        DisclosureRules rules = DisclosureRules.threshold(3)
                .withDominance(1, 80)
                .withPPercent(10)
                .withMaximumShare(0.9);
        DisclosureReport report = protector.protect(table, rules);

        SuppressionReason dominance =
                report.reason(at(table, "north", "farming")).orElseThrow();
        assertThat(dominance).isEqualTo(new SuppressionReason.Dominance(1, 80, 90));
        assertThat(dominance.status()).isEqualTo(ConfidentialityStatus.DOMINANCE_BY_ONE);
        assertThat(dominance.text().english())
                .isEqualTo("The 1 largest contributions make 90.0% of the cell, more than 80.0%.");
        SuppressionReason pPercent = report.reason(at(table, "north", "mining")).orElseThrow();
        assertThat(pPercent.status()).isEqualTo(ConfidentialityStatus.DOMINANCE_BY_ONE_OR_TWO);
        assertThat(pPercent.text().english())
                .isEqualTo("Without its two largest contributions the cell is 8.3% of the largest, less than 10.0%.");
        assertThat(report.reason(at(table, "south", "farming"))).hasValue(new SuppressionReason.BelowThreshold(2, 3));
        // the north row total (200, 9 contributors, largest 90 + 60) passes every rule
        assertThat(report.suppressed(at(table, "north", "T"))).isFalse();
        assertThat(checker.exposedExactly(table, report.suppressedCells())).isEmpty();
    }

    @Test
    void dominanceAndPPercentNeedAMagnitudeTable() {
        Table table = Tables.counts(new long[][] {{10, 2}, {3, 4}});
        assertThatThrownBy(() ->
                        protector.protect(table, DisclosureRules.threshold(3).withPPercent(10)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("apply to magnitude tables");
    }
}
