package org.statcommons.data.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/**
 * k-anonymity of record-level data (sdcMicro's frequency counts of keys): each combination of the chosen
 * quasi-identifiers (age group, sex, district…) must be shared by at least k records, or a person known to be in the
 * data could be singled out by those facts alone.
 */
public final class KAnonymityChecker {

    /** What the check found: the combinations shared by fewer than k records, rarest first. */
    public record KAnonymityReport(
            int k,
            List<String> quasiIdentifiers,
            long records,
            long combinations,
            List<RareCombination> rare,
            long recordsAtRisk) {

        public KAnonymityReport {
            quasiIdentifiers = List.copyOf(quasiIdentifiers);
            rare = List.copyOf(rare);
        }

        public boolean anonymous() {
            return rare.isEmpty();
        }
    }

    /** A combination of quasi-identifier values and how many records have it. */
    public record RareCombination(List<String> values, long count) {
        public RareCombination {
            values = List.copyOf(values);
        }
    }

    /** Counts the combinations of {@code quasiIdentifiers} (names of {@code columns}) over the records. */
    public KAnonymityReport check(
            List<String> columns, Stream<List<String>> records, List<String> quasiIdentifiers, int k) {
        if (k < 1 || quasiIdentifiers.isEmpty()) {
            throw new InvalidInputException(
                    "quasiIdentifiers", Text.of("disclosure.rules.invalid", "k", String.valueOf(k)));
        }
        int[] at = new int[quasiIdentifiers.size()];
        for (int q = 0; q < at.length; q++) {
            at[q] = columns.indexOf(quasiIdentifiers.get(q));
            if (at[q] < 0) {
                throw new InvalidInputException(
                        "quasiIdentifiers", Text.of("disclosure.input.unknown-column", quasiIdentifiers.get(q)));
            }
        }
        Map<List<String>, long[]> counts = new HashMap<>();
        long[] seen = {0};
        records.forEach(record -> {
            seen[0]++;
            if (record.size() != columns.size()) {
                throw new InvalidInputException(
                        "records", Text.of("disclosure.input.record-width", seen[0], record.size(), columns.size()));
            }
            List<String> key = new ArrayList<>(at.length);
            for (int column : at) {
                key.add(record.get(column));
            }
            counts.computeIfAbsent(List.copyOf(key), unused -> new long[1])[0]++;
        });
        List<RareCombination> rare = new ArrayList<>();
        long atRisk = 0;
        for (Map.Entry<List<String>, long[]> entry : counts.entrySet()) {
            if (entry.getValue()[0] < k) {
                rare.add(new RareCombination(entry.getKey(), entry.getValue()[0]));
                atRisk += entry.getValue()[0];
            }
        }
        rare.sort(
                Comparator.comparingLong(RareCombination::count).thenComparing(c -> String.join("\u0000", c.values())));
        return new KAnonymityReport(k, quasiIdentifiers, seen[0], counts.size(), rare, atRisk);
    }
}
