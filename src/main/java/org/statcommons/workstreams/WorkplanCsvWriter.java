package org.statcommons.workstreams;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A workplan's items as CSV (RFC 4180, through Apache Commons CSV: quotes, commas and line breaks inside cells are
 * its business): one line per item under a header of fixed English column names, so that a spreadsheet or a script
 * reads every export alike. A cell that a spreadsheet would run as a formula (starting with {@code =}, {@code +},
 * {@code -} or {@code @}) is written after an apostrophe, as OWASP advises.
 */
final class WorkplanCsvWriter {

    static final List<String> HEADER =
            List.of("activity", "workstream", "owners", "start", "due", "status", "overdue", "deliverable");

    private WorkplanCsvWriter() {}

    static String write(List<WorkplanItem> items, Map<Long, String> workstreamTitles, LocalDate today) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader(HEADER.toArray(String[]::new))
                .get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (WorkplanItem item : items) {
                printer.printRecord(
                        safe(item.activity()),
                        safe(item.workstreamId() == null ? "" : workstreamTitles.getOrDefault(item.workstreamId(), "")),
                        safe(item.owners()),
                        item.startsOn().toString(),
                        item.dueOn().toString(),
                        item.status().name(),
                        item.overdue(today) ? "yes" : "no",
                        safe(item.deliverable()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String safe(String cell) {
        return !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
