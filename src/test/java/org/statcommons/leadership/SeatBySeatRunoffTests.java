package org.statcommons.leadership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statcommons.decisions.InstantRunoff;

/** The election count: instant runoff seat by seat, each later seat without the winners before it, and ties. */
class SeatBySeatRunoffTests {

    private static final long ANA = 11;
    private static final long BEN = 12;
    private static final long CHO = 13;
    private static final long DAN = 14;

    private static List<long[]> ballots(int times, long... ranking) {
        List<long[]> list = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            list.add(ranking);
        }
        return list;
    }

    @Test
    void theFirstSeatGoesToTheRunoffWinnerAndTheSecondIsCountedAgainWithoutThem() {
        List<long[]> box = new ArrayList<>();
        box.addAll(ballots(4, ANA, CHO));
        box.addAll(ballots(3, BEN, CHO));
        box.addAll(ballots(2, CHO, BEN));
        List<SeatBySeatRunoff.Seat> seats = SeatBySeatRunoff.count(box, List.of(ANA, BEN, CHO), 2, 7);

        // seat 1: 4/3/2, Cho eliminated, her 2 go to Ben: Ben 5 of 9
        assertThat(seats.get(0).winner()).isEqualTo(BEN);
        assertThat(seats.get(0).count().rounds()).hasSize(2);
        assertThat(seats.get(0).count().rounds().get(0).eliminated()).isEqualTo(2);
        // seat 2 without Ben: Ana 4, Cho 3 + 2 = 5 of 9
        assertThat(seats.get(1).candidates()).containsExactly(ANA, CHO);
        assertThat(seats.get(1).winner()).isEqualTo(CHO);
        assertThat(seats.get(1).count().rounds().get(0).votesOf(1)).isEqualTo(5);
    }

    @Test
    void moreSeatsThanCandidatesLeavesTheLastSeatsVacant() {
        List<SeatBySeatRunoff.Seat> seats = SeatBySeatRunoff.count(ballots(3, ANA), List.of(ANA), 2, 1);
        assertThat(seats.get(0).winner()).isEqualTo(ANA);
        assertThat(seats.get(1).winner()).isNull();
        assertThat(seats.get(1).count()).isNull();
    }

    @Test
    void aCandidateNobodyRankedIsNotElectedToALaterSeat() {
        // everyone ranks only Ana: seat 2, with Ben alone left, has every ballot exhausted
        List<SeatBySeatRunoff.Seat> seats = SeatBySeatRunoff.count(ballots(3, ANA), List.of(ANA, BEN), 2, 1);
        assertThat(seats.get(0).winner()).isEqualTo(ANA);
        assertThat(seats.get(1).winner()).isNull();
    }

    @Test
    void aTieForEliminationIsBrokenByTheEarlierRoundThenByLotTheSameWayEachTime() {
        // round 1: Ana 5, Ben 3, Cho 2, Dan 1 -> Dan out, his ballot to Cho; round 2: Ana 5, Ben 3, Cho 3 -> a tie,
        // broken by round 1 (Cho had 2, Ben 3): Cho out; round 3: Ana 5 of 8
        List<long[]> box = new ArrayList<>();
        box.addAll(ballots(5, ANA));
        box.addAll(ballots(3, BEN));
        box.addAll(ballots(2, CHO));
        box.addAll(ballots(1, DAN, CHO));
        SeatBySeatRunoff.Seat seat =
                SeatBySeatRunoff.count(box, List.of(ANA, BEN, CHO, DAN), 1, 5).get(0);
        assertThat(seat.count().rounds().get(1).tieBreak().rule()).isEqualTo(InstantRunoff.TieRule.EARLIER_ROUND);
        assertThat(seat.count().rounds().get(1).eliminated()).isEqualTo(2);
        assertThat(seat.winner()).isEqualTo(ANA);

        // a perfect tie in every round is drawn by lot from the seed: the same seed draws the same loser
        List<long[]> tied = new ArrayList<>();
        tied.addAll(ballots(2, ANA));
        tied.addAll(ballots(2, BEN));
        tied.addAll(ballots(1, CHO, ANA));
        tied.addAll(ballots(1, DAN, BEN));
        for (long seed = 0; seed < 5; seed++) {
            SeatBySeatRunoff.Seat once = SeatBySeatRunoff.count(tied, List.of(ANA, BEN, CHO, DAN), 1, seed)
                    .get(0);
            SeatBySeatRunoff.Seat again = SeatBySeatRunoff.count(tied, List.of(ANA, BEN, CHO, DAN), 1, seed)
                    .get(0);
            InstantRunoff.Round first = once.count().rounds().get(0);
            assertThat(first.tieBreak().rule()).isEqualTo(InstantRunoff.TieRule.LOT);
            assertThat(first.tieBreak().tied()).containsExactlyInAnyOrder(2, 3);
            assertThat(again.count().rounds().get(0).eliminated()).isEqualTo(first.eliminated());
            assertThat(again.winner()).isEqualTo(once.winner());
        }
    }

    @Test
    void eachSeatDrawsItsLotFromItsOwnSeedSoASecondSeatCountIsReproducible() {
        List<long[]> tied = new ArrayList<>();
        tied.addAll(ballots(1, ANA));
        tied.addAll(ballots(1, BEN));
        tied.addAll(ballots(1, CHO));
        List<SeatBySeatRunoff.Seat> once = SeatBySeatRunoff.count(tied, List.of(ANA, BEN, CHO), 3, 42);
        List<SeatBySeatRunoff.Seat> again = SeatBySeatRunoff.count(tied, List.of(ANA, BEN, CHO), 3, 42);
        assertThat(once.stream().map(SeatBySeatRunoff.Seat::winner).toList())
                .isEqualTo(again.stream().map(SeatBySeatRunoff.Seat::winner).toList())
                .containsExactlyInAnyOrder(ANA, BEN, CHO);
    }
}
