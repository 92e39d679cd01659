package org.statcommons.data.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.statcommons.platform.InvalidInputException;

class KAnonymityCheckerTests {

    private static final List<String> COLUMNS = List.of("id", "district", "sex", "age", "income");

    private final KAnonymityChecker checker = new KAnonymityChecker();

    private static Stream<List<String>> records() {
        return Stream.of(
                List.of("1", "North", "F", "30-39", "100"),
                List.of("2", "North", "F", "30-39", "120"),
                List.of("3", "North", "F", "30-39", "90"),
                List.of("4", "North", "M", "30-39", "80"),
                List.of("5", "South", "M", "80+", "60"),
                List.of("6", "North", "M", "30-39", "70"));
    }

    @Test
    void combinationsSharedByFewerThanKRecordsAreListedRarestFirst() {
        KAnonymityChecker.KAnonymityReport report =
                checker.check(COLUMNS, records(), List.of("district", "sex", "age"), 3);
        assertThat(report.records()).isEqualTo(6);
        assertThat(report.combinations()).isEqualTo(3);
        assertThat(report.anonymous()).isFalse();
        assertThat(report.rare())
                .containsExactly(
                        new KAnonymityChecker.RareCombination(List.of("South", "M", "80+"), 1),
                        new KAnonymityChecker.RareCombination(List.of("North", "M", "30-39"), 2));
        assertThat(report.recordsAtRisk()).isEqualTo(3);
    }

    @Test
    void fewerQuasiIdentifiersCanMakeTheDataAnonymous() {
        assertThat(checker.check(COLUMNS, records(), List.of("age"), 1).anonymous())
                .isTrue();
        assertThat(checker.check(COLUMNS, records(), List.of("district"), 2).rare())
                .containsExactly(new KAnonymityChecker.RareCombination(List.of("South"), 1));
    }

    @Test
    void anUnknownColumnOrARaggedRecordIsRefused() {
        assertThatThrownBy(() -> checker.check(COLUMNS, records(), List.of("religion"), 3))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The quasi-identifier “religion” is not a column of the data.");
        assertThatThrownBy(() -> checker.check(
                        COLUMNS,
                        Stream.of(List.of("1", "North", "F", "30-39", "1"), List.of("2", "North")),
                        List.of("sex"),
                        3))
                .hasMessage("Record 2 has 2 values where the data has 5 columns.");
    }
}
