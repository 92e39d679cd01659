package org.statcommons.leadership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two years by default; one extension of one year per term; one co-lead in an extra year at a time. */
class TermRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2027, 6, 1);

    private static Term term(long id, LocalDate start, LocalDate end, LocalDate original) {
        return new Term(id, 1, 100 + id, null, null, start, end, original, null);
    }

    @Test
    void aTermLastsTwoYearsByDefault() {
        assertThat(TermRules.defaultEnd(LocalDate.of(2027, 1, 1))).isEqualTo(LocalDate.of(2028, 12, 31));
    }

    @Test
    void aCurrentTermIsExtendedOnceByOneYear() {
        Term ana = term(1, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), null);
        assertThat(TermRules.refusal(ana, List.of(ana), TODAY, id -> "Ana")).isEmpty();
        assertThat(TermRules.extendedEnd(ana)).isEqualTo(LocalDate.of(2028, 12, 31));
        Term extended = term(1, LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), LocalDate.of(2027, 12, 31));
        assertThat(TermRules.refusal(extended, List.of(extended), TODAY, id -> "Ana"))
                .get()
                .extracting(t -> t.english())
                .asString()
                .contains("extended once already");
    }

    @Test
    void aSecondCoLeadCannotStayAnExtraYearWhileAnotherDoes() {
        Term ana = term(1, LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), LocalDate.of(2027, 12, 31));
        Term ben = term(2, LocalDate.of(2026, 6, 1), LocalDate.of(2028, 5, 31), null);
        assertThat(TermRules.refusal(ben, List.of(ana, ben), TODAY, id -> "Ana Lead"))
                .get()
                .extracting(t -> t.english())
                .asString()
                .contains("Only one co-lead may stay an extra year")
                .contains("Ana Lead");
        // once Ana's extra year is over, Ben's would not overlap it
        Term later = term(3, LocalDate.of(2027, 1, 1), LocalDate.of(2028, 12, 31), null);
        Term anaEarlier = term(1, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2025, 12, 31));
        assertThat(TermRules.refusal(later, List.of(anaEarlier, later), TODAY, id -> "Ana"))
                .isEmpty();
    }

    @Test
    void aTermThatHasEndedIsNotExtended() {
        Term past = term(1, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31), null);
        assertThat(TermRules.refusal(past, List.of(past), TODAY, id -> "Ana")).isPresent();
    }
}
