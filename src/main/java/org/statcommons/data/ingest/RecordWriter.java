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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a record-level release's published records as CSV, JSON or Excel, streamed as read: one row per record, its
 * variables in order (a suppressed value empty in CSV and Excel, {@code null} in JSON), then {@value #SUPPRESSED}, the
 * names of the variables suppressed in that record joined by {@code |}. A query selects records by variables' values
 * ({@code SEX=F&REGION=North%2BSouth}); a name that is not a variable, or a period, is refused by name.
 */
@Component
class RecordWriter {

    /** The last column: which variables of the record were suppressed by disclosure control. */
    static final String SUPPRESSED = "SUPPRESSED";

    /** A query of a release's records: the values wanted per variable (place, 1 first), none for all. */
    record RecordQuery(long releaseId, List<Column> variables, Map<Integer, List<String>> values) {

        List<String> header() {
            List<String> names =
                    new ArrayList<>(variables.stream().map(Column::name).toList());
            names.add(SUPPRESSED);
            return names;
        }
    }

    private final Records records;
    private final JsonMapper json;

    RecordWriter(Records records, JsonMapper json) {
        this.records = records;
        this.json = json;
    }

    RecordQuery parse(long releaseId, List<Column> variables, MultiValueMap<String, String> parameters) {
        List<InvalidInputException.FieldMessage> errors = new ArrayList<>();
        Map<Integer, List<String>> values = new LinkedHashMap<>();
        List<String> names = variables.stream().map(Column::name).toList();
        int asked = 0;
        for (var entry : parameters.entrySet()) {
            String name = entry.getKey();
            if (name.equals("format") || name.equals("draft")) {
                continue;
            }
            int at = names.indexOf(name);
            if (at < 0) {
                errors.add(new InvalidInputException.FieldMessage(
                        name, Text.of("data-ingest.query.unknown-variable", name, String.join(", ", names))));
                continue;
            }
            List<String> wanted = new ArrayList<>();
            for (String value : entry.getValue()) {
                for (String one : value.split("\\+")) {
                    if (!one.isBlank()) {
                        wanted.add(one.strip());
                    }
                }
            }
            asked += wanted.size();
            if (asked > DataQueryParser.MAX_CODES) {
                throw new InvalidInputException(
                        name, Text.of("data-ingest.query.too-many-codes", DataQueryParser.MAX_CODES, asked));
            }
            if (!wanted.isEmpty()) {
                Set<String> known = new HashSet<>(records.known(releaseId, at + 1, wanted));
                for (String value : wanted) {
                    if (!known.contains(value)) {
                        errors.add(new InvalidInputException.FieldMessage(
                                name, Text.of("data-ingest.query.unknown-code", value, name)));
                    }
                }
                values.put(at + 1, wanted);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new RecordQuery(releaseId, variables, values);
    }

    @Transactional(readOnly = true)
    public void csv(RecordQuery query, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(writer);
            csv.writeRecord(query.header());
            csv.flush();
            if (query.values().isEmpty()) {
                records.copyCsv(
                        query.releaseId(),
                        query.variables().stream().map(Column::name).toList(),
                        out);
                return;
            }
            List<String> fields = new ArrayList<>();
            records.read(query.releaseId(), query.values(), r -> {
                fields.clear();
                r.values().forEach(v -> fields.add(v == null ? "" : v));
                fields.add(suppressed(query, r.values()));
                csv.writeRecord(fields);
            });
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional(readOnly = true)
    public void json(RecordQuery query, OutputStream out) {
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            g.writeName("structure");
            g.writeStartObject();
            g.writeStringProperty("kind", "records");
            g.writeName("variables");
            g.writeStartArray();
            for (Column v : query.variables()) {
                g.writeStartObject();
                g.writeStringProperty("id", v.name());
                g.writeStringProperty("role", v.role().name());
                if (v.role() == Role.MEASURE) {
                    g.writeStringProperty("unit", v.unit());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeName("records");
            g.writeStartArray();
            records.read(query.releaseId(), query.values(), r -> {
                g.writeStartObject();
                for (int i = 0; i < query.variables().size(); i++) {
                    Column variable = query.variables().get(i);
                    String value = r.values().get(i);
                    g.writeName(variable.name());
                    if (value == null) {
                        g.writeNull();
                    } else if (variable.role() == Role.MEASURE && !value.isEmpty() && !value.equals("NaN")) {
                        g.writeNumber(Double.parseDouble(value));
                    } else {
                        g.writeString(value);
                    }
                }
                g.writeStringProperty(SUPPRESSED, suppressed(query, r.values()));
                g.writeEndObject();
            });
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    @Transactional(readOnly = true)
    public void xlsx(RecordQuery query, OutputStream out) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            book.setCompressTempFiles(true);
            Sheet sheet = book.createSheet("records");
            List<String> header = query.header();
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                first.createCell(i).setCellValue(header.get(i));
            }
            int[] next = {1};
            records.read(query.releaseId(), query.values(), r -> {
                if (next[0] >= DownloadWriter.SHEET_ROWS) {
                    return;
                }
                Row row = sheet.createRow(next[0]++);
                for (int i = 0; i < r.values().size(); i++) {
                    if (r.values().get(i) != null) {
                        row.createCell(i).setCellValue(r.values().get(i));
                    }
                }
                row.createCell(r.values().size()).setCellValue(suppressed(query, r.values()));
            });
            book.write(out);
            book.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String suppressed(RecordQuery query, List<String> values) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                names.add(query.variables().get(i).name());
            }
        }
        return String.join("|", names);
    }
}
