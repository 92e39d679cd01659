package org.statcommons.data.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statcommons.platform.InvalidInputException;

/** The readers with ugly input: each refusal names its place, and none reads longer than it should. */
class FileReadingTests {

    private final FileSniffer sniffer = new FileSniffer();
    private final DelimiterDetector delimiters = new DelimiterDetector();
    private final CsvRowReader csv = new CsvRowReader();

    /** Keeps what a reader gives, up to a number of rows (counting the rest). */
    private static final class Kept implements RowSink {
        List<String> header;
        final List<String[]> rows = new ArrayList<>();
        final List<Long> lines = new ArrayList<>();
        long count;

        @Override
        public void header(List<String> names) {
            header = names;
        }

        @Override
        public void row(long line, String[] fields) {
            if (rows.size() < 100) {
                rows.add(fields);
                lines.add(line);
            }
            count++;
        }
    }

    private Kept read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    /** As the upload does: sniff the head, find the delimiter, skip a BOM, read. */
    private Kept read(byte[] bytes) {
        byte[] head = java.util.Arrays.copyOf(bytes, Math.min(bytes.length, FileSniffer.HEAD));
        sniffer.kindOf(head, head.length, "data.csv");
        int start = FileSniffer.hasBom(head, head.length) ? 3 : 0;
        char delimiter = delimiters.delimiterOf(new String(head, start, head.length - start, StandardCharsets.UTF_8));
        Kept kept = new Kept();
        csv.read(new ByteArrayInputStream(bytes, start, bytes.length - start), delimiter, kept);
        return kept;
    }

