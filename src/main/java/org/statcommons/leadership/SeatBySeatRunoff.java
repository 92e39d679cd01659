package org.statcommons.leadership;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.statcommons.decisions.InstantRunoff;

/**
 * Counts an election's ranked ballots seat by seat (sequential instant runoff): seat 1 goes to the instant-runoff
 * winner over every candidate; seat 2 to the instant-runoff winner over the candidates left, every ballot counted
 * again without the winners before it; and so on. Each seat's count is {@link InstantRunoff} with its documented
 * tie-break (earlier rounds, then a lot drawn from the election's seed plus the seat's number, so counting again
 * gives the same result). A seat is left vacant when no candidate is left, or when its count ends with no ballot for
 * the winner (every ballot exhausted): a candidate nobody ranked is never elected.
 */
final class SeatBySeatRunoff {

    /**
     * One seat's count.
     *
     * @param candidates the account ids of the candidates in this seat's count, by position in {@code count}
     * @param winner     the account id elected, or null when the seat is vacant
     * @param count      the instant-runoff count (rounds, tie-breaks), or null when no candidate was left
     */
    record Seat(int number, List<Long> candidates, Long winner, InstantRunoff.Result count) {}

    private SeatBySeatRunoff() {}

    /**
     * @param ballots    each ballot's candidates' account ids, most preferred first
     * @param candidates the account ids of the candidates
     */
    static List<Seat> count(List<long[]> ballots, List<Long> candidates, int seats, long seed) {
        List<Long> left = new ArrayList<>(candidates);
        List<Seat> result = new ArrayList<>();
        for (int seat = 1; seat <= seats; seat++) {
            if (left.isEmpty()) {
                result.add(new Seat(seat, List.of(), null, null));
                continue;
            }
            List<Long> inCount = List.copyOf(left);
            Map<Long, Integer> position = IntStream.range(0, inCount.size())
                    .boxed()
                    .collect(Collectors.toMap(inCount::get, Function.identity()));
            List<int[]> positions = new ArrayList<>(ballots.size());
            for (long[] ballot : ballots) {
                positions.add(java.util.Arrays.stream(ballot)
                        .filter(position::containsKey)
                        .mapToInt(id -> position.get(id))
                        .toArray());
            }
            InstantRunoff.Result count = InstantRunoff.count(positions, inCount.size(), seed + seat);
            Integer winner = count.winner();
            InstantRunoff.Round last = count.rounds().get(count.rounds().size() - 1);
            if (winner == null || last.votesOf(winner) == 0) {
                result.add(new Seat(seat, inCount, null, count));
                continue;
            }
            long elected = inCount.get(winner);
            result.add(new Seat(seat, inCount, elected, count));
            left.remove(elected);
        }
        return result;
    }
}
