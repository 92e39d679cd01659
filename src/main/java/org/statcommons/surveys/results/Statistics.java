package org.statcommons.surveys.results;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Means and medians of a distribution of values (a Likert scale's points, ranks) given as value → how many gave it,
 * so that ten thousand answers are a handful of counts. The median of an even number of values is the mean of the two
 * middle ones, as statisticians and spreadsheets take it.
 */
final class Statistics {

    private Statistics() {}

    static Double mean(Map<? extends Number, Long> distribution) {
        long n = 0;
        double sum = 0;
        for (Map.Entry<? extends Number, Long> e : distribution.entrySet()) {
            n += e.getValue();
            sum += e.getKey().doubleValue() * e.getValue();
        }
        return n == 0 ? null : sum / n;
    }

    static Double median(Map<? extends Number, Long> distribution) {
        SortedMap<Double, Long> sorted = new TreeMap<>();
        long n = 0;
        for (Map.Entry<? extends Number, Long> e : distribution.entrySet()) {
            if (e.getValue() > 0) {
                sorted.merge(e.getKey().doubleValue(), e.getValue(), Long::sum);
                n += e.getValue();
            }
        }
        if (n == 0) {
            return null;
        }
        // the values at positions (n-1)/2 and n/2, counted from 0: the same one when n is odd
        long lower = (n - 1) / 2;
        long upper = n / 2;
        Double atLower = null;
        Double atUpper = null;
        long seen = 0;
        for (Map.Entry<Double, Long> e : sorted.entrySet()) {
            long next = seen + e.getValue();
            if (atLower == null && lower < next) {
                atLower = e.getKey();
            }
            if (upper < next) {
                atUpper = e.getKey();
                break;
            }
            seen = next;
        }
        return (atLower + atUpper) / 2;
    }

    /** A share in percent, or null for a share of nothing. */
    static Double percent(long part, long whole) {
        return whole == 0 ? null : 100.0 * part / whole;
    }
}
