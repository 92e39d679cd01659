package org.statcommons.data.disclosure;

import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/**
 * The rules a publisher chose for a dataset. Each primary rule is optional ({@code 0}: not applied):
 *
 * <ul>
 *   <li>{@code minimumFrequency} k: a non-empty cell counting fewer than k units (for a magnitude table, fewer than k
 *       contributors) is confidential;
 *   <li>{@code dominanceUnits} n and {@code dominancePercent} k: a magnitude cell whose n largest contributions make
 *       more than k% of it is confidential;
 *   <li>{@code pPercent} p: a magnitude cell is confidential when the second largest contributor could estimate the
 *       largest to within p% (the cell less its two largest contributions is less than p% of the largest).
 * </ul>
 *
 * {@code maximumShare} is the share of the non-empty cells that may be suppressed before the release is refused
 * (1: refuse only when everything would be); {@code roundingBase} rounds the published values to a multiple of it
 * (0 or 1: no rounding).
 */
public record DisclosureRules(
        int minimumFrequency,
        int dominanceUnits,
        double dominancePercent,
        double pPercent,
        double maximumShare,
        int roundingBase) {

    public DisclosureRules {
        if (minimumFrequency < 0) {
            throw refused("minimumFrequency", String.valueOf(minimumFrequency));
        }
        if (dominanceUnits < 0
                || dominanceUnits > Table.MAX_LARGEST
                || (dominanceUnits > 0 && !(dominancePercent > 0 && dominancePercent <= 100))) {
            throw refused("dominance", "(" + dominanceUnits + ", " + dominancePercent + ")");
        }
        if (!(pPercent >= 0 && pPercent <= 100)) {
            throw refused("pPercent", String.valueOf(pPercent));
        }
        if (!(maximumShare > 0 && maximumShare <= 1)) {
            throw refused("maximumShare", String.valueOf(maximumShare));
        }
        if (roundingBase < 0) {
            throw refused("roundingBase", String.valueOf(roundingBase));
        }
    }

    private static InvalidInputException refused(String field, String value) {
        return new InvalidInputException(field, Text.of("disclosure.rules.invalid", field, value));
    }

    /** A frequency threshold alone, refusing only when every non-empty cell would be suppressed. */
    public static DisclosureRules threshold(int k) {
        return new DisclosureRules(k, 0, 0, 0, 1, 0);
    }

    public DisclosureRules withDominance(int n, double k) {
        return new DisclosureRules(minimumFrequency, n, k, pPercent, maximumShare, roundingBase);
    }

    public DisclosureRules withPPercent(double p) {
        return new DisclosureRules(minimumFrequency, dominanceUnits, dominancePercent, p, maximumShare, roundingBase);
    }

    public DisclosureRules withMaximumShare(double share) {
        return new DisclosureRules(minimumFrequency, dominanceUnits, dominancePercent, pPercent, share, roundingBase);
    }

    public DisclosureRules withRounding(int base) {
        return new DisclosureRules(minimumFrequency, dominanceUnits, dominancePercent, pPercent, maximumShare, base);
    }

    boolean needsLargest() {
        return dominanceUnits > 0 || pPercent > 0;
    }
}
