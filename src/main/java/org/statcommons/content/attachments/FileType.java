package org.statcommons.content.attachments;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/**
 * The one policy for the files of a space (everything that is not a page), whichever channel brings them: an
 * upload on the web or the API, or a {@code git push}. A file is recognised by its content, never by what the
 * browser or the name claims, and its name's ending must fit what it is; the type it is served with comes from
 * this table. Accepted: documents, images, data (tables, JSON, XML such as SDMX, archives, SPSS, Stata,
 * Parquet), code, audio and video, and any UTF-8 text. Refused: programs (native executables), web pages and
 * scripts that run when opened (HTML, JavaScript, Windows scripts), binary formats we do not recognise, and
 * text that is not UTF-8. Whatever is accepted is served as a download with a sandboxing policy, raster
 * images alone being shown on pages.
 * A signature table rather than Apache Tika: tika-core alone (without its parsers) cannot tell a spreadsheet
 * from a presentation or a plain ZIP, which is the distinction that matters here, and the formats we accept
 * are simple to recognise.
 *
 * @param mediaType  the Content-Type the file is served with
 * @param inline     shown on the page (raster images); everything else is downloaded
 * @param extensions the file name endings that fit this content, the first one preferred
 */
public record FileType(String label, String mediaType, boolean inline, List<String> extensions) {

    static final FileType PNG = new FileType("PNG image", "image/png", true, List.of("png"));
    static final FileType JPEG = new FileType("JPEG image", "image/jpeg", true, List.of("jpg", "jpeg"));
    static final FileType GIF = new FileType("GIF image", "image/gif", true, List.of("gif"));
    static final FileType WEBP = new FileType("WebP image", "image/webp", true, List.of("webp"));
    /** SVG can carry script: never shown on a page, only downloaded (and sandboxed when opened). */
    static final FileType SVG = new FileType("SVG drawing", "image/svg+xml", false, List.of("svg"));

    static final FileType PDF = new FileType("PDF document", "application/pdf", false, List.of("pdf"));
    static final FileType XLSX = new FileType(
            "Excel workbook",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            false,
            List.of("xlsx"));
    static final FileType DOCX = new FileType(
            "Word document",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            false,
            List.of("docx"));
    static final FileType PPTX = new FileType(
            "PowerPoint presentation",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            false,
            List.of("pptx"));
    static final FileType ODS = new FileType(
            "OpenDocument spreadsheet", "application/vnd.oasis.opendocument.spreadsheet", false, List.of("ods"));
    static final FileType ODT =
            new FileType("OpenDocument text", "application/vnd.oasis.opendocument.text", false, List.of("odt"));
    static final FileType ODP = new FileType(
            "OpenDocument presentation", "application/vnd.oasis.opendocument.presentation", false, List.of("odp"));
    /** Older Office files share one container format (OLE2); the extension says which program opens it. */
    static final FileType XLS =
            new FileType("Excel 97-2003 workbook", "application/vnd.ms-excel", false, List.of("xls"));

    static final FileType DOC = new FileType("Word 97-2003 document", "application/msword", false, List.of("doc"));
    static final FileType PPT =
            new FileType("PowerPoint 97-2003 presentation", "application/vnd.ms-powerpoint", false, List.of("ppt"));
    static final FileType ZIP = new FileType("ZIP archive", "application/zip", false, List.of("zip"));
    /** gzip also holds R's saved data (.rds, .rda, .RData are gzip-compressed by default). */
    static final FileType GZIP = new FileType(
            "gzip-compressed file", "application/gzip", false, List.of("gz", "tgz", "rds", "rda", "rdata"));

    static final FileType SAV = new FileType("SPSS data file", "application/x-spss-sav", false, List.of("sav", "zsav"));
    static final FileType DTA = new FileType("Stata data file", "application/x-stata-dta", false, List.of("dta"));
    static final FileType PARQUET =
            new FileType("Parquet table", "application/vnd.apache.parquet", false, List.of("parquet"));
    static final FileType MP3 = new FileType("MP3 sound file", "audio/mpeg", false, List.of("mp3"));
    static final FileType WAV = new FileType("WAV sound file", "audio/wav", false, List.of("wav"));
    static final FileType FLAC = new FileType("FLAC sound file", "audio/flac", false, List.of("flac"));
    /** Ogg and MP4 are containers: the ending says whether it is sound or film. */
    static final FileType OGG = new FileType("Ogg sound file", "audio/ogg", false, List.of("ogg", "oga", "opus"));

