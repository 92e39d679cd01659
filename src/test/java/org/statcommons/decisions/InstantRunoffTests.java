package org.statcommons.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.statcommons.support.CpuTime;

class InstantRunoffTests {

    private static List<int[]> ballots(int count, int... order) {
        List<int[]> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(order.clone());
        }
        return list;
    }

    @SafeVarargs
    private static List<int[]> all(List<int[]>... groups) {
        List<int[]> list = new ArrayList<>();
        for (List<int[]> group : groups) {
            list.addAll(group);
        }
        return list;
    }

    @Test
    void aMajorityOfFirstPreferencesWinsInTheFirstRound() {
        InstantRunoff.Result result = InstantRunoff.count(all(ballots(3, 0, 1), ballots(2, 1, 0)), 2, 1);
        assertThat(result.winner()).isEqualTo(0);
        assertThat(result.rounds()).hasSize(1);
        assertThat(result.rounds().get(0).votesOf(0)).isEqualTo(3);
    }

    @Test
    void theLastIsEliminatedAndItsBallotsGoToTheirNextPreference() {
        // A 4, B 3, C 2 (C's voters prefer B next): B wins in round 2 with 5 of 9
        List<int[]> ballots = all(ballots(4, 0), ballots(3, 1), ballots(2, 2, 1));
        InstantRunoff.Result result = InstantRunoff.count(ballots, 3, 7);
        assertThat(result.rounds()).hasSize(2);
        assertThat(result.rounds().get(0).eliminated()).isEqualTo(2);
        assertThat(result.rounds().get(1).votesOf(1)).isEqualTo(5);
        assertThat(result.winner()).isEqualTo(1);
    }

    @Test
    void ballotsThatRankOnlyEliminatedCandidatesAreExhausted() {
        // A 4, B 3, C 2 (C's voters rank nobody else): A leads 4 of 7 continuing ballots in round 2
        List<int[]> ballots = all(ballots(4, 0), ballots(3, 1), ballots(2, 2));
        InstantRunoff.Result result = InstantRunoff.count(ballots, 3, 7);
        assertThat(result.rounds().get(1).exhausted()).isEqualTo(2);
        assertThat(result.winner()).isEqualTo(0);
    }

    @Test
    void aTieForLastIsBrokenByTheEarlierRoundWithFewerVotes() {
        // round 1: A 5, B 3, C 2, D 1 → D out (to C); round 2: A 5, B 3, C 3 → B and C tied;
        // in round 1 C had fewer (2 < 3), so C is eliminated, not B
        List<int[]> ballots = all(ballots(5, 0), ballots(3, 1), ballots(2, 2), ballots(1, 3, 2));
        InstantRunoff.Result result = InstantRunoff.count(ballots, 4, 99);
        InstantRunoff.Round second = result.rounds().get(1);
        assertThat(second.votesOf(1)).isEqualTo(3);
        assertThat(second.votesOf(2)).isEqualTo(3);
        assertThat(second.eliminated()).isEqualTo(2);
        assertThat(second.tieBreak().rule()).isEqualTo(InstantRunoff.TieRule.EARLIER_ROUND);
        assertThat(second.tieBreak().tied()).containsExactly(1, 2);
    }

    @Test
    void aTieInEveryRoundIsDrawnByLotAndTheSameSeedDrawsTheSame() {
        // A 3, B 2, C 2: B and C tied from the first round, drawn by lot
        List<int[]> ballots = all(ballots(3, 0), ballots(2, 1, 0), ballots(2, 2, 1));
        InstantRunoff.Result first = InstantRunoff.count(ballots, 3, 12345);
        InstantRunoff.Result again = InstantRunoff.count(ballots, 3, 12345);
        assertThat(first.rounds().get(0).tieBreak().rule()).isEqualTo(InstantRunoff.TieRule.LOT);
        assertThat(first.rounds().get(0).eliminated())
                .isIn(1, 2)
                .isEqualTo(again.rounds().get(0).eliminated());
        assertThat(first.winner()).isEqualTo(again.winner());
        // over many seeds, both can be drawn: it is a lot, not a rule in disguise
        java.util.Set<Integer> drawn = new java.util.HashSet<>();
        for (long seed = 0; seed < 40; seed++) {
            drawn.add(InstantRunoff.count(ballots, 3, seed).rounds().get(0).eliminated());
        }
        assertThat(drawn).containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void noBallotsElectNobody() {
        assertThat(InstantRunoff.count(List.of(), 3, 1).winner()).isNull();
    }

    @Test
    void tenThousandBallotsOverTwelveCandidatesAreCountedWellWithinASecond() {
        Random random = new Random(11);
        List<int[]> ballots = new ArrayList<>();
        for (int b = 0; b < 10_000; b++) {
            List<Integer> order = new ArrayList<>();
            for (int c = 0; c < 12; c++) {
                order.add(c);
            }
            java.util.Collections.shuffle(order, random);
            int length = 1 + random.nextInt(12);
            ballots.add(order.subList(0, length).stream()
                    .mapToInt(Integer::intValue)
                    .toArray());
        }
        CpuTime.Measured<InstantRunoff.Result> counted = CpuTime.of(() -> InstantRunoff.count(ballots, 12, 3));
        assertThat(counted.result().winner()).isNotNull();
        assertThat(counted.result().rounds()).hasSizeGreaterThan(1);
        assertThat(counted.cpu()).isLessThan(java.time.Duration.ofSeconds(1));
    }
}
