package org.statcommons.decisions;

import java.util.List;
import java.util.Map;

/**
 * The votes of a decision as counting reads them: how many voted, the number of votes per answer (consent, vote), and
 * the ballots (ranked choice: option positions by preference; score: a score per option; poll: the chosen options).
 */
record Cast(int voted, Map<String, Integer> answers, List<int[]> ballots) {

    Cast {
        answers = Map.copyOf(answers);
        ballots = List.copyOf(ballots);
    }
}
