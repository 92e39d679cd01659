package org.statcommons.data.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Tells what an upload is from its first bytes: a zip is a workbook, text is CSV (SDMX-CSV when its first column says
 * so), anything else is refused. A name only makes a refusal clearer: a ".xlsx" that is not a zip is named as such.
 */
@Component
class FileSniffer {

    /** How much of the start of a file is looked at. */
    static final int HEAD = 64 * 1024;

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    FileKind kindOf(byte[] head, int length, String name) {
        if (length == 0) {
            throw UploadRefusal.of("empty");
        }
        String lowerName = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (startsWith(head, length, 'P', 'K', 3, 4)) {
            return FileKind.XLSX;
        }
        if (lowerName.endsWith(".xlsx") || lowerName.endsWith(".xlsm")) {
            throw UploadRefusal.of("not-workbook");
        }
        if (startsWith(head, length, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw UploadRefusal.of("old-excel");
        }
        if (startsWith(head, length, 0xFF, 0xFE) || startsWith(head, length, 0xFE, 0xFF)) {
            throw UploadRefusal.of("utf16");
        }
        int start = startsWith(head, length, 0xEF, 0xBB, 0xBF) ? UTF8_BOM.length : 0;
        for (int i = start; i < length; i++) {
            if (head[i] == 0) {
                throw UploadRefusal.of("binary", lineAt(head, i));
            }
        }
        checkUtf8(head, start, length);
        return firstCell(head, start, length).equals("DATAFLOW")
                        || firstCell(head, start, length).equals("STRUCTURE")
                ? FileKind.SDMX_CSV
                : FileKind.CSV;
    }

    /** Whether the file starts with a UTF-8 byte-order mark, which the CSV reader skips. */
    static boolean hasBom(byte[] head, int length) {
        return startsWith(head, length, 0xEF, 0xBB, 0xBF);
    }

    private static void checkUtf8(byte[] head, int start, int length) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(head, start, length - start);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(length);
        var result = decoder.decode(in, out, false);
        // A sequence cut by the end of the head is an underflow, not an error: only a malformed byte counts.
        if (result.isError()) {
            throw UploadRefusal.of("not-utf8", lineAt(head, in.position()));
        }
    }

    private static String firstCell(byte[] head, int start, int length) {
        int end = start;
        while (end < length
                && head[end] != ','
                && head[end] != ';'
                && head[end] != '\t'
                && head[end] != '|'
                && head[end] != '\n'
                && head[end] != '\r') {
            end++;
        }
        String cell = new String(head, start, end - start, StandardCharsets.UTF_8).trim();
        if (cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")) {
            cell = cell.substring(1, cell.length() - 1);
        }
        int colon = cell.indexOf(':');
        return (colon < 0 ? cell : cell.substring(0, colon)).toUpperCase(Locale.ROOT);
    }

    private static long lineAt(byte[] head, int position) {
        long line = 1;
        for (int i = 0; i < position; i++) {
            if (head[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static boolean startsWith(byte[] head, int length, int... magic) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
