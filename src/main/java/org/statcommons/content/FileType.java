package org.statcommons.content;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.statcommons.platform.InvalidInputException;

/**
 * The kinds of file a page may have attached, recognised by their content, never by what the browser or the
 * name claims. The name's extension must agree with the content; the type served back comes from this table.
 * A signature table rather than Apache Tika: tika-core alone (without its parsers) cannot tell a spreadsheet
 * from a presentation or a plain ZIP, which is the distinction that matters here, and the few formats we
 * accept are simple to recognise.
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
    static final FileType XLSX = new FileType("Excel workbook", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false, List.of("xlsx"));
    static final FileType DOCX = new FileType("Word document", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", false, List.of("docx"));
    static final FileType PPTX = new FileType("PowerPoint presentation", "application/vnd.openxmlformats-officedocument.presentationml.presentation", false, List.of("pptx"));
    static final FileType ODS = new FileType("OpenDocument spreadsheet", "application/vnd.oasis.opendocument.spreadsheet", false, List.of("ods"));
    static final FileType ODT = new FileType("OpenDocument text", "application/vnd.oasis.opendocument.text", false, List.of("odt"));
    static final FileType ODP = new FileType("OpenDocument presentation", "application/vnd.oasis.opendocument.presentation", false, List.of("odp"));
    /** Older Office files share one container format (OLE2); the extension says which program opens it. */
    static final FileType XLS = new FileType("Excel 97-2003 workbook", "application/vnd.ms-excel", false, List.of("xls"));
    static final FileType DOC = new FileType("Word 97-2003 document", "application/msword", false, List.of("doc"));
    static final FileType PPT = new FileType("PowerPoint 97-2003 presentation", "application/vnd.ms-powerpoint", false, List.of("ppt"));
    static final FileType CSV = new FileType("CSV table", "text/csv; charset=utf-8", false, List.of("csv"));
    static final FileType TSV = new FileType("tab-separated table", "text/tab-separated-values; charset=utf-8", false, List.of("tsv"));
    static final FileType TEXT = new FileType("text", "text/plain; charset=utf-8", false, List.of("txt"));

    private static final List<FileType> OLE2 = List.of(XLS, DOC, PPT);
    private static final List<FileType> TEXTS = List.of(CSV, TSV, TEXT);

    private static final String ACCEPTED = "PDF, PNG, JPEG, GIF, WebP, SVG, Excel, Word, PowerPoint, OpenDocument, CSV or text";

    public boolean fits(String extension) {
        return extensions.contains(extension.toLowerCase(Locale.ROOT));
    }

    /**
     * The type of a file by its content, checked against its name's extension; refuses programs, web pages,
     * unknown formats and names that disguise one format as another.
     */
    static FileType of(String field, String name, byte[] content) {
        String extension = extension(name);
        Optional<FileType> found = detect(field, extension, content);
        if (found.isEmpty()) {
            throw new InvalidInputException(field, "This kind of file cannot be attached. Attach " + ACCEPTED + " files.");
        }
        FileType type = found.get();
        if (!type.fits(extension)) {
            throw new InvalidInputException(field, "The file is a " + type.label + " but its name ends in '."
                    + extension + "'. Rename it to end in '." + type.extensions.get(0) + "'.");
        }
        return type;
    }

    /** The type a stored file is served as: what its extension says, for files that passed {@link #of}. */
    static FileType served(String name) {
        String extension = extension(name);
        for (FileType type : List.of(PNG, JPEG, GIF, WEBP, SVG, PDF, XLSX, DOCX, PPTX, ODS, ODT, ODP, XLS, DOC, PPT, CSV, TSV, TEXT)) {
            if (type.fits(extension)) {
                return type;
            }
        }
        // a file pushed with Git under another name: never let a browser interpret it
        return new FileType("file", "application/octet-stream", false, List.of());
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static Optional<FileType> detect(String field, String extension, byte[] b) {
        if (starts(b, 0x4D, 0x5A) || starts(b, 0x7F, 'E', 'L', 'F') || starts(b, 0xCA, 0xFE, 0xBA, 0xBE)
                || starts(b, 0xFE, 0xED, 0xFA) || starts(b, 0xCE, 0xFA, 0xED, 0xFE) || starts(b, 0xCF, 0xFA, 0xED, 0xFE)
                || starts(b, '#', '!')) {
            throw new InvalidInputException(field, "Programs and scripts cannot be attached.");
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
        if (b.length >= 12 && starts(b, 'R', 'I', 'F', 'F') && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return Optional.of(WEBP);
        }
        if (starts(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return OLE2.stream().filter(type -> type.fits(extension)).findFirst();
        }
        if (starts(b, 'P', 'K', 0x03, 0x04)) {
            return zipped(b);
        }
        return text(field, extension, b);
    }

    /** Office Open XML and OpenDocument files are ZIP archives; their first entries say which kind. */
    private static Optional<FileType> zipped(byte[] b) {
        boolean contentTypes = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            for (int i = 0; i < 200 && (entry = zip.getNextEntry()) != null; i++) {
                String name = entry.getName();
                if (i == 0 && name.equals("mimetype")) {
                    String mimetype = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip();
                    return switch (mimetype) {
                        case "application/vnd.oasis.opendocument.spreadsheet" -> Optional.of(ODS);
                        case "application/vnd.oasis.opendocument.text" -> Optional.of(ODT);
                        case "application/vnd.oasis.opendocument.presentation" -> Optional.of(ODP);
                        default -> Optional.empty();
                    };
                }
                contentTypes |= name.equals("[Content_Types].xml");
                if (contentTypes || i < 20) {
                    if (name.startsWith("xl/")) {
                        return contentTypes ? Optional.of(XLSX) : officeAfter(zip, XLSX);
                    }
                    if (name.startsWith("word/")) {
                        return contentTypes ? Optional.of(DOCX) : officeAfter(zip, DOCX);
                    }
                    if (name.startsWith("ppt/")) {
                        return contentTypes ? Optional.of(PPTX) : officeAfter(zip, PPTX);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The part folder came before {@code [Content_Types].xml}: an Office file only if that follows. */
    private static Optional<FileType> officeAfter(ZipInputStream zip, FileType type) throws IOException {
        ZipEntry entry;
        for (int i = 0; i < 200 && (entry = zip.getNextEntry()) != null; i++) {
            if (entry.getName().equals("[Content_Types].xml")) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /**
     * Text: UTF-8 (a byte-order mark allowed) without control characters other than tab, line and page
     * breaks. Markup (anything whose first visible character is '<') is refused: HTML and XML have no place
     * among a page's data files, and an SVG must be named .svg.
     */
    private static Optional<FileType> text(String field, String extension, byte[] b) {
        int start = starts(b, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, start, b.length - start)).toString();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                return Optional.empty();
            }
        }
        String visible = text.stripLeading();
        if (visible.startsWith("<")) {
            String head = visible.substring(0, Math.min(visible.length(), 4096)).toLowerCase(Locale.ROOT);
            if (extension.equals("svg") && head.contains("<svg") && !head.contains("<html") && !head.contains("<!doctype html")) {
                return Optional.of(SVG);
            }
            throw new InvalidInputException(field, "Web pages and other markup (HTML, XML) cannot be attached. "
                    + "Put the text in a page, or attach it as PDF.");
        }
        if (text.isEmpty()) {
            throw new InvalidInputException(field, "The file is empty.");
        }
        return TEXTS.stream().filter(type -> type.fits(extension)).findFirst().or(() -> Optional.of(TEXT));
    }

    private static boolean starts(byte[] bytes, int... signature) {
        if (bytes.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((bytes[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
