package org.statcommons.insights;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.i18n.Language;

/**
 * The dashboard's figures as CSV (RFC 4180, through Apache Commons CSV), in long form: one line per figure and per
 * count of a table, under fixed English column names, so that a spreadsheet or a script reads every export alike,
 * whatever the period. {@code section}, {@code table}, {@code row} and {@code column} are stable codes (a month as
 * {@code 2026-03}, a country by its ISO code, a page by its path); {@code label} is the row in the reader's language;
 * a rate gives its two counts ({@code value} out of {@code out_of}). Series by month are always by month here. A cell
 * a spreadsheet would run as a formula is written after an apostrophe, as OWASP advises (a page's title is typed).
 */
final class InsightsCsvWriter {

    static final List<String> HEADER = List.of("section", "table", "row", "label", "column", "value", "out_of");

    private InsightsCsvWriter() {}

    static String write(Dashboard dashboard, Language language, TimePresenter times) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader(HEADER.toArray(String[]::new))
                .get();
        RowLabeller labeller = new RowLabeller(language, times);
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (InsightPart part : dashboard.parts()) {
                for (InsightFigure figure : part.figures()) {
                    printer.printRecord(
                            part.code(),
                            "",
                            figure.code(),
                            safe(figure.label().in(language)),
                            "",
                            figure.value(),
                            figure.outOf() == null ? "" : figure.outOf());
                }
                for (InsightTable table : part.tables()) {
                    for (InsightRow row : table.rows()) {
                        String label = safe(labeller.label(row.label(), false));
                        for (int c = 0; c < table.columns().size(); c++) {
                            printer.printRecord(
                                    part.code(),
                                    table.code(),
                                    safe(row.label().code()),
                                    label,
                                    column(table.columns().get(c)),
                                    row.values().get(c),
                                    "");
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A column's stable code: the last part of its bundle key ("insights.column.joined" is "joined"). */
    static String column(Text heading) {
        return heading.key().substring(heading.key().lastIndexOf('.') + 1);
    }

    static String safe(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