    static final FileType OGV = new FileType("Ogg video", "video/ogg", false, List.of("ogv"));
    static final FileType M4A = new FileType("MPEG-4 sound file", "audio/mp4", false, List.of("m4a"));
    static final FileType MP4 = new FileType("MPEG-4 video", "video/mp4", false, List.of("mp4", "m4v"));
    static final FileType MOV = new FileType("QuickTime video", "video/quicktime", false, List.of("mov"));
    static final FileType WEBM = new FileType("WebM video", "video/webm", false, List.of("webm"));
    static final FileType CSV = new FileType("CSV table", "text/csv; charset=utf-8", false, List.of("csv"));
    static final FileType TSV = new FileType(
            "tab-separated table", "text/tab-separated-values; charset=utf-8", false, List.of("tsv", "tab"));
    static final FileType JSON = new FileType("JSON file", "application/json", false, List.of("json"));
    static final FileType GEOJSON = new FileType("GeoJSON file", "application/geo+json", false, List.of("geojson"));
    static final FileType NOTEBOOK =
            new FileType("Jupyter notebook", "application/x-ipynb+json", false, List.of("ipynb"));
    /** XML, SDMX-ML included; like every file it is only downloaded, never shown in our pages. */
    static final FileType XML = new FileType("XML file", "application/xml", false, List.of("xml", "rdf", "kml", "gpx"));

    static final FileType CODE = new FileType(
            "file of program code",
            "text/plain; charset=utf-8",
            false,
            List.of("py", "r", "rmd", "qmd", "jl", "sql", "do", "ado", "sas", "sps", "sh"));
    static final FileType TEXT = new FileType("text", "text/plain; charset=utf-8", false, List.of("txt", "psv", "dat"));

    private static final List<FileType> OLE2 = List.of(XLS, DOC, PPT);
    private static final List<FileType> OGGS = List.of(OGG, OGV);
    private static final List<FileType> MPEG4 = List.of(M4A, MP4, MOV);
    /** Text kinds, whose content is any UTF-8 text; text under another ending (or none) is plain text. */
    private static final List<FileType> TEXTS = List.of(CSV, TSV, JSON, GEOJSON, NOTEBOOK, XML, CODE, TEXT);

    private static final List<FileType> ALL = Stream.of(
                    List.of(PNG, JPEG, GIF, WEBP, SVG, PDF, XLSX, DOCX, PPTX, ODS, ODT, ODP),
                    OLE2,
                    List.of(ZIP, GZIP, SAV, DTA, PARQUET, MP3, WAV, FLAC),
                    OGGS,
                    MPEG4,
                    List.of(WEBM),
                    TEXTS)
            .flatMap(List::stream)
            .toList();
    /** Web pages and scripts that a browser, or Windows on a double click, would run. */
    private static final Set<String> RUN_WHEN_OPENED = Set.of(
            "html", "htm", "xhtml", "shtml", "mht", "js", "mjs", "jse", "vbs", "vbe", "wsf", "wsh", "hta", "bat", "cmd",
            "ps1", "reg", "scr", "lnk");
    /** A page is Markdown and lives outside files' folders. */
    private static final String PAGE_ENDING = "md";
    /** How much of a text is looked at to tell XML from HTML. */
    private static final int HEAD = 4096;

    /**
     * The kind as a page's list of files names it, in the reader's language: each kind of the table by its first
     * ending, text under any other ending as text.
     */
    public Text text() {
        FileType known = ALL.contains(this) ? this : TEXT;
        return Text.of("content.file-kind." + known.extensions.get(0));
    }

    public boolean fits(String extension) {
        return extensions.contains(extension.toLowerCase(Locale.ROOT));
    }

    /**
     * The type of a file by its content, checked against its name's ending; throws {@link InvalidInputException}
     * (on {@code field}) for what the policy refuses, with the reason.
     */
    public static FileType of(String field, String name, byte[] content) {
        String extension = extension(name);
        if (RUN_WHEN_OPENED.contains(extension)) {
            throw new InvalidInputException(field, Text.of("content.file.runs", extension));
        }
        FileType type = detect(field, extension, content)
                .orElseThrow(() -> new InvalidInputException(field, Text.of("content.file.not-accepted")));
        if (!type.fits(extension)) {
            throw new InvalidInputException(
                    field,
                    extension.isEmpty()
                            ? Text.of("content.file.no-ending", type.article(), type.text(), type.extensions.get(0))
                            : Text.of(
                                    "content.file.wrong-ending",
                                    type.article(),
                                    type.text(),
                                    extension,
                                    type.extensions.get(0)));
        }
        return type;
    }

