package org.statcommons.data.ingest;

import java.sql.SQLException;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import org.postgresql.copy.CopyIn;

/**
 * PostgreSQL's binary {@code COPY} format, written into one reused buffer sent when full: a row is its field count,
 * then each field's length and bytes; an array is its dimensions, whether it holds a null, its element type, each
 * dimension's size and lower bound (1), then each element's length (-1 for null) and bytes.
 */
final class BinaryCopyWriter {

    /** Element types of arrays (PostgreSQL's type ids). */
    static final int TEXT = 25;

    static final int INT4 = 23;
    static final int FLOAT8 = 701;
    static final int DATE = 1082;

    private static final int FLUSH_AT = 256 * 1024;
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};

    private final CopyIn copy;
    private final byte[] buffer = new byte[FLUSH_AT + 16];
    private int position;

    BinaryCopyWriter(CopyIn copy) {
        this.copy = copy;
    }

    void header() throws SQLException {
        bytes(SIGNATURE);
        int4(0);
        int4(0);
    }

    void end() throws SQLException {
        int2(-1);
        flush();
        copy.endCopy();
    }

    void cancel() {
        if (copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException e) {
                // the transaction is rolled back: nothing of the table is left
            }
        }
    }

    void fields(int count) throws SQLException {
        int2(count);
    }

    void nullField() throws SQLException {
        int4(-1);
    }

    void int4Field(int value) throws SQLException {
        int4(4);
        int4(value);
    }

    /** A series' key; with no dimension, the empty array (no dimension at all, as PostgreSQL writes it). */
    void textArray(List<byte[]> texts) throws SQLException {
        int length = texts.isEmpty() ? 12 : 20;
        for (byte[] text : texts) {
            length += 4 + text.length;
        }
        int4(length);
        arrayHeader(texts.isEmpty() ? 0 : 1, false, TEXT);
        if (!texts.isEmpty()) {
            dimension(texts.size());
        }
        for (byte[] text : texts) {
            int4(text.length);
            bytes(text);
        }
    }

    void textArray(int[] order, IntFunction<byte[]> text) throws SQLException {
        int length = 20;
        for (int i : order) {
            length += 4 + text.apply(i).length;
        }
        int4(length);
        arrayHeader(1, false, TEXT);
        dimension(order.length);
        for (int i : order) {
            byte[] value = text.apply(i);
            int4(value.length);
            bytes(value);
        }
    }

    /** A two-dimensional text array, a row per attribute (a row that is null throughout for an added status). */
    void textRows(byte[][][] rows, int[] order) throws SQLException {
        int length = 12 + 8 * 2;
        boolean anyNull = false;
        for (byte[][] row : rows) {
            for (int i : order) {
                byte[] value = row == null ? null : row[i];
                length += 4 + (value == null ? 0 : value.length);
                anyNull |= value == null;
            }
        }
        int4(length);
        arrayHeader(2, anyNull, TEXT);
        dimension(rows.length);
        dimension(order.length);
        for (byte[][] row : rows) {
            for (int i : order) {
                byte[] value = row == null ? null : row[i];
                if (value == null) {
                    int4(-1);
                } else {
                    int4(value.length);
                    bytes(value);
                }
            }
        }
    }

    void intArray(int type, int[] order, IntUnaryOperator value, boolean[] absent) throws SQLException {
        int nulls = 0;
        if (absent != null) {
            for (int i : order) {
                nulls += absent[i] ? 1 : 0;
            }
        }
        int4(20 + 8 * order.length - 4 * nulls);
        arrayHeader(1, nulls > 0, type);
        dimension(order.length);
        for (int i : order) {
            if (absent != null && absent[i]) {
                int4(-1);
            } else {
                int4(4);
                int4(value.applyAsInt(i));
            }
        }
    }

    void doubleArray(int[] order, double[] values, boolean[] absent) throws SQLException {
        int nulls = 0;
        for (int i : order) {
            nulls += absent[i] ? 1 : 0;
        }
        int4(20 + 12 * order.length - 8 * nulls);
        arrayHeader(1, nulls > 0, FLOAT8);
        dimension(order.length);
        elements(order, values, absent);
    }

    void doubleRows(double[][] values, boolean[][] absent, int[] order) throws SQLException {
        int nulls = 0;
        for (boolean[] row : absent) {
            for (int i : order) {
                nulls += row[i] ? 1 : 0;
            }
        }
        int4(28 + 12 * order.length * values.length - 8 * nulls);
        arrayHeader(2, nulls > 0, FLOAT8);
        dimension(values.length);
        dimension(order.length);
        for (int r = 0; r < values.length; r++) {
            elements(order, values[r], absent[r]);
        }
    }

    private void elements(int[] order, double[] values, boolean[] absent) throws SQLException {
        for (int i : order) {
            if (absent[i]) {
                int4(-1);
            } else {
                int4(8);
                long bits = Double.doubleToRawLongBits(values[i]);
                int4((int) (bits >>> 32));
                int4((int) bits);
            }
        }
    }

    private void arrayHeader(int dimensions, boolean hasNull, int type) throws SQLException {
        int4(dimensions);
        int4(hasNull ? 1 : 0);
        int4(type);
    }

    private void dimension(int size) throws SQLException {
        int4(size);
        int4(1);
    }

    private void int2(int value) throws SQLException {
        room(2);
        buffer[position++] = (byte) (value >>> 8);
        buffer[position++] = (byte) value;
    }

    private void int4(int value) throws SQLException {
        room(4);
        buffer[position++] = (byte) (value >>> 24);
        buffer[position++] = (byte) (value >>> 16);
        buffer[position++] = (byte) (value >>> 8);
        buffer[position++] = (byte) value;
    }

    private void bytes(byte[] value) throws SQLException {
        int done = 0;
        while (done < value.length) {
            room(1);
            int n = Math.min(value.length - done, FLUSH_AT - position);
            System.arraycopy(value, done, buffer, position, n);
            position += n;
            done += n;
        }
    }

    private void room(int needed) throws SQLException {
        if (position + needed > FLUSH_AT) {
            flush();
        }
    }

    private void flush() throws SQLException {
        if (position > 0) {
            copy.writeToCopy(buffer, 0, position);
            position = 0;
        }
    }
}
