package org.statcommons.data.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.statcommons.support.CpuTime;

/** SDMX periods as days, and hostile periods (a query parameter of any length) refused at once. */
class PeriodsTests {

    @Test
    void eachFrequencyCoversItsDays() {
        assertThat(Periods.of("2024")).contains(span("2024-01-01", "2024-12-31"));
        assertThat(Periods.of("2024-Q2")).contains(span("2024-04-01", "2024-06-30"));
        assertThat(Periods.of("2024-S2")).contains(span("2024-07-01", "2024-12-31"));
        assertThat(Periods.of("2024-M02")).contains(span("2024-02-01", "2024-02-29"));
        assertThat(Periods.of("2024-02")).contains(span("2024-02-01", "2024-02-29"));
        assertThat(Periods.of(" 2024-03-31 ")).contains(span("2024-03-31", "2024-03-31"));
        assertThat(Periods.of("2024-W01")).contains(span("2024-01-01", "2024-01-07"));
        for (String bad : List.of("", "24", "2024-13", "2023-02-29", "2024-Q5", "2024-W54", "2024-Q1-01", "soon")) {
            assertThat(Periods.of(bad)).as(bad).isEmpty();
        }
        assertThat(Periods.of(null)).isEmpty();
    }

    @Test
    void aHugeOrNearlyValidPeriodIsRefusedInLinearTime() {
        int size = 1024 * 1024;
        List<String> hostile = List.of(
                "2".repeat(size),
                "2024-" + "M".repeat(size),
                "2024-0" + "1".repeat(size),
                " ".repeat(size) + "2024" + " ".repeat(size) + "x",
                "2024-03-3" + "1".repeat(size),
                "2024" + "-Q1".repeat(size / 3));
        CpuTime.Measured<List<Optional<Periods.Span>>> read =
                CpuTime.of(() -> hostile.stream().map(Periods::of).toList());
        assertThat(read.result()).allSatisfy(span -> assertThat(span).isEmpty());
        assertThat(read.cpu()).isLessThan(Duration.ofSeconds(2));
    }

    private static Periods.Span span(String start, String end) {
        return new Periods.Span(LocalDate.parse(start), LocalDate.parse(end));
    }
}
