package org.statcommons.decisions;

import java.util.List;

/**
 * The count of a decision's votes, live while it is open and final once it closed.
 *
 * @param eligible     how many people may vote
 * @param voted        how many have voted
 * @param quorumNeeded how many votes the quorum asks for (0: no quorum)
 * @param lines        one per answer (consent, vote) or per option (the others), in their order
 * @param outcome      what the votes decide as they stand
 * @param winner       the winning option's position (ranked choice, score, poll), or null
 * @param runoff       the rounds of an instant runoff (ranked choice), or null
 */
public record Tally(
        int eligible,
        int voted,
        int quorumNeeded,
        boolean quorumMet,
        List<Line> lines,
        Outcome outcome,
        Integer winner,
        InstantRunoff.Result runoff) {

    /**
     * @param answer the answer (AGREE, YES…) or null for an option
     * @param option the option's position, or null for an answer
     * @param label  the option's label, or null for an answer (named in the reader's language)
     * @param value  votes (consent, vote, poll), first preferences (ranked choice) or total score (score)
     * @param mean   the mean score per voter, in tenths (score only, else 0)
     */
    public record Line(String answer, Integer option, String label, long value, long mean) {}
}
