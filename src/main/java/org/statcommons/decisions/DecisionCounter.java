package org.statcommons.decisions;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts a decision's votes by its kind's rule (docs/governance.md#decisions): consent is adopted when nobody blocks
 * and someone agrees; a vote when its quorum is met and its majority of yes over no reached (abstentions count for
 * the quorum only); a ranked choice by {@link InstantRunoff} with the decision's seed; a score by the highest total;
 * a poll by the most chosen option. Every kind needs its quorum; a tie for first place elects nobody.
 */
final class DecisionCounter {

    private DecisionCounter() {}

    static Tally count(Decision decision, List<String> options, Cast votes) {
        int voted = votes.voted();
        Quorum quorum = decision.quorum();
        boolean quorumMet = quorum.met(voted, decision.eligibleCount());
        int needed = quorum.needed(decision.eligibleCount());
        List<Tally.Line> lines = new ArrayList<>();
        switch (decision.kind()) {
            case CONSENT, VOTE -> {
                long[] counts = new long[decision.kind().answers().size()];
                for (int i = 0; i < counts.length; i++) {
                    counts[i] = votes.answers()
                            .getOrDefault(decision.kind().answers().get(i), 0);
                }
                for (int i = 0; i < counts.length; i++) {
                    lines.add(new Tally.Line(decision.kind().answers().get(i), null, null, counts[i], 0));
                }
                boolean adopted = decision.kind() == DecisionKind.CONSENT
                        ? counts[3] == 0 && counts[0] > 0
                        : decision.majority().reached((int) counts[0], (int) counts[1]);
                return new Tally(
                        decision.eligibleCount(),
                        voted,
                        needed,
                        quorumMet,
                        lines,
                        adopted && quorumMet ? Outcome.ADOPTED : Outcome.NOT_ADOPTED,
                        null,
                        null);
            }
            case RANKED -> {
                List<int[]> ballots = new ArrayList<>(votes.ballots().size());
                long[] first = new long[options.size()];
                for (int[] ballot : votes.ballots()) {
                    if (ballot.length > 0) {
                        ballots.add(ballot);
                        first[ballot[0]]++;
                    }
                }
                InstantRunoff.Result result = InstantRunoff.count(ballots, options.size(), decision.countSeed());
                for (int i = 0; i < options.size(); i++) {
                    lines.add(new Tally.Line(null, i, options.get(i), first[i], 0));
                }
                return chosen(decision, voted, needed, quorumMet, lines, quorumMet ? result.winner() : null, result);
            }
            default -> {
                long[] totals = new long[options.size()];
                for (int[] ballot : votes.ballots()) {
                    if (decision.kind() == DecisionKind.SCORE) {
                        for (int i = 0; i < Math.min(totals.length, ballot.length); i++) {
                            totals[i] += ballot[i];
                        }
                    } else {
                        for (int option : ballot) {
                            totals[option]++;
                        }
                    }
                }
                Integer winner = null;
                long best = 0;
                boolean tie = false;
                for (int i = 0; i < totals.length; i++) {
                    if (totals[i] > best) {
                        best = totals[i];
                        winner = i;
                        tie = false;
                    } else if (totals[i] == best && best > 0) {
                        tie = true;
                    }
                    long mean = decision.kind() == DecisionKind.SCORE && voted > 0
                            ? Math.round(totals[i] * 10.0 / voted)
                            : 0;
                    lines.add(new Tally.Line(null, i, options.get(i), totals[i], mean));
                }
                return chosen(decision, voted, needed, quorumMet, lines, tie || !quorumMet ? null : winner, null);
            }
        }
    }

    /** The tally of a kind with options: adopted when it has a winner. */
    private static Tally chosen(
            Decision decision,
            int voted,
            int needed,
            boolean quorumMet,
            List<Tally.Line> lines,
            Integer winner,
            InstantRunoff.Result runoff) {
        return new Tally(
                decision.eligibleCount(),
                voted,
                needed,
                quorumMet,
                lines,
                winner == null ? Outcome.NOT_ADOPTED : Outcome.ADOPTED,
                winner,
                runoff);
    }
}
