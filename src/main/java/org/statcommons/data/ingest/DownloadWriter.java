package org.statcommons.data.ingest;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.statcommons.data.ReleaseFixed;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a query's observations as CSV (the release's columns, one row per observation), JSON (the structure, then
 * the observations) or Excel (SXSSF: 100 rows in memory, the rest flushed), streamed as they are read. A whole release
 * as CSV goes straight from PostgreSQL's {@code COPY}; a fixed release's is kept as a file once made
 * ({@link DistributionKeeper}, {@value #WHOLE_CSV}), made as soon as the release is fixed.
 */
@Component
class DownloadWriter {

    /** The most rows a sheet takes (Excel's limit). */
    static final int SHEET_ROWS = 1_048_576;

    /** The name of the file of a whole release as CSV. */
    static final String WHOLE_CSV = "download.csv";

    private final Observations observations;
    private final JsonMapper json;
    private final DistributionKeeper keeper;

    DownloadWriter(Observations observations, JsonMapper json, DistributionKeeper keeper) {
        this.observations = observations;
        this.json = json;
        this.keeper = keeper;
    }

    /**
     * Writes a whole release ({@link DataQuery#whole}) as CSV: from its file when there is one ({@code length} told
     * first). No transaction: a file's copy holds no connection, and {@code COPY} takes its own.
     */
    public void wholeCsv(DataQuery query, OutputStream out, LongConsumer length) {
        long id = query.releaseId();
        keeper.send(id, WHOLE_CSV, o -> wholeCsv(id, query.layout(), o), out, length);
    }

    /** Writes the observations a query selects as CSV, read in batches. */
    @Transactional(readOnly = true)
    public void csv(DataQuery query, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(writer);
            csv.writeRecord(query.layout().header());
            csv.flush();
            List<String> fields = new ArrayList<>();
            observations.read(query.releaseId(), query.series(), query.from(), query.to(), o -> {
                fields.clear();
                fields.addAll(o.key());
                fields.add(o.period());
                fields.add(o.value() == null ? "" : number(o.value()));
                for (int i = 0; i < query.layout().attributes().size(); i++) {
                    fields.add(
                            i < o.attributes().size() && o.attributes().get(i) != null
                                    ? o.attributes().get(i)
                                    : "");
                }
                csv.writeRecord(fields);
            });
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixed table's whole CSV is made into its file at once, after the release's commit. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(ReleaseFixed fixed) {
        long id = fixed.releaseId();
        if (!observations.has(id) || Records.recordLevel(observations.components(id))) {
            return;
        }
        Observations.Layout layout = Observations.Layout.of(observations.components(id));
        keeper.keep(id, WHOLE_CSV, out -> wholeCsv(id, layout, out));
    }

    /** The header, then every row straight from PostgreSQL. */
    private void wholeCsv(long releaseId, Observations.Layout layout, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(writer);
            csv.writeRecord(layout.header());
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        observations.copyCsv(releaseId, layout, out);
    }

    @Transactional(readOnly = true)
    public void json(DataQuery query, OutputStream out) {
        Observations.Layout layout = query.layout();
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            g.writeName("structure");
            g.writeStartObject();
            g.writeName("dimensions");
            g.writeStartArray();
            for (Column d : layout.dimensions()) {
                g.writeStartObject();
                g.writeStringProperty("id", d.name());
                g.writeStringProperty("codeList", d.codeList().name());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringProperty("time", layout.time().name());
            g.writeName("measures");
            g.writeStartArray();
            for (Column m : layout.measures()) {
                g.writeStartObject();
                g.writeStringProperty("id", m.name());
                g.writeStringProperty("unit", m.unit());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeName("attributes");
            g.writeStartArray();
            for (Column a : layout.attributes()) {
                g.writeString(a.name());
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeName("observations");
            g.writeStartArray();
            List<String> header = layout.header();
            int dims = layout.dimensions().size();
            observations.read(query.releaseId(), query.series(), query.from(), query.to(), o -> {
                g.writeStartObject();
                for (int i = 0; i < dims; i++) {
                    g.writeStringProperty(header.get(i), o.key().get(i));
                }
                g.writeStringProperty(header.get(dims), o.period());
                g.writeName(header.get(dims + 1));
                if (o.value() == null) {
                    g.writeNull();
                } else {
                    g.writeNumber(o.value());
                }
                for (int i = 0; i < layout.attributes().size(); i++) {
                    String a = i < o.attributes().size() ? o.attributes().get(i) : null;
                    if (a != null && !a.isEmpty()) {
                        g.writeStringProperty(header.get(dims + 2 + i), a);
                    }
                }
                g.writeEndObject();
            });
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    @Transactional(readOnly = true)
    public void xlsx(DataQuery query, OutputStream out) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            book.setCompressTempFiles(true);
            Sheet sheet = book.createSheet("data");
            List<String> header = query.layout().header();
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                first.createCell(i).setCellValue(header.get(i));
            }
            int[] next = {1};
            int dims = query.layout().dimensions().size();
            observations.read(query.releaseId(), query.series(), query.from(), query.to(), o -> {
                if (next[0] >= SHEET_ROWS) {
                    return;
                }
                Row row = sheet.createRow(next[0]++);
                int c = 0;
                for (String code : o.key()) {
                    row.createCell(c++).setCellValue(code);
                }
                row.createCell(c++).setCellValue(o.period());
                if (o.value() != null) {
                    row.createCell(c).setCellValue(o.value());
                }
                c++;
                for (int i = 0; i < query.layout().attributes().size(); i++, c++) {
                    String a = i < o.attributes().size() ? o.attributes().get(i) : null;
                    if (a != null && !a.isEmpty()) {
                        row.createCell(c).setCellValue(a);
                    }
                }
            });
            book.write(out);
            book.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A number as a CSV cell: integers without ".0", others in Java's shortest exact form. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
