package org.statcommons.decisions;

import java.time.Instant;
import java.util.List;

/**
 * A decision to propose, checked: title, Markdown text, kind, deadline, who may read it, when its tally is shown, its
 * quorum and majority, the maximum score (score) and number of choices (poll), and the options (ranked choice, score,
 * poll). Who is eligible comes beside it: a community's or topic group's members, or the ids another feature gives.
 */
public record NewDecision(
        String title,
        String body,
        DecisionKind kind,
        Instant deadline,
        DecisionVisibility visibility,
        TallyShown tallyShown,
        Quorum quorum,
        Majority majority,
        int maxScore,
        int maxChoices,
        List<String> options) {

    public NewDecision {
        options = List.copyOf(options);
    }
}
