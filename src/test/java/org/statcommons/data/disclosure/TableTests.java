package org.statcommons.data.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.statcommons.platform.InvalidInputException;

class TableTests {

    private static final Dimension SEX = Dimension.of("Sex", "_T", "F", "M");
    private static final Dimension AGE = Dimension.of("Age", "_T", "Y0-14", "Y15-64", "Y65-");

    private static Table census(Cell... cells) {
        return Table.from(TableKind.FREQUENCY, List.of(SEX, AGE), Stream.of(cells));
    }

    @Test
    void totalsAreComputedAndMissingCellsAreEmpty() {
        Table table = census(Cell.count(4, "F", "Y0-14"), Cell.count(7, "M", "Y0-14"), Cell.count(2, "F", "Y65-"));
        assertThat(table.cellCount()).isEqualTo(3 * 4);
        assertThat(table.value(table.index(List.of("_T", "Y0-14")))).isEqualTo(11);
        assertThat(table.value(table.index(List.of("F", "_T")))).isEqualTo(6);
        assertThat(table.value(table.index(List.of("_T", "_T")))).isEqualTo(13);
        assertThat(table.value(table.index(List.of("M", "Y15-64")))).isZero();
        assertThat(table.codes(table.index(List.of("M", "_T")))).containsExactly("M", "_T");
        assertThat(table.label(table.index(List.of("M", "_T")))).isEqualTo("Sex=M, Age=_T");
    }

    @Test
    void givenTotalsMustAddUp() {
        assertThat(census(Cell.count(4, "F", "Y0-14"), Cell.count(4, "F", "_T")).value(4 * 0 + 3))
                .isEqualTo(4);
        assertThatThrownBy(() -> census(Cell.count(4, "F", "Y0-14"), Cell.count(5, "_T", "_T")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The total Sex=_T, Age=_T is given as 5.0, but its cells add up to 4.0.");
    }

    @Test
    void badCellsAreRefusedNamingTheCell() {
        assertThatThrownBy(() -> census(Cell.count(4, "X", "Y0-14")))
                .hasMessage("The code “X” is not in the dimension “Sex”.");
        assertThatThrownBy(() -> census(Cell.count(4, "F", "Y0-14"), Cell.count(3, "F", "Y0-14")))
                .hasMessage("The cell Sex=F, Age=Y0-14 is given twice.");
        assertThatThrownBy(() -> census(new Cell(List.of("F", "Y0-14"), 2.5, -1, null)))
                .hasMessage("The cell Sex=F, Age=Y0-14 has the value 2.5, which is not a count of units.");
        assertThatThrownBy(() -> census(Cell.count(-1, "F", "Y0-14"))).hasMessageContaining("cannot be negative");
        assertThatThrownBy(() -> census(new Cell(List.of("F"), 1, -1, null)))
                .hasMessageContaining("one code for each of the table’s 2 dimensions");
        assertThatThrownBy(() -> Table.from(
                        TableKind.MAGNITUDE, List.of(SEX), Stream.of(Cell.magnitude(-10, 2, new double[] {5, 5}, "F"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The cell Sex=F has the value -10.0: values and contributions cannot be negative.");
        assertThatThrownBy(() -> Table.from(
                        TableKind.MAGNITUDE,
                        List.of(SEX),
                        Stream.of(Cell.magnitude(10, 2, new double[] {15, -5}, "F"))))
                .hasMessageContaining("cannot be negative");
    }

    @Test
    void aTableHasOneToThreeDimensionsWithDistinctCodes() {
        assertThatThrownBy(() -> Table.from(TableKind.FREQUENCY, List.of(SEX, AGE, SEX, AGE), Stream.of()))
                .hasMessage("A table has from one to 3 dimensions; this one has 4.");
        assertThatThrownBy(() -> Dimension.of("Sex", "F", "F", "M"))
                .hasMessage("The dimension “Sex” has the code “F” twice, or as its total too.");
        assertThatThrownBy(() -> Dimension.of("Sex", "_T")).hasMessage("The dimension “Sex” has no codes.");
    }

    @Test
    void aComputedTotalKeepsTheLargestContributionsOfItsCells() {
        Table table = Table.from(
                TableKind.MAGNITUDE,
                List.of(SEX),
                Stream.of(
                        Cell.magnitude(100, 3, new double[] {20, 70, 10}, "F"),
                        Cell.magnitude(90, 2, new double[] {50, 40}, "M")));
        int total = table.index(List.of("_T"));
        assertThat(table.value(total)).isEqualTo(190);
        assertThat(table.contributors(total)).isEqualTo(5);
        assertThat(table.largest(total)).containsExactly(70, 50, 40);
        assertThat(table.largest(table.index(List.of("F")))).containsExactly(70, 20, 10);
    }
}
