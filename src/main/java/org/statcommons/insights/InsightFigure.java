package org.statcommons.insights;

import org.statcommons.platform.Text;

/**
 * One headline figure: a count, or a rate when {@code outOf} is given (people present out of people invited), shown as
 * a percentage and given as both counts in the CSV and the API so that nothing is lost to rounding.
 *
 * @param code a stable name for the CSV and the API ("joined", "attendance")
 */
public record InsightFigure(String code, Text label, long value, Long outOf) {

    public static InsightFigure count(String code, String key, long value) {
        return new InsightFigure(code, Text.of(key), value, null);
    }

    public static InsightFigure rate(String code, String key, long value, long outOf) {
        return new InsightFigure(code, Text.of(key), value, outOf);
    }

    /** The rate in percent, rounded to a whole; null for a count, or for a rate out of nothing. */
    public Long percent() {
        if (outOf == null || outOf == 0) {
            return null;
        }
        return Math.round(100.0 * value / outOf);
    }
}
