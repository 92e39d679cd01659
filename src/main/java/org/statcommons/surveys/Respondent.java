package org.statcommons.surveys;

import java.util.Optional;

/**
 * Whoever answers through a link, as the link tells: the wave whole, the invitation of a personal link (none for a
 * public link's response), and the response so far (none before the first save, and none once an anonymous response
 * is submitted: nothing leads to it then).
 *
 * @param pseudonym the person's pseudonym in a pseudonymous survey, else null
 * @param resumeKey the keyed hash of the link's secret, what an anonymous or public response is found by, else null
 */
record Respondent(
        Questionnaire questionnaire,
        Invitation invitation,
        String pseudonym,
        String resumeKey,
        Optional<Response> response) {

    Survey survey() {
        return questionnaire.survey();
    }

    Wave wave() {
        return questionnaire.wave();
    }

    boolean publicLink() {
        return invitation == null;
    }

    /** Whether the response is submitted, or, in anonymous mode, was and so can no longer be found. */
    boolean answered() {
        return response.map(Response::submitted).orElse(false) || (invitation != null && invitation.answered());
    }

    /** Whether answers may still change: anonymous answers, once submitted, belong to no one and cannot. */
    boolean mayChange() {
        return !(answered() && survey().mode() == RespondentMode.ANONYMOUS);
    }

    /** The first section not saved yet (1-based), or the last when all are. */
    int resumeAt() {
        int saved = response.map(Response::sectionsSaved).orElse(0);
        return Math.max(1, Math.min(saved + 1, questionnaire.sections().size()));
    }

    int sectionsSaved() {
        return response.map(Response::sectionsSaved).orElse(0);
    }
}
