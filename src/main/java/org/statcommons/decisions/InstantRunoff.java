package org.statcommons.decisions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Counts ranked ballots by instant runoff. Each round gives every ballot to the first of its candidates still in the
 * count; a candidate with more than half of the ballots still counting wins; otherwise the candidate with the fewest
 * votes is eliminated and the next round begins. A ballot whose candidates are all eliminated is exhausted.
 *
 * <p><b>Tie-break</b> (when several candidates share the fewest votes): the one of them with the fewest votes in the
 * round before is eliminated, then the round before that, back to the first round (the first preferences). When they
 * were tied in every round, one is drawn by lot from a random sequence started from {@code seed}: the decision keeps
 * its seed, so anyone counting the same ballots again eliminates the same candidate. Every tie broken is reported in
 * its round with the rule that broke it.
 *
 * <p>Elections reuse this class: it knows candidates only by their position (0 to {@code candidates - 1}).
 */
public final class InstantRunoff {

    /** How a tie for elimination was broken. */
    public enum TieRule {
        EARLIER_ROUND,
        LOT
    }

    /** The candidates who were tied for elimination and the rule that chose among them. */
    public record TieBreak(List<Integer> tied, TieRule rule) {}

    /**
     * One round of the count.
     *
     * @param votes      the votes of each candidate by position (0 for one eliminated before this round)
     * @param continuing the candidates still in the count at this round
     * @param exhausted  the ballots that count for nobody any more
     * @param eliminated the candidate eliminated at the end of this round, or null when the round has a winner
     * @param tieBreak   how a tie for elimination was broken, or null
     */
    public record Round(int[] votes, boolean[] continuing, int exhausted, Integer eliminated, TieBreak tieBreak) {

        public int votesOf(int candidate) {
            return votes[candidate];
        }

        public boolean continues(int candidate) {
            return continuing[candidate];
        }
    }

    /** The winner (null with no ballot at all), the rounds in order, and the seed of the lot. */
    public record Result(Integer winner, List<Round> rounds, long seed) {}

    private InstantRunoff() {}

    /**
     * @param ballots    each ballot's candidates in order of preference, each at most once (see {@link RankedBallot})
     * @param candidates how many candidates there are
     * @param seed       the start of the random sequence that breaks the ties no earlier round breaks
     */
    public static Result count(List<int[]> ballots, int candidates, long seed) {
        if (candidates < 1) {
            throw new IllegalArgumentException("A count needs a candidate");
        }
        SplittableRandom lot = new SplittableRandom(seed);
        boolean[] continuing = new boolean[candidates];
        Arrays.fill(continuing, true);
        int remaining = candidates;
        // where each ballot stands: the index of its current preference
        int[] at = new int[ballots.size()];
        List<Round> rounds = new ArrayList<>();
        while (true) {
            int[] votes = new int[candidates];
            int exhausted = 0;
            for (int b = 0; b < at.length; b++) {
                int[] ballot = ballots.get(b);
                int i = at[b];
                while (i < ballot.length && !continuing[ballot[i]]) {
                    i++;
                }
                at[b] = i;
                if (i < ballot.length) {
                    votes[ballot[i]]++;
                } else {
                    exhausted++;
                }
            }
            int counting = ballots.size() - exhausted;
            int leader = -1;
            for (int c = 0; c < candidates; c++) {
                if (continuing[c] && (leader < 0 || votes[c] > votes[leader])) {
                    leader = c;
                }
            }
            boolean majority = counting > 0 && 2L * votes[leader] > counting;
            if (majority || remaining == 1) {
                rounds.add(new Round(votes, continuing.clone(), exhausted, null, null));
                return new Result(counting == 0 && ballots.isEmpty() ? null : leader, List.copyOf(rounds), seed);
            }
            if (counting == 0) {
                // every ballot is exhausted: nobody can win
                rounds.add(new Round(votes, continuing.clone(), exhausted, null, null));
                return new Result(null, List.copyOf(rounds), seed);
            }
            List<Integer> fewest = fewest(votes, continuing, allCandidates(candidates));
            TieBreak tieBreak = null;
            int eliminated;
            if (fewest.size() == 1) {
                eliminated = fewest.get(0);
            } else {
                List<Integer> tied = fewest;
                for (int r = rounds.size() - 1; r >= 0 && tied.size() > 1; r--) {
                    tied = fewest(rounds.get(r).votes(), continuing, tied);
                }
                if (tied.size() == 1) {
                    eliminated = tied.get(0);
                    tieBreak = new TieBreak(fewest, TieRule.EARLIER_ROUND);
                } else {
                    eliminated = tied.get(lot.nextInt(tied.size()));
                    tieBreak = new TieBreak(tied, TieRule.LOT);
                }
            }
            rounds.add(new Round(votes, continuing.clone(), exhausted, eliminated, tieBreak));
            continuing[eliminated] = false;
            remaining--;
        }
    }

    private static List<Integer> allCandidates(int candidates) {
        List<Integer> all = new ArrayList<>(candidates);
        for (int c = 0; c < candidates; c++) {
            all.add(c);
        }
        return all;
    }

    /** Among {@code among}, the continuing candidates with the fewest votes. */
    private static List<Integer> fewest(int[] votes, boolean[] continuing, List<Integer> among) {
        int least = Integer.MAX_VALUE;
        for (int c : among) {
            if (continuing[c]) {
                least = Math.min(least, votes[c]);
            }
        }
        List<Integer> fewest = new ArrayList<>();
        for (int c : among) {
            if (continuing[c] && votes[c] == least) {
                fewest.add(c);
            }
        }
        return fewest;
    }
}
