package org.statcommons.progressreports;

import java.util.List;
import org.statcommons.platform.Text;

/** A paragraph, a table or a sub-heading of a report's section. */
public sealed interface ReportBlock permits ReportBlock.Paragraph, ReportBlock.Table, ReportBlock.Subheading {

    /** A sentence or two from the bundles (numbers among its arguments are formatted by ICU in the language). */
    record Paragraph(Text text) implements ReportBlock {}

    /** A heading inside a section ("By country"). */
    record Subheading(Text text) implements ReportBlock {}

    /**
     * A table: its column headings, then its rows, each with one cell per column. {@code empty} is said instead of
     * the table when there are no rows.
     */
    record Table(List<Text> columns, List<List<ReportCell>> rows, Text empty) implements ReportBlock {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<ReportCell> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException(
                            "A row of " + row.size() + " cells in a table of " + columns.size() + " columns");
                }
            }
        }
    }

    static Paragraph paragraph(String key, Object... args) {
        return new Paragraph(Text.of(key, args));
    }

    static Subheading subheading(String key, Object... args) {
        return new Subheading(Text.of(key, args));
    }
}
