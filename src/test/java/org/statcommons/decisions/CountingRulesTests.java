package org.statcommons.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.statcommons.platform.InvalidInputException;

/** Quorum, majority, the ranked ballot's checks, and how each kind of decision is counted. */
class CountingRulesTests {

    @Test
    void aQuorumCountsEveryVoteCastAgainstTheEligible() {
        Quorum half = new Quorum(50);
        assertThat(half.met(5, 10)).isTrue();
        assertThat(half.met(4, 10)).isFalse();
        assertThat(half.needed(9)).isEqualTo(5);
        assertThat(new Quorum(0).met(0, 10)).isTrue();
        assertThatThrownBy(() -> new Quorum(101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSimpleMajorityNeedsMoreYesThanNoAndTwoThirdsNeedsTwiceAsMany() {
        assertThat(Majority.SIMPLE.reached(3, 2)).isTrue();
        assertThat(Majority.SIMPLE.reached(2, 2)).isFalse();
        assertThat(Majority.TWO_THIRDS.reached(4, 2)).isTrue();
        assertThat(Majority.TWO_THIRDS.reached(5, 3)).isFalse();
        assertThat(Majority.TWO_THIRDS.reached(0, 0)).isFalse();
    }

    @Test
    void abstentionsCountForTheQuorumButNeitherForNorAgainst() {
        // 10 eligible, quorum 60%: 2 yes, 1 no, 3 abstain → quorum met (6), simple majority reached
        Decision vote = decision(DecisionKind.VOTE, 60, Majority.SIMPLE, 10);
        List<String> votes = new ArrayList<>();
        votes.addAll(answers("YES", 2));
        votes.addAll(answers("NO", 1));
        votes.addAll(answers("ABSTAIN", 3));
        Tally tally = DecisionCounter.count(vote, List.of(), cast(votes));
        assertThat(tally.quorumMet()).isTrue();
        assertThat(tally.outcome()).isEqualTo(Outcome.ADOPTED);
        // the same without the abstentions misses the quorum
        Tally without = DecisionCounter.count(vote, List.of(), cast(votes.subList(0, 3)));
        assertThat(without.quorumMet()).isFalse();
        assertThat(without.outcome()).isEqualTo(Outcome.NOT_ADOPTED);
        // two thirds: 2 yes of 3 yes/no is two thirds
        assertThat(DecisionCounter.count(
                                decision(DecisionKind.VOTE, 0, Majority.TWO_THIRDS, 10), List.of(), cast(votes))
                        .outcome())
                .isEqualTo(Outcome.ADOPTED);
    }

    @Test
    void consentIsAdoptedUnlessSomeoneBlocks() {
        Decision consent = decision(DecisionKind.CONSENT, 0, Majority.SIMPLE, 5);
        List<String> votes = new ArrayList<>(answers("AGREE", 2));
        votes.addAll(answers("DISAGREE", 2));
        assertThat(DecisionCounter.count(consent, List.of(), cast(votes)).outcome())
                .isEqualTo(Outcome.ADOPTED);
        votes.addAll(answers("BLOCK", 1));
        assertThat(DecisionCounter.count(consent, List.of(), cast(votes)).outcome())
                .isEqualTo(Outcome.NOT_ADOPTED);
        assertThat(DecisionCounter.count(consent, List.of(), cast(List.of())).outcome())
                .isEqualTo(Outcome.NOT_ADOPTED);
    }

    @Test
    void aScoreIsWonByTheHighestTotalAndATieWinsNothing() {
        Decision score = decision(DecisionKind.SCORE, 0, Majority.SIMPLE, 3);
        List<String> options = List.of("A", "B");
        Tally tally = DecisionCounter.count(score, options, ballots(ballot(5, 1), ballot(2, 3)));
        assertThat(tally.winner()).isEqualTo(0);
        assertThat(tally.lines().get(0).value()).isEqualTo(7);
        assertThat(tally.lines().get(0).mean()).isEqualTo(35);
        assertThat(DecisionCounter.count(score, options, ballots(ballot(2, 3), ballot(3, 2)))
                        .winner())
                .isNull();
    }

    @Test
    void aPollIsWonByTheMostChosenOption() {
        Decision poll = decision(DecisionKind.POLL, 0, Majority.SIMPLE, 3);
        Tally tally = DecisionCounter.count(poll, List.of("A", "B", "C"), ballots(ballot(1), ballot(1, 2), ballot(0)));
        assertThat(tally.winner()).isEqualTo(1);
        assertThat(tally.outcome()).isEqualTo(Outcome.ADOPTED);
    }

    @Test
    void aRankedBallotIsRefusedWithTheOptionOrRankAtFault() {
        List<String> options = List.of("Ana", "Ben", "Chen");
        assertThat(RankedBallot.fromOrder("ranking", List.of(2, 0), options)).containsExactly(2, 0);
        assertThat(message(() -> RankedBallot.fromOrder("ranking", List.of(1, 1), options)))
                .isEqualTo("The option “Ben” is given more than once.");
        assertThat(message(() -> RankedBallot.fromOrder("ranking", List.of(0, 7), options)))
                .isEqualTo("There is no option 7.");
        assertThat(RankedBallot.fromRanks("ranking", Map.of(0, "2", 1, "", 2, "1"), options))
                .containsExactly(2, 0);
        assertThat(message(() -> RankedBallot.fromRanks("ranking", Map.of(0, "1", 2, "3"), options)))
                .isEqualTo("Ranks go 1, 2, 3… without a gap: rank 2 is missing before rank 3.");
        assertThat(message(() -> RankedBallot.fromRanks("ranking", Map.of(0, "1", 2, "1"), options)))
                .isEqualTo("Rank 1 is given to both “Ana” and “Chen”.");
        assertThat(message(() -> RankedBallot.fromRanks("ranking", Map.of(0, "first"), options)))
                .isEqualTo("The rank of “Ana” must be a number, not “first”.");
        assertThat(message(() -> RankedBallot.fromRanks("ranking", Map.of(), options)))
                .isEqualTo("Rank at least one option.");
    }

    private static String message(Runnable refused) {
        try {
            refused.run();
        } catch (InvalidInputException e) {
            return e.errors().get(0).text().english();
        }
        throw new AssertionError("not refused");
    }

    private static Decision decision(DecisionKind kind, int quorum, Majority majority, int eligible) {
        return new Decision(
                1,
                1,
                null,
                "T",
                "",
                kind,
                DecisionVisibility.MEMBERS,
                TallyShown.AFTER_VOTING,
                new Quorum(quorum),
                majority,
                5,
                2,
                Instant.EPOCH,
                1L,
                "P",
                null,
                eligible,
                Instant.EPOCH,
                null,
                null,
                null,
                null,
                42,
                "",
                null,
                null,
                null,
                null);
    }

    private static List<String> answers(String choice, int count) {
        return java.util.Collections.nCopies(count, choice);
    }

    private static Cast cast(List<String> answers) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        answers.forEach(answer -> counts.merge(answer, 1, Integer::sum));
        return new Cast(answers.size(), counts, List.of());
    }

    private static Cast ballots(int[]... ballots) {
        return new Cast(ballots.length, Map.of(), List.of(ballots));
    }

    private static int[] ballot(int... ballot) {
        return ballot;
    }
}
