package org.statcommons.data.opensdg;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.statcommons.data.ingest.Column;
import org.statcommons.data.ingest.ReleasedData;

/**
 * Writes released data as Open SDG's CSV, streamed: {@code Year} (the period), the disaggregations (the dimensions,
 * by their names; SDMX's total {@code _T} and a dimension a dataset lacks are written empty, Open SDG's total), then
 * {@code Series} (the measure, when a dataset has several), {@code Units} (when a measure has a unit) and
 * {@code Value} (empty when missing or suppressed, never 0). Several datasets of one indicator share one header: the
 * union of their disaggregations.
 */
@Component
class OpenSdgWriter {

    /** The dimension a file with several measures gets (data.ingest's), written as Open SDG's {@code Series}. */
    private static final String MEASURE = "MEASURE";

    private static final String TOTAL = "_T";

    private final ReleasedData data;

    OpenSdgWriter(ReleasedData data) {
        this.data = data;
    }

    void write(List<ReleasedData.Structure> structures, OutputStream out) {
        Set<String> disaggregations = new LinkedHashSet<>();
        boolean series = false;
        boolean units = false;
        for (ReleasedData.Structure s : structures) {
            for (Column d : s.dimensions()) {
                if (d.name().equals(MEASURE)) {
                    series = true;
                } else {
                    disaggregations.add(d.name());
                }
            }
            units |= s.measures().stream().anyMatch(m -> !m.unit().isEmpty());
        }
        List<String> header = new ArrayList<>();
        header.add("Year");
        header.addAll(disaggregations);
        if (series) {
            header.add("Series");
        }
        if (units) {
            header.add("Units");
        }
        header.add("Value");
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(writer);
        csv.writeRecord(header);
        List<String> names = List.copyOf(disaggregations);
        for (ReleasedData.Structure s : structures) {
            // where each of this dataset's dimensions goes in the row (-1: Series)
            int[] place = new int[s.dimensions().size()];
            for (int i = 0; i < place.length; i++) {
                String name = s.dimensions().get(i).name();
                place[i] = name.equals(MEASURE) ? -1 : 1 + names.indexOf(name);
            }
            int seriesPlace = series ? 1 + names.size() : -1;
            int unitPlace = units ? 1 + names.size() + (series ? 1 : 0) : -1;
            String[] row = new String[header.size()];
            data.read(s, null, null, null, o -> {
                java.util.Arrays.fill(row, "");
                row[0] = o.period();
                String measure = s.measures().size() == 1 ? s.measures().get(0).name() : null;
                for (int i = 0; i < place.length; i++) {
                    String code = o.key().get(i);
                    if (place[i] < 0) {
                        measure = code;
                        row[seriesPlace] = code;
                    } else if (!code.equals(TOTAL)) {
                        row[place[i]] = code;
                    }
                }
                if (unitPlace > 0) {
                    row[unitPlace] = unit(s, measure);
                }
                row[row.length - 1] = o.value() == null ? "" : ReleasedData.number(o.value());
                csv.writeRecord(row);
            });
        }
        try {
            csv.flush();
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unit(ReleasedData.Structure s, String measure) {
        return s.measures().stream()
                .filter(m -> m.name().equals(measure))
                .map(Column::unit)
                .findFirst()
                .orElse("");
    }
}
