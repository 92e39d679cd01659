package org.statcommons.data.sdmx;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.statcommons.data.ingest.ReleasedData;

/**
 * SDMX-CSV 1.0: a header of {@code DATAFLOW}, the dimensions, {@code TIME_PERIOD}, {@code OBS_VALUE} and the
 * attributes, then one row per observation ({@code AGENCY:DF_12(3.0)} first); a missing or suppressed value is empty.
 */
final class SdmxCsvWriter implements MessageWriter {

    private final SdmxStructure structure;
    private final BufferedWriter out;
    private final CsvWriter csv;
    private final List<String> row = new ArrayList<>();
    private List<String> series;

    SdmxCsvWriter(SdmxStructure structure, OutputStream out) {
        this.structure = structure;
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        this.csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(this.out);
    }

    static List<String> header(SdmxStructure structure) {
        List<String> names = new ArrayList<>();
        names.add("DATAFLOW");
        structure.dimensions().forEach(d -> names.add(d.id()));
        names.add(SdmxStructure.TIME);
        names.add(SdmxStructure.VALUE);
        structure.attributes().forEach(a -> names.add(a.id()));
        return names;
    }

    @Override
    public void start() {
        csv.writeRecord(header(structure));
    }

    @Override
    public void startSeries(List<String> key) {
        series = key;
    }

    @Override
    public void observation(List<String> key, String period, Double value, List<String> attributes) {
        series = null;
        row.clear();
        row.add(structure.flowReference());
        row.addAll(key);
        row.add(period);
        row.add(value == null ? "" : ReleasedData.number(value));
        for (int i = 0; i < structure.attributes().size(); i++) {
            String a = i < attributes.size() ? attributes.get(i) : null;
            row.add(a == null ? "" : a);
        }
        csv.writeRecord(row);
    }

    /** A series without observations (keys only) is a row of its key. */
    @Override
    public void endSeries() {
        if (series != null) {
            row.clear();
            row.add(structure.flowReference());
            row.addAll(series);
            for (int i = 0; i < 2 + structure.attributes().size(); i++) {
                row.add("");
            }
            csv.writeRecord(row);
            series = null;
        }
    }

    @Override
    public void end() {
        try {
            csv.flush();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
