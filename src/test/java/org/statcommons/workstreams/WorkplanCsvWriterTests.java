package org.statcommons.workstreams;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class WorkplanCsvWriterTests {

    @Test
    void itemsWithCommasQuotesAndLineBreaksReadBackAsWritten() throws IOException {
        WorkplanItem item = new WorkplanItem(
                1,
                1,
                "Workshop, \"census\"\nround two",
                7L,
                "=HYPERLINK(\"x\")",
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 2, 1),
                WorkplanItem.Status.IN_PROGRESS,
                "https://example.org/a,b");
        String csv = WorkplanCsvWriter.write(List.of(item), Map.of(7L, "Census"), LocalDate.of(2027, 3, 1));
        List<CSVRecord> records = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))
                .getRecords();
        assertThat(records).hasSize(1);
        CSVRecord r = records.get(0);
        assertThat(r.get("activity")).isEqualTo("Workshop, \"census\"\nround two");
        assertThat(r.get("workstream")).isEqualTo("Census");
        assertThat(r.get("owners")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(r.get("due")).isEqualTo("2027-02-01");
        assertThat(r.get("overdue")).isEqualTo("yes");
        assertThat(r.get("deliverable")).isEqualTo("https://example.org/a,b");
    }
}
