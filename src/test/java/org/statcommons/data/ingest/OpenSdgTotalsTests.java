package org.statcommons.data.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.statcommons.support.CpuTime;

/** The Open SDG import: empty disaggregations become the total {@code _T}, at the widest file a header may have. */
class OpenSdgTotalsTests {

    /** Counts rows and keeps the first, checking every row as it passes (a row is forgotten once handed on). */
    private static final class Checked implements RowSink {
        List<String> header;
        String[] first;
        long rows;
        long totals;

        @Override
        public void header(List<String> names) {
            header = names;
        }

        @Override
        public void row(long line, String[] fields) {
            if (first == null) {
                first = fields.clone();
            }
            for (String f : fields) {
                if (OpenSdgTotals.TOTAL.equals(f)) {
                    totals++;
                }
            }
            rows++;
        }
    }

    private static Checked read(String text) {
        Checked checked = new Checked();
        new CsvRowReader()
                .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), ',', new OpenSdgTotals(checked));
        return checked;
    }

    @Test
    void emptyDisaggregationsAreTotalsButAnEmptyYearOrValueStaysEmpty() {
        Checked checked = read("Year,Sex,Age,Value\n,,,\n2020,F,,1.5\n");
        assertThat(checked.first).containsExactly("", "_T", "_T", "");
        assertThat(checked.totals).isEqualTo(3);
        // any other file passes as it is
        assertThat(read("Sex,Year,Value\nF,,\n").first).containsExactly("F", "", "");
        assertThat(read("Year,Sex,Units\n2020,,\n").first).containsExactly("2020", "", "");
    }

    @Test
    void theWidestOpenSdgFileIsReadInTimeProportionalToItsSize() {
        // the most columns a header may have, every disaggregation empty in every row: the most totals to write
        int disaggregations = StagedRows.MAX_COLUMNS - 2;
        String header = "Year,"
                + IntStream.range(0, disaggregations).mapToObj(i -> "D" + i).collect(Collectors.joining(","))
                + ",Value\n";
        String row = "2020," + ",".repeat(disaggregations) + "1\n";
        int rows = 20_000;
        String file = header + row.repeat(rows);
        CpuTime.Measured<Checked> read = CpuTime.of(() -> read(file));
        assertThat(read.result().header).hasSize(StagedRows.MAX_COLUMNS);
        assertThat(read.result().rows).isEqualTo(rows);
        assertThat(read.result().totals).isEqualTo((long) rows * disaggregations);
        String[] expected = new String[StagedRows.MAX_COLUMNS];
        Arrays.fill(expected, "_T");
        expected[0] = "2020";
        expected[expected.length - 1] = "1";
        assertThat(new ArrayList<>(List.of(read.result().first))).containsExactly(expected);
        assertThat(read.cpu()).isLessThan(Duration.ofSeconds(4));
    }
}
