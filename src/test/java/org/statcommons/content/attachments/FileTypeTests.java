package org.statcommons.content.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.support.CpuTime;

class FileTypeTests {

    static final byte[] PNG = bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R');
    static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void recognisesFormatsByContent() throws IOException {
        assertThat(FileType.of("file", "chart.png", PNG)).isEqualTo(FileType.PNG);
        assertThat(FileType.of("file", "photo.JPG", bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 16)))
                .isEqualTo(FileType.JPEG);
        assertThat(FileType.of("file", "a.gif", "GIF89a....".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(FileType.GIF);
        assertThat(FileType.of("file", "a.webp", "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(FileType.WEBP);
        assertThat(FileType.of("file", "report.pdf", PDF)).isEqualTo(FileType.PDF);
        assertThat(FileType.of("file", "table.xlsx", zip("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml")))
                .isEqualTo(FileType.XLSX);
        assertThat(FileType.of("file", "slides.pptx", zip("[Content_Types].xml", "ppt/presentation.xml")))
                .isEqualTo(FileType.PPTX);
        assertThat(FileType.of("file", "text.docx", zip("word/document.xml", "[Content_Types].xml")))
                .isEqualTo(FileType.DOCX);
        assertThat(FileType.of("file", "sheet.ods", odf("application/vnd.oasis.opendocument.spreadsheet")))
                .isEqualTo(FileType.ODS);
        assertThat(FileType.of("file", "old.xls", bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0)))
                .isEqualTo(FileType.XLS);
        assertThat(FileType.of("file", "data.csv", "region,value\nFiji,3\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(FileType.CSV);
        assertThat(FileType.of("file", "notes.txt", "\uFEFFNotes – été".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(FileType.TEXT);
        assertThat(FileType.of(
                        "file",
                        "map.svg",
                        "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>"
                                .getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(FileType.SVG);
        assertThat(FileType.SVG.inline()).as("SVG is only downloaded").isFalse();
    }

    @Test
    void acceptsDataCodeAudioAndVideo() throws IOException {
        assertThat(FileType.of("file", "census.zip", zip("census/households.csv", "census/readme.txt")))
                .isEqualTo(FileType.ZIP);
        assertThat(FileType.of("file", "archive.zip", zip("evil.exe")))
                .as("an archive is only downloaded")
                .isEqualTo(FileType.ZIP);
        assertThat(FileType.of("file", "indicators.json", utf8("{\"SDG\": \"1.1.1\"}")))
                .isEqualTo(FileType.JSON);
        assertThat(FileType.of("file", "regions.geojson", utf8("{\"type\": \"FeatureCollection\"}")))
                .isEqualTo(FileType.GEOJSON);
        assertThat(FileType.of("file", "analysis.ipynb", utf8("{\"cells\": [], \"nbformat\": 4}")))
                .isEqualTo(FileType.NOTEBOOK);
        assertThat(FileType.of(
                        "file",
                        "population.xml",
                        utf8("<?xml version=\"1.0\"?>\n<message:StructureSpecificData "
                                + "xmlns:message=\"http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message\"/>")))
                .isEqualTo(FileType.XML);
        assertThat(FileType.of("file", "table.dat", utf8("1990 12.5\n1991 13.0\n")))
                .isEqualTo(FileType.TEXT);
        assertThat(FileType.of("file", "table.psv", utf8("region|value\nFiji|3\n")))
                .isEqualTo(FileType.TEXT);
        assertThat(FileType.of("file", "table.tab", utf8("region\tvalue\n"))).isEqualTo(FileType.TSV);
        assertThat(FileType.of("file", "weights.py", utf8("#!/usr/bin/env python3\nimport pandas\n")))
                .isEqualTo(FileType.CODE);
        assertThat(FileType.of("file", "model.R", utf8("fit <- lm(y ~ x)\n"))).isEqualTo(FileType.CODE);
        assertThat(FileType.of("file", "clean.do", utf8("use census, clear\n"))).isEqualTo(FileType.CODE);
        assertThat(FileType.of("file", "survey.rds", bytes(0x1F, 0x8B, 8, 0))).isEqualTo(FileType.GZIP);
        assertThat(FileType.of("file", "survey.sav", utf8("$FL2@(#) IBM SPSS STATISTICS")))
                .isEqualTo(FileType.SAV);
        assertThat(FileType.of("file", "survey.dta", utf8("<stata_dta><header><release>118</release>")))
                .isEqualTo(FileType.DTA);
        assertThat(FileType.of("file", "old.dta", bytes(0x72, 0x02, 0x01, 0x00, 0x05)))
                .isEqualTo(FileType.DTA);
        assertThat(FileType.of("file", "panel.parquet", utf8("PAR1...."))).isEqualTo(FileType.PARQUET);
        assertThat(FileType.of("file", "interview.mp3", utf8("ID3\u0004\u0000")))
                .isEqualTo(FileType.MP3);
        assertThat(FileType.of("file", "frame.mp3", bytes(0xFF, 0xFB, 0x90, 0x64)))
                .isEqualTo(FileType.MP3);
        assertThat(FileType.of("file", "talk.wav", utf8("RIFF\0\0\0\0WAVEfmt ")))
                .isEqualTo(FileType.WAV);
        assertThat(FileType.of("file", "talk.ogg", utf8("OggS\0\2"))).isEqualTo(FileType.OGG);
        assertThat(FileType.of("file", "talk.ogv", utf8("OggS\0\2"))).isEqualTo(FileType.OGV);
        assertThat(FileType.of("file", "talk.flac", utf8("fLaC\0\0"))).isEqualTo(FileType.FLAC);
        assertThat(FileType.of("file", "talk.m4a", utf8("\0\0\0\u0020ftypM4A \0\0")))
                .isEqualTo(FileType.M4A);
        assertThat(FileType.of("file", "webinar.mp4", utf8("\0\0\0\u0018ftypisom\0\0")))
                .isEqualTo(FileType.MP4);
        assertThat(FileType.of("file", "webinar.webm", bytes(0x1A, 0x45, 0xDF, 0xA3, 0x9F)))
                .isEqualTo(FileType.WEBM);
        assertThat(FileType.of("file", "LICENSE", utf8("Creative Commons Attribution 4.0\n"))
                        .label())
                .as("text under no ending")
                .isEqualTo("text");
        assertThat(FileType.of("file", "citations.bib", utf8("@book{sna2008}\n"))
                        .label())
                .as("text under an ending of its own")
                .isEqualTo("text");
        assertThat(FileType.of("file", "empty.txt", new byte[0]))
                .as("an empty text; the web refuses empty uploads itself")
                .isEqualTo(FileType.TEXT);
    }

    @Test
    void refusesProgramsWebPagesAndScriptsThatRunWhenOpened() throws IOException {
        assertRefused("setup.pdf", bytes('M', 'Z', 0x90, 0), "Programs");
        assertRefused("setup.exe", bytes('M', 'Z', 0x90, 0), "Programs");
        assertRefused("tool.png", bytes(0x7F, 'E', 'L', 'F', 2), "Programs");
        assertRefused("Main.txt", bytes(0xCA, 0xFE, 0xBA, 0xBE), "Programs");
        assertRefused(
                "page.txt", "  <!DOCTYPE html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), "Web pages");
        assertRefused("page.csv", "<html><body onload=alert(1)>".getBytes(StandardCharsets.UTF_8), "Web pages");
        assertRefused("page.xml", "<html><body onload=alert(1)>".getBytes(StandardCharsets.UTF_8), "Web pages");
        assertRefused("map.svg", "<html><svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8), "Web pages");
        assertRefused("notes.html", utf8("plain words"), "run when opened");
        assertRefused("tool.js", utf8("alert(1)"), "run when opened");
        assertRefused("start.bat", utf8("del *.*"), "run when opened");
        assertRefused("binary.txt", bytes('a', 0, 'b'), "cannot be attached");
        assertRefused("latin1.csv", "r\u00e9gion".getBytes(StandardCharsets.ISO_8859_1), "not UTF-8 text");
        assertRefused("utf16.txt", bytes(0xFF, 0xFE, 'a', 0), "not UTF-8 text");
        assertRefused("unknown.bin", bytes(0x00, 0x01, 0x02, 0x03), "cannot be attached");
        assertRefused("installer.msi", bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0), "cannot be attached");
        assertRefused("photo.mp4", utf8("\0\0\0\u0018ftypheic\0\0"), "cannot be attached");
    }

    @Test
    void refusesNamesThatDisguiseTheContent() throws IOException {
        assertRefused("chart.pdf", PNG, "is a PNG image but its name ends in '.pdf'");
        assertRefused("chart", PNG, "is a PNG image but its name has no ending. Rename it to end in '.png'");
        assertRefused("report.png", PDF, "Rename it to end in '.pdf'");
        assertRefused("notes.md", "# Not a page".getBytes(StandardCharsets.UTF_8), "Rename it to end in '.txt'");
        assertRefused("archive.xlsx", zip("evil.exe", "readme.txt"), "is a ZIP archive but its name ends in '.xlsx'");
        assertRefused("old.xls", zip("a.txt"), "Rename it to end in '.zip'");
        assertRefused("sheet.csv", bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0), "cannot be attached");
        assertRefused("data.txt", utf8("<?xml version=\"1.0\"?><data/>"), "Rename it to end in '.xml'");
        assertRefused("song.wav", utf8("ID3\u0004"), "is an MP3 sound file but its name ends in '.wav'");
        assertRefused("book.xls", zip("[Content_Types].xml", "xl/workbook.xml"), "is an Excel workbook");
    }

    @Test
    void servesByTheStoredNameAndNeverAsMarkup() {
        assertThat(FileType.served("a.png").mediaType()).isEqualTo("image/png");
        assertThat(FileType.served("a.csv").mediaType()).startsWith("text/csv");
        assertThat(FileType.served("a.json").mediaType()).isEqualTo("application/json");
        assertThat(FileType.served("a.xml").mediaType()).isEqualTo("application/xml");
        assertThat(FileType.served("a.py").mediaType()).isEqualTo("text/plain; charset=utf-8");
        assertThat(FileType.served("a.R").mediaType()).isEqualTo("text/plain; charset=utf-8");
        assertThat(FileType.served("a.mp4").mediaType()).isEqualTo("video/mp4");
        assertThat(FileType.served("a.mp3").mediaType()).isEqualTo("audio/mpeg");
        assertThat(FileType.served("a.zip").mediaType()).isEqualTo("application/zip");
        assertThat(FileType.served("pushed.html").mediaType()).isEqualTo("application/octet-stream");
        assertThat(FileType.served("LICENSE").mediaType()).isEqualTo("application/octet-stream");
        assertThat(FileType.served("no-extension").inline()).isFalse();
        assertThat(FileType.served("a.mp4").inline())
                .as("audio and video are downloaded")
                .isFalse();
        assertThat(FileType.served("a.svg").inline()).isFalse();
    }

    @Test
    void aLargeTableIsCheckedQuicklyAtTheSizeLimit() {
        byte[] table = "région,valeur\n".repeat(25 * 1024 * 1024 / 15).getBytes(StandardCharsets.UTF_8);
        CpuTime.Measured<FileType> checked = CpuTime.of(() -> FileType.of("file", "large.csv", table));
        assertThat(checked.result()).isEqualTo(FileType.CSV);
        assertThat(checked.cpu()).isLessThan(java.time.Duration.ofSeconds(5));
    }

    private static void assertRefused(String name, byte[] content, String message) {
        assertThatThrownBy(() -> FileType.of("file", name, content))
                .isInstanceOf(InvalidInputException.class)
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

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    /** Each kind of the table is named in the bundles (the English text is its label), text of any ending as text. */
    @Test
    void everyKindHasItsNameInTheBundles() throws IllegalAccessException {
        int kinds = 0;
        for (java.lang.reflect.Field field : FileType.class.getDeclaredFields()) {
            if (field.getType() == FileType.class && java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                FileType type = (FileType) field.get(null);
                assertThat(type.text().english()).as(field.getName()).isEqualTo(type.label());
                kinds++;
            }
        }
        assertThat(kinds).isGreaterThan(30);
        assertThat(FileType.of("file", "citations.bib", utf8("@book{sna2008}\n"))
                        .text())
                .isEqualTo(org.statcommons.platform.Text.of("content.file-kind.txt"));
        assertThat(org.statcommons.platform.Text.of("content.file-kind.pdf").toString())
                .isEqualTo("PDF document");
        // a refusal names the kind in the reader's language (English chooses its article, the others need none)
        org.statcommons.platform.InvalidInputException refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                org.statcommons.platform.InvalidInputException.class, () -> FileType.of("file", "chart.pdf", PNG));
        org.statcommons.platform.Text why = refused.errors().get(0).text();
        assertThat(why.english()).startsWith("The file is a PNG image but its name ends in '.pdf'");
        assertThat(org.statcommons.platform.i18n.Bundles.bundled()
                        .format(why.key(), why.args().toArray(), java.util.Locale.FRENCH))
                .isEqualTo("Le fichier est de type « Image PNG » mais son nom se termine par « .pdf ». "
                        + "Renommez-le pour qu’il se termine par « .png ».");
    }
}
