package org.statcommons.workstreams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportScheduleTests {

    final ReportSchedule quarterly = new ReportSchedule(LocalDate.of(2027, 1, 31), 3);

    @Test
    void dueDatesCountFromTheStartSoThatShortMonthsDoNotDrift() {
        ReportSchedule monthly = new ReportSchedule(LocalDate.of(2027, 1, 31), 1);
        assertThat(monthly.dueUntil(LocalDate.of(2027, 4, 30)))
                .containsExactly(LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 31), LocalDate.of(2027, 4, 30));
    }

    @Test
    void theNextReportIsTheFirstDueAfterToday() {
        assertThat(quarterly.next(LocalDate.of(2027, 1, 31))).isEqualTo(LocalDate.of(2027, 4, 30));
        assertThat(quarterly.next(LocalDate.of(2027, 4, 30))).isEqualTo(LocalDate.of(2027, 7, 31));
        assertThat(ReportSchedule.NONE.next(LocalDate.of(2027, 4, 30))).isNull();
    }

    @Test
    void aDueDatePassedWithoutAReportIsOverdueFromTheNextDay() {
        LocalDate due = LocalDate.of(2027, 4, 30);
        assertThat(quarterly.overdue(due, Set.of())).isEmpty();
        assertThat(quarterly.overdue(due.plusDays(1), Set.of())).containsExactly(due);
        assertThat(quarterly.overdue(due.plusDays(1), Set.of(due))).isEmpty();
        assertThat(quarterly.overdue(LocalDate.of(2027, 11, 1), Set.of(due)))
                .containsExactly(LocalDate.of(2027, 7, 31), LocalDate.of(2027, 10, 31));
    }

    @Test
    void aReportMayAnswerAnOverdueDateOrTheNextOne() {
        LocalDate today = LocalDate.of(2027, 5, 10);
        assertThat(quarterly.open(today, Set.of()))
                .containsExactly(LocalDate.of(2027, 4, 30), LocalDate.of(2027, 7, 31));
        assertThat(quarterly.open(today, Set.of(LocalDate.of(2027, 4, 30)))).containsExactly(LocalDate.of(2027, 7, 31));
    }
}
