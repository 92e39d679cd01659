package org.statcommons.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.statcommons.platform.InvalidInputException;

/** The catalogue's parameters read at the edge: bounded before any query is built from them. */
class CatalogueQueryTests {

    @Test
    void aSearchAtItsLimitIsTakenAndOneBeyondIsRefusedByName() {
        String words = "census ".repeat(40).substring(0, CatalogueQuery.TEXT_MAX);
        assertThat(CatalogueController.query(Map.of("q", words)).text()).isEqualTo(words);
        assertTimeoutPreemptively(
                Duration.ofSeconds(1),
                () -> assertThatThrownBy(() -> CatalogueController.query(Map.of("q", "a ".repeat(500_000))))
                        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                            assertThat(e.errors().get(0).field()).isEqualTo("q");
                            assertThat(e.errors().get(0).text().key()).isEqualTo("data.input.search-too-long");
                        }));
    }

    @Test
    void numbersOutsideTheirRangeAreRefusedAndPagesStayBounded() {
        assertThatThrownBy(() -> CatalogueController.query(Map.of("sdg", "18")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CatalogueController.query(Map.of("page", "9".repeat(10_000))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(CatalogueController.query(Map.of("page", "" + CatalogueQuery.MAX_PAGE))
                        .page())
                .isEqualTo(CatalogueQuery.MAX_PAGE);
    }
}
