package org.statcommons.data.charts;

import java.util.List;

/**
 * A dataset's chart as its page shows it: the form that picks codes (plain GET), the SVG, the same figures as a table
 * with their marks, and the addresses to embed it.
 *
 * @param embed the embed page of this chart (its codes in the query), a path
 * @param image the SVG alone, a path
 * @param embedCode the HTML another site copies to frame the embed page
 * @param errors what was asked wrongly (the default chart is shown instead)
 */
record ChartView(
        String title,
        List<DimensionChoice> dimensions,
        List<Option> periods,
        String svg,
        Table table,
        boolean confidential,
        boolean missing,
        String embed,
        String image,
        String embedCode,
        List<String> errors) {

    /** A dimension's select: its name and codes, "*" (one line per code) among them. */
    record DimensionChoice(String name, List<Option> options) {}

    /** One option of a select. */
    record Option(String value, String label, boolean selected) {}

    /** The figures: a row per period, a column per line, each column with its unit. */
    record Table(String caption, String rowHeader, List<Column> columns, List<Row> rows) {}

    record Column(String name, String unit) {}

    record Row(String period, List<Cell> cells) {}

    /** A figure as written, or its mark (confidential, missing) and no figure. */
    record Cell(String text, String mark) {}
}
