package org.statcommons.insights;

import java.util.List;

/** One row of a table: what it counts, and a count per column. */
public record InsightRow(InsightLabel label, List<Long> values) {

    public InsightRow {
        values = List.copyOf(values);
    }

    public static InsightRow of(InsightLabel label, long... values) {
        return new InsightRow(label, java.util.Arrays.stream(values).boxed().toList());
    }
}
