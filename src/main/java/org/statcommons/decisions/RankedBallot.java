package org.statcommons.decisions;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/**
 * A ranked ballot checked before it is counted: options named by their position (0, 1, …) in order of preference.
 * A voter ranks at least one option and may leave the others out. Refused, with a message naming the option or the
 * rank: an option ranked twice, an option that does not exist, a rank skipped (1, 2, 4) or repeated, a rank that is
 * not a number.
 */
public final class RankedBallot {

    private RankedBallot() {}

    /**
     * A ballot given as the options in order (the API's {@code ranking}).
     *
     * @param order   option positions, the most preferred first
     * @param options the options' labels, by position
     */
    public static int[] fromOrder(String field, List<Integer> order, List<String> options) {
        if (order == null || order.isEmpty()) {
            throw new InvalidInputException(field, Text.of("decisions.ranked.empty"));
        }
        Set<Integer> seen = new HashSet<>();
        int[] ballot = new int[order.size()];
        for (int i = 0; i < order.size(); i++) {
            Integer option = order.get(i);
            if (option == null || option < 0 || option >= options.size()) {
                throw new InvalidInputException(field, Text.of("decisions.ranked.unknown", String.valueOf(option)));
            }
            if (!seen.add(option)) {
                throw new InvalidInputException(field, Text.of("decisions.ranked.duplicate", options.get(option)));
            }
            ballot[i] = option;
        }
        return ballot;
    }

    /**
     * A ballot given as a rank typed beside each option (the form): ranks 1, 2, 3… with no gap and no rank twice;
     * options left blank are not ranked.
     *
     * @param ranks   the rank typed for each option position (blank or missing: not ranked)
     * @param options the options' labels, by position
     */
    public static int[] fromRanks(String field, Map<Integer, String> ranks, List<String> options) {
        TreeMap<Integer, Integer> byRank = new TreeMap<>();
        // in the options' order, so that the same ballot is always refused with the same message
        for (Map.Entry<Integer, String> typed : new TreeMap<>(ranks).entrySet()) {
            String value = typed.getValue() == null ? "" : typed.getValue().strip();
            if (value.isEmpty()) {
                continue;
            }
            int option = typed.getKey();
            if (option < 0 || option >= options.size()) {
                throw new InvalidInputException(field, Text.of("decisions.ranked.unknown", String.valueOf(option)));
            }
            int rank;
            try {
                rank = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new InvalidInputException(
                        field, Text.of("decisions.ranked.not-a-number", options.get(option), value));
            }
            if (rank < 1 || rank > options.size()) {
                throw new InvalidInputException(
                        field, Text.of("decisions.ranked.out-of-range", options.get(option), options.size()));
            }
            Integer other = byRank.put(rank, option);
            if (other != null) {
                throw new InvalidInputException(
                        field, Text.of("decisions.ranked.same-rank", rank, options.get(other), options.get(option)));
            }
        }
        if (byRank.isEmpty()) {
            throw new InvalidInputException(field, Text.of("decisions.ranked.empty"));
        }
        int[] ballot = new int[byRank.size()];
        int expected = 1;
        for (Map.Entry<Integer, Integer> entry : byRank.entrySet()) {
            if (entry.getKey() != expected) {
                throw new InvalidInputException(field, Text.of("decisions.ranked.gap", expected, entry.getKey()));
            }
            ballot[expected - 1] = entry.getValue();
            expected++;
        }
        return ballot;
    }
}
