package org.statcommons.drives;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statcommons.support.CpuTime;

/** The checks of an uploaded CSV file of people to invite to apply, each problem named by its line. */
class InvitationFileReaderTests {

    private static InvitationFile read(String text) {
        return InvitationFileReader.read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> problems(InvitationFile file) {
        return file.problems().stream().map(n -> n.text().english()).toList();
    }

    private static String rows(int count, int badLine) {
        StringBuilder csv = new StringBuilder("e-mail,name,organisation\n");
        for (int line = 2; line <= count + 1; line++) {
            csv.append(line == badLine ? "ana.at.ine.example" : "person" + line + "@ine.example")
                    .append(",Person ")
                    .append(line)
                    .append(",\"Institute of Statistics, Division ")
                    .append(line % 7)
                    .append("\"\n");
        }
        return csv.toString();
    }

    @Test
    void aCleanFileGivesItsPeopleWithTheirLinesWhateverTheOrderOfTheColumnsAndTheSeparator() {
        InvitationFile file = read("\uFEFFName;Organization;Email\r\n"
                + "Ana Ruiz;INE, Mexico;Ana@INE.example\r\n"
                + "\r\n"
                + "\"Li, Bo\";;bo@nbs.example\r\n");
        assertThat(file.clean()).isTrue();
        assertThat(file.rows())
                .extracting(
                        InvitationFile.Row::line,
                        r -> r.email().value(),
                        InvitationFile.Row::name,
                        InvitationFile.Row::organisation)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "ana@ine.example", "Ana Ruiz", "INE, Mexico"),
                        org.assertj.core.groups.Tuple.tuple(4, "bo@nbs.example", "Li, Bo", ""));
    }

    @Test
    void aBadAddressOnLine412IsNamedByItsLineAndTheFileIsNotClean() {
        InvitationFile file = read(rows(500, 412));
        assertThat(file.clean()).isFalse();
        assertThat(problems(file)).containsExactly("Line 412: \"ana.at.ine.example\" is not an e-mail address.");
        assertThat(file.rows()).hasSize(499);
    }

    @Test
    void aWrongHeaderIsRefusedOnItsLine() {
        assertThat(problems(read("\n\nmail,name,organisation\nana@ine.example,Ana,INE\n")))
                .containsExactly("Line 3: the first line must name the columns e-mail, name and organisation (in any"
                        + " order, once each, nothing else); it names: mail, name, organisation");
        assertThat(problems(read("e-mail,name,organisation,role\nana@ine.example,Ana,INE,member\n")))
                .hasSize(1)
                .allMatch(p -> p.startsWith("Line 1: the first line must name the columns"));
        assertThat(problems(read("email,name,name\n"))).hasSize(1);
    }

    @Test
    void everyBadRowIsReportedWithItsLine() {
        InvitationFile file = read("email,name,organisation\n"
                + "ana@ine.example,Ana,INE\n"
                + ",Nobody,INE\n"
                + "bo@nbs.example,Bo,NBS,extra\n"
                + "cy@nso.example,=HYPERLINK(\"x\"),NSO\n"
                + "dee@nso.example,Dee," + "x".repeat(201) + "\n"
                + "ana@ine.example,Ana again,INE\n"
                + "eve@nso.example,\"Eve\n"
                + "Second line\",NSO\n"
                + "fay@nso.example,\"Fay, never closed,NSO\n");
        assertThat(problems(file))
                .containsExactly(
                        "Line 3: the e-mail address is missing.",
                        "Line 4: 4 cells, where the first line names 3.",
                        "Line 5: the name starts with \"=\", which a spreadsheet would run as a formula.",
                        "Line 6: the organisation is longer than 200 characters.",
                        "Line 8: the name holds characters that are not text.",
                        "Line 10: a quotation mark opened here is never closed.");
        assertThat(file.skipped())
                .extracting(n -> n.text().english())
                .containsExactly("Line 7: ana@ine.example is already on line 2; invited once.");
        // the quoted line break of line 8 counts: the unclosed quote after it is still named on its own line, 10
        assertThat(file.rows()).extracting(InvitationFile.Row::line).containsExactly(2);
    }

    @Test
    void linesNotInUtf8AreEachNamed() {
        byte[] latin1 = "email,name,organisation\nana@ine.example,Ana,INE\nbo@ine.example,Bó,Instituto\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(problems(InvitationFileReader.read(latin1)))
                .containsExactly("Line 3: not in UTF-8. Save the file as \"CSV UTF-8\" and upload it again.");
    }

    @Test
    void anEmptyFileOrOneWithOnlyAHeaderIsRefused() {
        assertThat(problems(read(""))).hasSize(1).allMatch(p -> p.startsWith("The file is empty"));
        assertThat(problems(read("email,name,organisation\n\n")))
                .hasSize(1)
                .allMatch(p -> p.startsWith("The file is empty"));
    }

    @Test
    void tenThousandRowsAreReadInLittleProcessorTimeAndOneMoreIsRefusedWhole() {
        String largest = rows(InvitationFileReader.MAX_ROWS, 9_999);
        CpuTime.Measured<InvitationFile> measured = CpuTime.of(() -> read(largest));
        assertThat(measured.result().rows()).hasSize(InvitationFileReader.MAX_ROWS - 1);
        assertThat(problems(measured.result()))
                .containsExactly("Line 9,999: \"ana.at.ine.example\" is not an e-mail address.");
        // linear work: about 0.2 s of processor time on a laptop; a quadratic reader would take minutes
        assertThat(measured.cpu()).isLessThan(Duration.ofSeconds(4));

        assertThat(problems(read(rows(InvitationFileReader.MAX_ROWS + 1, 0))))
                .containsExactly("The file has 10,001 rows; at most 10,000 people are invited at once. Split it into"
                        + " several files.");
    }
}
