package org.statcommons.insights;

import java.util.List;
import org.statcommons.platform.Text;

/**
 * A table of figures and its chart: one row per month, country, kind or page, one count per column.
 *
 * @param code    a stable name for the CSV and the API ("joined-by-month")
 * @param columns the headings of the count columns (the label column's heading is {@code label})
 * @param monthly whether the rows are the period's months (a chart over time, folded into years on the page when
 *                the period is long)
 */
public record InsightTable(
        String code, Text title, Text label, List<Text> columns, List<InsightRow> rows, boolean monthly) {

    public InsightTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (InsightRow row : rows) {
            if (row.values().size() != columns.size()) {
                throw new IllegalArgumentException(
                        "A row of " + row.values().size() + " counts in a table of " + columns.size() + " columns");
            }
        }
    }
}
