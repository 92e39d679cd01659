package org.statcommons.data.ingest;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Reads a CSV upload row by row with FastCSV, in UTF-8 (a byte that is not UTF-8 is refused, never replaced), with the
 * delimiter found in its head. A row is handed on and forgotten; a field longer than {@link #MAX_FIELD} characters (a
 * quote opened and never closed reads to the end) is refused with the line where its row starts.
 */
@Component
class CsvRowReader {

    /** The longest field, in characters, and so the longest a broken quote reads before it is named. */
    static final int MAX_FIELD = 1024 * 1024;

    private static final Pattern STARTED = Pattern.compile("started in line (\\d+)");
    private static final Pattern FIELDS = Pattern.compile("has (\\d+) fields, but first record had (\\d+)");

    void read(InputStream in, char delimiter, RowSink sink) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        long line = 1;
        try (CsvReader<CsvRecord> reader = CsvReader.builder()
                .fieldSeparator(delimiter)
                .detectBomHeader(false)
                .skipEmptyLines(true)
                .maxBufferSize(MAX_FIELD)
                .allowMissingFields(true)
                .allowExtraFields(true)
                .ofCsvRecord(new InputStreamReader(in, decoder))) {
            boolean first = true;
            int columns = 0;
            for (CsvRecord record : reader) {
                line = record.getStartingLineNumber();
                if (first) {
                    java.util.List<String> names =
                            record.getFields().stream().map(name -> first(name)).toList();
                    columns = names.size();
                    sink.header(names);
                    first = false;
                    continue;
                }
                if (record.getFieldCount() != columns) {
                    throw misfit(record, columns, delimiter);
                }
                String[] fields = new String[columns];
                for (int i = 0; i < columns; i++) {
                    fields[i] = record.getField(i);
                }
                sink.row(line, fields);
            }
            if (first) {
                throw UploadRefusal.of("empty");
            }
        } catch (CsvParseException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof RuntimeException passed && !(cause instanceof CsvParseException)) {
                    throw passed;
                }
            }
            throw refusal(e, line, delimiter);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw UploadRefusal.of("not-utf8", line + 1);
            }
            throw e;
        } catch (IOException e) {
            if (e instanceof CharacterCodingException) {
                throw UploadRefusal.of("not-utf8", line + 1);
            }
            throw new UncheckedIOException(e);
        }
    }

    /** A row whose fields do not fit the header: a quote left open swallows line breaks, one field says another delimiter. */
    private static RuntimeException misfit(CsvRecord record, int columns, char delimiter) {
        long line = record.getStartingLineNumber();
        boolean spansLines = record.getFields().stream().anyMatch(f -> f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0);
        if (spansLines) {
            return UploadRefusal.of("open-quote", line);
        }
        if (record.getFieldCount() == 1 && columns > 1) {
            return UploadRefusal.of("mixed-delimiters", line, shown(delimiter));
        }
        return UploadRefusal.of("field-count", line, record.getFieldCount(), columns);
    }

    /** The header's first name without the byte-order mark a spreadsheet may have written. */
    private static String first(String name) {
        return name.startsWith("\uFEFF") ? name.substring(1).trim() : name.trim();
    }

    private static RuntimeException refusal(CsvParseException e, long lastLine, char delimiter) {
        String message =
                e.getMessage() + " " + (e.getCause() == null ? "" : e.getCause().getMessage());
        Matcher started = STARTED.matcher(message);
        long line = started.find() ? Long.parseLong(started.group(1)) : lastLine + 1;
        if (e.getCause() instanceof CharacterCodingException) {
            return UploadRefusal.of("not-utf8", line);
        }
        Matcher fields = FIELDS.matcher(message);
        if (fields.find()) {
            int found = Integer.parseInt(fields.group(1));
            int expected = Integer.parseInt(fields.group(2));
            return found == 1 && expected > 1
                    ? UploadRefusal.of("mixed-delimiters", line, shown(delimiter))
                    : UploadRefusal.of("field-count", line, found, expected);
        }
        if (message.contains("buffer size")) {
            return UploadRefusal.of("open-quote", line);
        }
        if (message.contains("after closing quote")) {
            return UploadRefusal.of("after-quote", line);
        }
        return UploadRefusal.of("unreadable", line);
    }

    static String shown(char delimiter) {
        return delimiter == '\t' ? "tab" : String.valueOf(delimiter);
    }
}
