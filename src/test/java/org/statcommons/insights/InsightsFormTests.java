package org.statcommons.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.statcommons.platform.InvalidInputException;

class InsightsFormTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    static final LocalDate SINCE = LocalDate.of(2022, 3, 14);

    @Test
    void noPeriodIsTheLastTwelveMonthsWithThisOne() {
        InsightPeriod period = new InsightsForm(null, null, null).command(TODAY, SINCE);
        assertThat(period).isEqualTo(new InsightPeriod(LocalDate.of(2026, 1, 1), TODAY));
        assertThat(period.months()).hasSize(12);
    }

    @Test
    void presetsWinOverDays() {
        assertThat(new InsightsForm("this-year", "2020-01-01", "2020-02-01").command(TODAY, SINCE))
                .isEqualTo(new InsightPeriod(LocalDate.of(2026, 1, 1), TODAY));
        assertThat(new InsightsForm("last-year", null, null).command(TODAY, SINCE))
                .isEqualTo(new InsightPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
        assertThat(new InsightsForm("all", null, null).command(TODAY, SINCE))
                .isEqualTo(new InsightPeriod(SINCE, TODAY));
        assertThat(new InsightsForm(" ", " 2026-02-03 ", "2026-02-03").command(TODAY, SINCE))
                .isEqualTo(new InsightPeriod(LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 3)));
    }

    @Test
    void badPeriodsNameTheirField() {
        assertThatThrownBy(() -> new InsightsForm(null, "2026-05-01", "2026-04-01").command(TODAY, SINCE))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("to"));
        assertThatThrownBy(() -> new InsightsForm(null, "May", "").command(TODAY, SINCE))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new InsightsForm("forever", null, null).command(TODAY, SINCE))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new InsightsForm(null, "1990-01-01", "2026-01-01").command(TODAY, SINCE))
                .isInstanceOf(InvalidInputException.class);
    }
}
