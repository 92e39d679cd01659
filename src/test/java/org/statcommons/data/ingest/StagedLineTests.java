package org.statcommons.data.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A staged row as {@code COPY … TO STDOUT} sends it, decoded: its escapes, its fields, and numbers told by bytes. */
class StagedLineTests {

    /** What validation in SQL took as a number, before the checks moved to Java. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?");

    @Test
    void aRowIsDecodedWithItsEscapesAndItsLine() {
        StagedLine line = parsed("12\tKEN\ta\\tb\\\\c\\nd\\re\t\tÉté 2024\n");
        assertThat(line.line()).isEqualTo(12);
        assertThat(line.text(0)).isEqualTo("KEN");
        assertThat(line.text(1)).isEqualTo("a\tb\\c\nd\re");
        assertThat(line.isEmpty(2)).isTrue();
        assertThat(line.text(2)).isEmpty();
        assertThat(line.text(3)).isEqualTo("Été 2024");
        assertThat(line.holds(0, "KEN".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(line.holds(0, "KE".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(line.bytes(1)).isEqualTo("a\tb\\c\nd\re".getBytes(StandardCharsets.UTF_8));

        // the same object reads the next row, whatever the last one was
        line.parse("13\tUGA\n".getBytes(StandardCharsets.UTF_8));
        assertThat(line.line()).isEqualTo(13);
        assertThat(line.text(0)).isEqualTo("UGA");
    }

    @Test
    void aNumberIsWhatTheRegularExpressionOfSqlTook() {
        List<String> values = List.of(
                "1",
                "-1",
                "+1",
                "1.5",
                "1.",
                ".5",
                "1e5",
                "1E-5",
                "-.5e+3",
                "007",
                "1.5.5",
                ".",
                "-",
                "+",
                "e5",
                "1e",
                "1e+",
                "--1",
                "1 000",
                "1,5",
                "NaN",
                "Infinity",
                "0x1F",
                "١٢",
                "1e5x",
                " 1",
                "");
        for (String value : values) {
            StagedLine line = parsed("1\t" + value + "\n");
            assertThat(line.isNumber(0))
                    .as(value)
                    .isEqualTo(NUMBER.matcher(value).matches());
        }
    }

    @Test
    void aHugeFieldIsToldInLinearTime() {
        String digits = "1".repeat(4 * 1024 * 1024);
        StagedLine line = parsed("1\t" + digits + "x\t" + digits + "\n");
        assertThat(line.isNumber(0)).isFalse();
        assertThat(line.isNumber(1)).isTrue();
    }

    private static StagedLine parsed(String row) {
        StagedLine line = new StagedLine();
        line.parse(row.getBytes(StandardCharsets.UTF_8));
        return line;
    }
}
