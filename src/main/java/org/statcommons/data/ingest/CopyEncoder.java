package org.statcommons.data.ingest;

import java.sql.SQLException;
import org.postgresql.copy.CopyIn;

/**
 * Writes rows to a running {@code COPY … FROM STDIN} in PostgreSQL's text format: the row's line first, then its
 * fields trimmed, tab-separated, with backslash, tab and line breaks escaped, encoded to UTF-8 straight into one
 * reused buffer. A NUL character cannot be stored in PostgreSQL text and means a binary file: refused with its line.
 */
final class CopyEncoder {

    private static final int FLUSH_AT = 256 * 1024;

    private final CopyIn copy;
    private final byte[] buffer = new byte[FLUSH_AT + 64];
    private int position;

    CopyEncoder(CopyIn copy) {
        this.copy = copy;
    }

    void row(long line, String[] fields) throws SQLException {
        number(line);
        for (String field : fields) {
            put((byte) '\t');
            field(field, line);
        }
        put((byte) '\n');
    }

    void finish() throws SQLException {
        flush();
    }

    private void number(long value) throws SQLException {
        String digits = Long.toString(value);
        for (int i = 0; i < digits.length(); i++) {
            put((byte) digits.charAt(i));
        }
    }

    private void field(String value, long line) throws SQLException {
        int start = 0;
        int end = value.length();
        while (start < end && value.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && value.charAt(end - 1) <= ' ') {
            end--;
        }
        for (int i = start; i < end; i++) {
            char c = value.charAt(i);
            if (position >= FLUSH_AT) {
                flush();
            }
            if (c < 0x80) {
                switch (c) {
                    case 0 -> throw UploadRefusal.of("binary", line);
                    case '\\' -> {
                        buffer[position++] = '\\';
                        buffer[position++] = '\\';
                    }
                    case '\t' -> {
                        buffer[position++] = '\\';
                        buffer[position++] = 't';
                    }
                    case '\n' -> {
                        buffer[position++] = '\\';
                        buffer[position++] = 'n';
                    }
                    case '\r' -> {
                        buffer[position++] = '\\';
                        buffer[position++] = 'r';
                    }
                    default -> buffer[position++] = (byte) c;
                }
            } else if (c < 0x800) {
                buffer[position++] = (byte) (0xC0 | (c >> 6));
                buffer[position++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(value.charAt(i + 1))) {
                int code = Character.toCodePoint(c, value.charAt(++i));
                buffer[position++] = (byte) (0xF0 | (code >> 18));
                buffer[position++] = (byte) (0x80 | ((code >> 12) & 0x3F));
                buffer[position++] = (byte) (0x80 | ((code >> 6) & 0x3F));
                buffer[position++] = (byte) (0x80 | (code & 0x3F));
            } else if (Character.isSurrogate(c)) {
                throw UploadRefusal.of("not-utf8", line);
            } else {
                buffer[position++] = (byte) (0xE0 | (c >> 12));
                buffer[position++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buffer[position++] = (byte) (0x80 | (c & 0x3F));
            }
        }
    }

    private void put(byte b) throws SQLException {
        if (position >= FLUSH_AT) {
            flush();
        }
        buffer[position++] = b;
    }

    private void flush() throws SQLException {
        if (position > 0) {
            copy.writeToCopy(buffer, 0, position);
            position = 0;
        }
    }
}
