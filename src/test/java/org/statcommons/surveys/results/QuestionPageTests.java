package org.statcommons.surveys.results;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.statcommons.surveys.results.SurveyResultsController.QuestionPage;

/** A section's questions shown eight at a time, so that a results screen stays small however long the section. */
class QuestionPageTests {

    @Test
    void aSectionIsShownEightQuestionsAtATime() {
        assertThat(QuestionPage.of(10)).containsExactly(new QuestionPage(1, 1, 8), new QuestionPage(2, 9, 10));
        assertThat(QuestionPage.of(8)).containsExactly(new QuestionPage(1, 1, 8));
        assertThat(QuestionPage.of(16)).hasSize(2).last().isEqualTo(new QuestionPage(2, 9, 16));
        // an empty section still has its one (empty) page
        assertThat(QuestionPage.of(0)).containsExactly(new QuestionPage(1, 1, 0));
    }
}
