package org.statcommons.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.statcommons.platform.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileTypeTests {

    static final byte[] PNG = bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R');
    static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void recognisesFormatsByContent() throws IOException {
        assertThat(FileType.of("file", "chart.png", PNG)).isEqualTo(FileType.PNG);
        assertThat(FileType.of("file", "photo.JPG", bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 16))).isEqualTo(FileType.JPEG);
        assertThat(FileType.of("file", "a.gif", "GIF89a....".getBytes(StandardCharsets.US_ASCII))).isEqualTo(FileType.GIF);
        assertThat(FileType.of("file", "a.webp", "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII))).isEqualTo(FileType.WEBP);
        assertThat(FileType.of("file", "report.pdf", PDF)).isEqualTo(FileType.PDF);
        assertThat(FileType.of("file", "table.xlsx", zip("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml"))).isEqualTo(FileType.XLSX);
        assertThat(FileType.of("file", "slides.pptx", zip("[Content_Types].xml", "ppt/presentation.xml"))).isEqualTo(FileType.PPTX);
        assertThat(FileType.of("file", "text.docx", zip("word/document.xml", "[Content_Types].xml"))).isEqualTo(FileType.DOCX);
        assertThat(FileType.of("file", "sheet.ods", odf("application/vnd.oasis.opendocument.spreadsheet"))).isEqualTo(FileType.ODS);
        assertThat(FileType.of("file", "old.xls", bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0))).isEqualTo(FileType.XLS);
        assertThat(FileType.of("file", "data.csv", "region,value\nFiji,3\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(FileType.CSV);
        assertThat(FileType.of("file", "notes.txt", "\uFEFFNotes – été".getBytes(StandardCharsets.UTF_8))).isEqualTo(FileType.TEXT);
        assertThat(FileType.of("file", "map.svg", "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>"
                .getBytes(StandardCharsets.UTF_8))).isEqualTo(FileType.SVG);
        assertThat(FileType.SVG.inline()).as("SVG is only downloaded").isFalse();
    }

    @Test
    void refusesProgramsScriptsAndWebPages() throws IOException {
        assertRefused("setup.pdf", bytes('M', 'Z', 0x90, 0), "Programs");
        assertRefused("tool.png", bytes(0x7F, 'E', 'L', 'F', 2), "Programs");
        assertRefused("Main.txt", bytes(0xCA, 0xFE, 0xBA, 0xBE), "Programs");
        assertRefused("run.txt", "#!/bin/sh\nrm -rf /".getBytes(StandardCharsets.UTF_8), "Programs");
        assertRefused("page.txt", "  <!DOCTYPE html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), "Web pages");
        assertRefused("page.csv", "<html><body onload=alert(1)>".getBytes(StandardCharsets.UTF_8), "Web pages");
        assertRefused("map.svg", "<html><svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8), "Web pages");
        assertRefused("archive.xlsx", zip("evil.exe", "readme.txt"), "cannot be attached");
        assertRefused("empty.txt", new byte[0], "empty");
        assertRefused("binary.txt", bytes('a', 0, 'b'), "cannot be attached");
        assertRefused("latin1.csv", "r\u00e9gion".getBytes(StandardCharsets.ISO_8859_1), "cannot be attached");
        assertRefused("installer.msi", bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0), "cannot be attached");
    }

    @Test
    void refusesNamesThatDisguiseTheContent() {
        assertRefused("chart.pdf", PNG, "is a PNG image but its name ends in '.pdf'");
        assertRefused("report.png", PDF, "Rename it to end in '.pdf'");
        assertRefused("notes.md", "# Not a page".getBytes(StandardCharsets.UTF_8), "Rename it to end in '.txt'");
        assertRefused("picture.html", PNG, "'.html'");
    }

    @Test
    void servesByTheStoredNameAndNeverAsMarkup() {
        assertThat(FileType.served("a.png").mediaType()).isEqualTo("image/png");
        assertThat(FileType.served("a.csv").mediaType()).startsWith("text/csv");
        assertThat(FileType.served("pushed.html").mediaType()).isEqualTo("application/octet-stream");
        assertThat(FileType.served("no-extension").inline()).isFalse();
    }

    private static void assertRefused(String name, byte[] content, String message) {
        assertThatThrownBy(() -> FileType.of("file", name, content)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(message);
    }

    static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("x".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] odf(String mimetype) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write(mimetype.getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
