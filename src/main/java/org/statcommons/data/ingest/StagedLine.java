package org.statcommons.data.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One staged row as {@code COPY … TO STDOUT} sends it (text format: the line, then the fields, tab-separated, with
 * backslash escapes), decoded in place: its fields are byte ranges of the message, turned into text only when asked, so
 * that a check reading millions of rows compares bytes and makes few strings. Reused for each row.
 */
final class StagedLine {

    private byte[] bytes = new byte[0];
    private int[] starts = new int[8];
    private int[] ends = new int[8];
    private int fields;
    private long line;

    /** Reads the next row's message (ending with its line feed); field 0 is the line. */
    void parse(byte[] row) {
        bytes = row;
        fields = 0;
        int write = 0;
        int start = 0;
        int length = row.length > 0 && row[row.length - 1] == '\n' ? row.length - 1 : row.length;
        for (int read = 0; read <= length; read++) {
            if (read == length || row[read] == '\t') {
                add(start, write);
                start = write;
                continue;
            }
            byte b = row[read];
            if (b == '\\' && read + 1 < length) {
                b = switch (row[++read]) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    case 'v' -> 0x0B;
                    default -> row[read];
                };
            }
            row[write++] = b;
        }
        long number = 0;
        for (int i = starts[0]; i < ends[0]; i++) {
            number = number * 10 + (bytes[i] - '0');
        }
        line = number;
    }

    private void add(int start, int end) {
        if (fields == starts.length) {
            starts = Arrays.copyOf(starts, fields * 2);
            ends = Arrays.copyOf(ends, fields * 2);
        }
        starts[fields] = start;
        ends[fields] = end;
        fields++;
    }

    long line() {
        return line;
    }

    /** The text of a column of the file (0 first). */
    String text(int column) {
        int field = column + 1;
        return new String(bytes, starts[field], ends[field] - starts[field], StandardCharsets.UTF_8);
    }

    boolean isEmpty(int column) {
        return starts[column + 1] == ends[column + 1];
    }

    /** Whether a column holds these bytes, to reuse what was found for the same value in the row before. */
    boolean holds(int column, byte[] value) {
        int field = column + 1;
        return Arrays.equals(bytes, starts[field], ends[field], value, 0, value.length);
    }

    byte[] bytes(int column) {
        int field = column + 1;
        return Arrays.copyOfRange(bytes, starts[field], ends[field]);
    }

    /**
     * Whether a column reads as a number as {@link UploadProblems#NUMBER} says ({@code [-+]?(digits[.digits]|.digits)},
     * then an optional exponent), checked on its bytes.
     */
    boolean isNumber(int column) {
        int i = starts[column + 1];
        int end = ends[column + 1];
        if (i < end && (bytes[i] == '-' || bytes[i] == '+')) {
            i++;
        }
        int digits = 0;
        while (i < end && isDigit(bytes[i])) {
            i++;
            digits++;
        }
        if (i < end && bytes[i] == '.') {
            i++;
            while (i < end && isDigit(bytes[i])) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < end && (bytes[i] == 'e' || bytes[i] == 'E')) {
            i++;
            if (i < end && (bytes[i] == '-' || bytes[i] == '+')) {
                i++;
            }
            int exponent = 0;
            while (i < end && isDigit(bytes[i])) {
                i++;
                exponent++;
            }
            if (exponent == 0) {
                return false;
            }
        }
        return i == end;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }
}