    private static void refused(Runnable reading, String key, Object... arguments) {
        assertThatThrownBy(reading::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.errors().get(0).text().key()).isEqualTo("data-ingest.file." + key);
            assertThat(e.errors().get(0).text().args()).containsExactly(arguments);
        });
    }

    @Test
    void anEmptyFileIsRefused() {
        refused(() -> read(""), "empty");
        refused(() -> read("\n\n"), "empty");
    }

    @Test
    void aBomIsSkippedAndTheDelimiterFound() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "REF_AREA;SEX;TIME_PERIOD;OBS_VALUE\r\nFR;F;2020;1,5\r\nDE;M;2021;2\r\n"
                .getBytes(StandardCharsets.UTF_8);
        Kept kept = read(concat(bom, body));
        assertThat(kept.header).containsExactly("REF_AREA", "SEX", "TIME_PERIOD", "OBS_VALUE");
        assertThat(kept.rows.get(0)).containsExactly("FR", "F", "2020", "1,5");
        assertThat(kept.lines).containsExactly(2L, 3L);
        assertThat(delimiters.delimiterOf("a\tb\tc\n1\t2\t3\n")).isEqualTo('\t');
        assertThat(delimiters.delimiterOf("a|b|c\n1|2,5|3\n")).isEqualTo('|');
        assertThat(delimiters.delimiterOf("\"a,1\";b\n\"x,y\";2\n")).isEqualTo(';');
        assertThat(delimiters.delimiterOf("only\n1\n")).isEqualTo(',');
    }

    @Test
    void mixedDelimitersAreNamedByLine() {
        refused(() -> read("a,b,c\n1,2,3\n4;5;6\n"), "mixed-delimiters", 3L, ",");
        refused(() -> read("a,b,c\n1,2,3\n4,5\n"), "field-count", 3L, 2, 3);
    }

    @Test
    void aBrokenQuoteOnLineThreeMillionAndOneIsNamedQuickly() {
        // 3,000,000 good lines, then one whose quote never closes: generated as read, never held
        InputStream good = new InputStream() {
            private final byte[] line = "FR,F,2020,12.5\n".getBytes(StandardCharsets.US_ASCII);
            private long left = 2_999_999L * line.length;
            private int at;

            @Override
            public int read() {
                if (left == 0) {
                    return -1;
                }
                left--;
                byte b = line[at];
                at = (at + 1) % line.length;
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left == 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                for (int i = 0; i < n; i++) {
                    buffer[offset + i] = line[at];
                    at = (at + 1) % line.length;
                }
                left -= n;
                return n;
            }
        };
        InputStream header = new ByteArrayInputStream("REF_AREA,SEX,TIME_PERIOD,OBS_VALUE\n".getBytes());
        InputStream broken = new ByteArrayInputStream("DE,M,\"2021,3\nIT,F,2022,4\n".getBytes());
        Kept kept = new Kept();
        assertTimeoutPreemptively(
                Duration.ofSeconds(60),
                () -> refused(
                        () -> csv.read(
                                new SequenceInputStream(new SequenceInputStream(header, good), broken), ',', kept),
                        "open-quote",
                        3_000_001L));
        assertThat(kept.count).isEqualTo(2_999_999L);
    }

    @Test
    void binaryAndWronglyNamedFilesAreRefusedByContent() {
        byte[] binary = {'a', ',', 'b', '\n', 1, 0, 2, '\n'};
        refused(() -> sniffer.kindOf(binary, binary.length, "data.csv"), "binary", 2L);
        byte[] text = "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8);
        refused(() -> sniffer.kindOf(text, text.length, "table.xlsx"), "not-workbook");
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0};
        refused(() -> sniffer.kindOf(xls, xls.length, "table.csv"), "old-excel");
        byte[] latin1 = "a,b\ncaf\u00e9,1\n".getBytes(StandardCharsets.ISO_8859_1);
        refused(() -> sniffer.kindOf(latin1, latin1.length, "data.csv"), "not-utf8", 2L);
        byte[] zip = {'P', 'K', 3, 4, 0};
        assertThat(sniffer.kindOf(zip, zip.length, "data.csv")).isEqualTo(FileKind.XLSX);
        byte[] sdmx = "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,TIME_PERIOD,OBS_VALUE\n".getBytes();
        assertThat(sniffer.kindOf(sdmx, sdmx.length, "x.csv")).isEqualTo(FileKind.SDMX_CSV);
    }

    @Test
    void aByteThatIsNotUtf8PastTheHeadIsNamedByLine() {
        StringBuilder text = new StringBuilder("a,b\n");
        for (int i = 0; i < 10_000; i++) {
            text.append("x,").append(i).append('\n');
        }
        byte[] bytes = concat(
                text.toString().getBytes(StandardCharsets.UTF_8),
                new byte[] {'c', 'a', 'f', (byte) 0xE9, ',', '1', '\n'});
        assertThatThrownBy(() -> read(bytes))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).text().key()).isEqualTo("data-ingest.file.not-utf8"));
    }

    @Test
    void aHugeLineIsRefusedWithoutReadingOn() {
        byte[] huge = new byte[3 * CsvRowReader.MAX_FIELD];
        java.util.Arrays.fill(huge, (byte) 'x');
        byte[] bytes = concat("a,b\n1,".getBytes(), huge);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> refused(() -> read(bytes), "open-quote", 2L));
    }

    @Test
    void aWorkbookIsReadRowByRowWithPlainNumbers(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            var sheet = book.createSheet("data");
            var style = book.createCellStyle();
            style.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("REF_AREA");
            header.createCell(1).setCellValue("TIME_PERIOD");
            header.createCell(2).setCellValue("OBS_VALUE");
            var row = sheet.createRow(2);
            row.createCell(0).setCellValue("KE");
            row.createCell(1).setCellValue("2024");
            var cell = row.createCell(2);
            cell.setCellValue(1234567.0);
            cell.setCellStyle(style);
            var second = sheet.createRow(3);
            second.createCell(0).setCellValue("NG");
            second.createCell(2).setCellValue(0.25);
            try (var out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
        Kept kept = new Kept();
        new XlsxRowReader().read(file, kept);
        assertThat(kept.header).containsExactly("REF_AREA", "TIME_PERIOD", "OBS_VALUE");
        assertThat(kept.rows.get(0)).containsExactly("KE", "2024", "1234567");
        assertThat(kept.rows.get(1)).containsExactly("NG", "", "0.25");
        assertThat(kept.lines).containsExactly(3L, 4L);
        Path notZip = dir.resolve("bad.xlsx");
        Files.write(notZip, new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        refused(() -> new XlsxRowReader().read(notZip, new Kept()), "not-workbook");
    }

    @Test
    void periodsCoverTheirDays() {
        assertThat(Periods.of("2024-Q2"))
                .hasValue(new Periods.Span(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30)));
        assertThat(Periods.of("2024")).hasValue(new Periods.Span(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
        assertThat(Periods.of("2024-M02"))
                .hasValue(new Periods.Span(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)));
        assertThat(Periods.of("2024-S2").orElseThrow().start()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(Periods.of("2024-W01").orElseThrow().start()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(Periods.of("2024-02-30")).isEmpty();
        assertThat(Periods.of("twenty")).isEmpty();
    }

    @Test
    void aHeaderIsBoundedBeforeAnythingReadsItsNames() {
        // names built to make the unit pattern backtrack: spaces, then a bracket that never closes
        List<String> longest = new java.util.ArrayList<>();
        for (int i = 0; i < StagedRows.MAX_COLUMNS; i++) {
            longest.add(String.format("%03d", i) + " ".repeat(StagedRows.MAX_NAME - 5) + "(");
        }
        String[] values = longest.stream().map(n -> "1").toArray(String[]::new);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            StagedRows.checkHeader(longest);
            assertThat(new StructureGuesser().guess(longest, List.<String[]>of(values, values)))
                    .hasSize(StagedRows.MAX_COLUMNS);
        });

        List<String> tooLong = List.of("REF_AREA", "x".repeat(1_000_000));
        assertTimeoutPreemptively(
                Duration.ofSeconds(2), () -> refused(() -> StagedRows.checkHeader(tooLong), "long-name", 2, 200));
        refused(() -> StagedRows.checkHeader(List.of("A", "B", "A")), "same-name", "A");
        refused(() -> StagedRows.checkHeader(List.of("A", "")), "unnamed-column", 2);
        List<String> wide = java.util.stream.IntStream.rangeClosed(0, StagedRows.MAX_COLUMNS)
                .mapToObj(i -> "C" + i)
                .toList();
        refused(() -> StagedRows.checkHeader(wide), "too-many-columns", 201, 200);
    }

    @Test
    void theStructureIsGuessedFromNamesAndValues() {
        List<Column> guess = new StructureGuesser()
                .guess(
                        List.of("STRUCTURE", "REF_AREA", "SEX", "AGE", "Year", "Population (persons)", "OBS_STATUS"),
                        List.of(
                                new String[] {"DF", "KEN", "F", "Y15T24", "2020", "100", "A"},
                                new String[] {"DF", "UGA", "_T", "Y_GE65", "2021", "200.5", ""}));
        assertThat(guess)
                .extracting(Column::role)
                .containsExactly(
                        Role.IGNORED,
                        Role.DIMENSION,
                        Role.DIMENSION,
                        Role.DIMENSION,
                        Role.TIME,
                        Role.MEASURE,
                        Role.ATTRIBUTE);
        assertThat(guess)
                .extracting(Column::codeList)
                .containsExactly(
                        CodeList.FREE,
                        CodeList.COUNTRY,
                        CodeList.SEX,
                        CodeList.AGE,
                        CodeList.FREE,
                        CodeList.FREE,
                        CodeList.FREE);
        assertThat(guess.get(5).unit()).isEqualTo("persons");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
