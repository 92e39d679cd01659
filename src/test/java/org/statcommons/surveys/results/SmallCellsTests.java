package org.statcommons.surveys.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.statcommons.surveys.RespondentMode;

/** The one rule that withholds small cells, at its boundary: N-1 withheld, N shown. */
class SmallCellsTests {

    @Test
    void fewerThanTheThresholdIsWithheldInPseudonymousAndAnonymousSurveys() {
        for (RespondentMode mode : List.of(RespondentMode.PSEUDONYMOUS, RespondentMode.ANONYMOUS)) {
            SmallCells cells = SmallCells.of(mode, 5);
            assertThat(cells.shows(4)).as(mode + " 4").isFalse();
            assertThat(cells.shows(5)).as(mode + " 5").isTrue();
            assertThat(cells.showsGroup(4)).isFalse();
            assertThat(cells.showsGroup(5)).isTrue();
            // nobody is nothing to tell as a cell, but a group of nobody shows nothing either
            assertThat(cells.shows(0)).isTrue();
            assertThat(cells.showsGroup(0)).isFalse();
        }
        SmallCells ten = SmallCells.of(RespondentMode.ANONYMOUS, 10);
        assertThat(ten.shows(9)).isFalse();
        assertThat(ten.shows(10)).isTrue();
    }

    @Test
    void identifiedSurveysWithholdNothing() {
        SmallCells cells = SmallCells.of(RespondentMode.IDENTIFIED, 5);
        assertThat(cells.shows(1)).isTrue();
        assertThat(cells.showsGroup(1)).isTrue();
        assertThat(cells.hidden(List.of(1L, 2L, 30L))).containsExactly(false, false, false);
    }

    @Test
    void aLoneWithheldCellTakesTheNextSmallestWithItSoTheTotalCannotGiveItAway() {
        SmallCells cells = SmallCells.of(RespondentMode.PSEUDONYMOUS, 5);
        assertThat(cells.hidden(List.of(20L, 4L, 7L, 0L))).containsExactly(false, true, true, false);
        // two withheld already hide each other
        assertThat(cells.hidden(List.of(20L, 4L, 3L, 9L))).containsExactly(false, true, true, false);
        // N itself is shown
        assertThat(cells.hidden(List.of(5L, 5L, 0L))).containsExactly(false, false, false);
        assertThat(cells.hidden(List.of(5L, 4L))).containsExactly(true, true);
    }
}