    /**
     * The English article of the label, "a" (a PNG image) or "an" (an Excel workbook, an SVG drawing): the English
     * refusals choose by it; the other languages need none.
     */
    String article() {
        boolean vowel = "AEIOUaeiou".indexOf(label.charAt(0)) >= 0
                || (label.length() > 1
                        && "FHLMNRSX".indexOf(label.charAt(0)) >= 0
                        && Character.isUpperCase(label.charAt(1)));
        return vowel ? "an" : "a";
    }

    /** The type a stored file is served as: what its ending says, for files that passed {@link #of}. */
    static FileType served(String name) {
        String extension = extension(name);
        // a file pushed before this policy, or text under an ending of its own: never let a browser interpret it
        return ALL.stream()
                .filter(type -> type.fits(extension))
                .findFirst()
                .orElse(new FileType("file", "application/octet-stream", false, List.of()));
    }

    static String extension(String name) {
        String last = name.substring(name.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        return dot < 0 ? "" : last.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static Optional<FileType> detect(String field, String extension, byte[] b) {
        if (starts(b, 0x4D, 0x5A)
                || starts(b, 0x7F, 'E', 'L', 'F')
                || starts(b, 0xCA, 0xFE, 0xBA, 0xBE)
                || starts(b, 0xFE, 0xED, 0xFA)
                || starts(b, 0xCE, 0xFA, 0xED, 0xFE)
                || starts(b, 0xCF, 0xFA, 0xED, 0xFE)) {
            throw new InvalidInputException(field, Text.of("content.file.program"));
        }
        if (starts(b, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(PDF);
        }
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (starts(b, 'G', 'I', 'F', '8', '7', 'a') || starts(b, 'G', 'I', 'F', '8', '9', 'a')) {
            return Optional.of(GIF);
        }
        if (starts(b, 'R', 'I', 'F', 'F') && at(b, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of(WEBP);
        }
        if (starts(b, 'R', 'I', 'F', 'F') && at(b, 8, 'W', 'A', 'V', 'E')) {
            return Optional.of(WAV);
        }
        if (starts(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return OLE2.stream().filter(type -> type.fits(extension)).findFirst();
        }
        if (starts(b, 'P', 'K', 0x03, 0x04) || starts(b, 'P', 'K', 0x05, 0x06)) {
            return Optional.of(zipped(b));
        }
        if (starts(b, 0x1F, 0x8B)) {
            return Optional.of(GZIP);
        }
        if (starts(b, '$', 'F', 'L', '2') || starts(b, '$', 'F', 'L', '3')) {
            return Optional.of(SAV);
        }
        // Stata 13 and later start with this tag (then binary); Stata 8-12 with a release byte, byte order and type 1
        if (starts(b, '<', 's', 't', 'a', 't', 'a', '_', 'd', 't', 'a', '>')
                || (b.length > 3
                        && b[0] >= 0x71
                        && b[0] <= 0x73
                        && (b[1] == 1 || b[1] == 2)
                        && b[2] == 1
                        && b[3] == 0
                        && DTA.fits(extension))) {
            return Optional.of(DTA);
        }
        if (starts(b, 'P', 'A', 'R', '1')) {
            return Optional.of(PARQUET);
        }
        // ID3 tags, or an MPEG audio frame of layer III (FF Fx/Ex with the layer bits 01; not FF FE, UTF-16's mark)
        if (starts(b, 'I', 'D', '3')
                || (b.length > 1 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xE0) == 0xE0 && (b[1] & 0x06) == 0x02)) {
            return Optional.of(MP3);
        }
        if (starts(b, 'f', 'L', 'a', 'C')) {
            return Optional.of(FLAC);
        }
        if (starts(b, 'O', 'g', 'g', 'S')) {
            return Optional.of(OGGS.stream()
                    .filter(type -> type.fits(extension))
                    .findFirst()
                    .orElse(OGG));
        }
        if (at(b, 4, 'f', 't', 'y', 'p')) {
            // the same box starts HEIF and AVIF images, which are not accepted
            String brand = b.length >= 12 ? new String(b, 8, 4, StandardCharsets.US_ASCII) : "";
            if (Set.of("heic", "heix", "hevc", "mif1", "msf1", "avif", "avis").contains(brand)) {
                return Optional.empty();
            }
            return Optional.of(MPEG4.stream()
                    .filter(type -> type.fits(extension))
                    .findFirst()
                    .orElse(MP4));
        }
        if (starts(b, 0x1A, 0x45, 0xDF, 0xA3)) {
            return Optional.of(WEBM);
        }
        return text(field, extension, b);
    }

    /**
     * A ZIP archive, or an Office Open XML or OpenDocument file (ZIP archives whose first entries say which
     * kind). What an archive holds is not looked at: it is only ever downloaded.
     */
    private static FileType zipped(byte[] b) {
        boolean contentTypes = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            for (int i = 0; i < 200 && (entry = zip.getNextEntry()) != null; i++) {
                String name = entry.getName();
                if (i == 0 && name.equals("mimetype")) {
                    String mimetype = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip();
                    return switch (mimetype) {
                        case "application/vnd.oasis.opendocument.spreadsheet" -> ODS;
                        case "application/vnd.oasis.opendocument.text" -> ODT;
                        case "application/vnd.oasis.opendocument.presentation" -> ODP;
                        default -> ZIP;
                    };
                }
                contentTypes |= name.equals("[Content_Types].xml");
                if (contentTypes || i < 20) {
                    if (name.startsWith("xl/")) {
                        return contentTypes || officeAfter(zip) ? XLSX : ZIP;
                    }
                    if (name.startsWith("word/")) {
                        return contentTypes || officeAfter(zip) ? DOCX : ZIP;
                    }
                    if (name.startsWith("ppt/")) {
                        return contentTypes || officeAfter(zip) ? PPTX : ZIP;
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // a ZIP that Java cannot list entry by entry (encrypted, split, unusual) is still a ZIP archive
            return ZIP;
        }
        return ZIP;
    }

    /** The part folder came before {@code [Content_Types].xml}: an Office file only if that follows. */
    private static boolean officeAfter(ZipInputStream zip) throws IOException {
        ZipEntry entry;
        for (int i = 0; i < 200 && (entry = zip.getNextEntry()) != null; i++) {
            if (entry.getName().equals("[Content_Types].xml")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Text: UTF-8 (a byte-order mark allowed) without control characters other than tab, line and page
     * breaks, decoded piece by piece so that a large table costs no copy of itself. Markup (a first visible
     * character '<') is XML under an XML ending or an SVG drawing; web pages (HTML) are refused whatever their
     * ending.
     */
    private static Optional<FileType> text(String field, String extension, byte[] b) {
        int start = starts(b, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, start, b.length - start);
        CharBuffer out = CharBuffer.allocate(8192);
        StringBuilder head = new StringBuilder();
        boolean done = false;
        while (!done) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return notUtf8(field, extension);
            }
            done = result.isUnderflow() && decoder.flush(out).isUnderflow();
            out.flip();
            for (int i = 0; i < out.length(); i++) {
                char c = out.charAt(i);
                if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                    return Optional.empty();
                }
            }
            if (head.length() < HEAD) {
                head.append(out, 0, Math.min(out.length(), HEAD - head.length()));
            }
            out.clear();
        }
        String visible = head.toString().stripLeading();
        if (visible.startsWith("<")) {
            String lower = visible.toLowerCase(Locale.ROOT);
            if (lower.contains("<html") || lower.contains("<!doctype html")) {
                throw new InvalidInputException(field, Text.of("content.file.html"));
            }
            if (SVG.fits(extension) && lower.contains("<svg")) {
                return Optional.of(SVG);
            }
            if (!XML.fits(extension)) {
                throw new InvalidInputException(
                        field,
                        extension.isEmpty()
                                ? Text.of("content.file.markup-no-ending")
                                : Text.of("content.file.markup-ending", extension));
            }
            return Optional.of(XML);
        }
        if (extension.equals(PAGE_ENDING)) {
            throw new InvalidInputException(field, Text.of("content.file.page-ending"));
        }
        return Optional.of(TEXTS.stream()
                .filter(type -> type.fits(extension))
                .findFirst()
                .orElse(new FileType("text", TEXT.mediaType, false, List.of(extension))));
    }

    private static Optional<FileType> notUtf8(String field, String extension) {
        if (TEXTS.stream().anyMatch(type -> type.fits(extension))) {
            throw new InvalidInputException(field, Text.of("content.file.not-utf8"));
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] bytes, int... signature) {
        return at(bytes, 0, signature);
    }

    private static boolean at(byte[] bytes, int offset, int... signature) {
        if (bytes.length < offset + signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((bytes[offset + i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
