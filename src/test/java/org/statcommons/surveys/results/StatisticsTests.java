package org.statcommons.surveys.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StatisticsTests {

    @Test
    void meanAndMedianOfADistribution() {
        // 1,1,2,4,4,4,5: mean 3, median 4
        Map<Integer, Long> points = Map.of(1, 2L, 2, 1L, 4, 3L, 5, 1L);
        assertThat(Statistics.mean(points)).isCloseTo(3.0, within(1e-9));
        assertThat(Statistics.median(points)).isEqualTo(4.0);
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        // 1,2,3,5: median 2.5
        assertThat(Statistics.median(Map.of(1, 1L, 2, 1L, 3, 1L, 5, 1L))).isEqualTo(2.5);
        // 2,2,4,4: the middle ones are 2 and 4
        assertThat(Statistics.median(Map.of(2, 2L, 4, 2L))).isEqualTo(3.0);
        assertThat(Statistics.median(Map.of(3, 1L))).isEqualTo(3.0);
    }

    @Test
    void nothingHasNoMeanNorMedian() {
        assertThat(Statistics.mean(Map.of())).isNull();
        assertThat(Statistics.median(Map.of(1, 0L))).isNull();
        assertThat(Statistics.percent(1, 0)).isNull();
        assertThat(Statistics.percent(1, 3)).isCloseTo(33.333, within(1e-3));
    }
}
