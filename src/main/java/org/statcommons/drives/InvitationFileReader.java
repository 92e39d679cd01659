package org.statcommons.drives;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.statcommons.platform.EmailAddress;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * Reads an uploaded CSV file of people to invite to apply: a header line naming the columns {@code e-mail},
 * {@code name} and {@code organisation} (in any order; {@code email} and {@code organization} are understood too),
 * separated by commas, semicolons (as spreadsheets save CSV in many languages) or tabs, then a person per row. It
 * reports every problem the file alone shows, each with its line: not UTF-8, a wrong header, a wrong number of cells,
 * no or a bad address, a name or organisation too long or not text, a cell a spreadsheet would run as a formula, an
 * unclosed quote. A second row of the same address is left out, and said so. Linear in the file's size: the bound for
 * {@value #MAX_ROWS} rows is tested.
 */
final class InvitationFileReader {

    /** At most this many people at once: a regional secretariat's whole address book of statistical offices. */
    static final int MAX_ROWS = 10_000;

    /** A file larger than this cannot be {@link #MAX_ROWS} rows of an address, a name and an organisation. */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    static final int NAME_MAX = 100;
    static final int ORGANISATION_MAX = 200;

    private enum Column {
        EMAIL,
        NAME,
        ORGANISATION
    }

    private static final Map<String, Column> HEADERS = Map.of(
            "e-mail", Column.EMAIL,
            "email", Column.EMAIL,
            "e-mail address", Column.EMAIL,
            "email address", Column.EMAIL,
            "name", Column.NAME,
            "organisation", Column.ORGANISATION,
            "organization", Column.ORGANISATION);

    private InvitationFileReader() {}

    static InvitationFile read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return InvitationFile.refused(Text.of("drives.csv.empty"));
        }
        if (bytes.length > MAX_BYTES) {
            return InvitationFile.refused(
                    Text.of("drives.csv.too-large", bytes.length / 1024, MAX_BYTES / 1024, MAX_ROWS));
        }
        int start =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        byte[] body = start == 0 ? bytes : Arrays.copyOfRange(bytes, start, bytes.length);
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            return new InvitationFile(List.of(), notUtf8(body), List.of());
        }
        return readText(text.replace("\r\n", "\n").replace('\r', '\n'));
    }

    private static InvitationFile readText(String text) {
        int[] lineStarts = lineStarts(text);
        long rowCount = text.lines().filter(line -> !line.isBlank()).count() - 1;
        if (rowCount > MAX_ROWS) {
            return InvitationFile.refused(Text.of("drives.csv.too-many", rowCount, MAX_ROWS));
        }
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter(text))
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true)
                .get();
        List<InvitationFile.Row> rows = new ArrayList<>();
        List<InvitationFile.Note> problems = new ArrayList<>();
        List<InvitationFile.Note> skipped = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<Column, Integer> columns = null;
        int width = 0;
        // the line after the last record read: where a record the reader cannot finish (an unclosed quote) starts
        long next = 1;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                next = parser.getCurrentLineNumber() + 1;
                int line = lineOf(lineStarts, record.getCharacterPosition());
                List<String> cells = record.toList().stream().map(String::strip).toList();
                if (cells.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                if (columns == null) {
                    columns = header(cells);
                    if (columns == null) {
                        problems.add(new InvitationFile.Note(
                                line, Text.of("drives.csv.header", line, shorten(String.join(", ", cells)))));
                        break;
                    }
                    width = cells.size();
                    continue;
                }
                if (cells.size() > width) {
                    problems.add(new InvitationFile.Note(line, Text.of("drives.csv.cells", line, cells.size(), width)));
                    continue;
                }
                row(line, cells, columns, rows, problems, skipped, seen);
            }
        } catch (UncheckedIOException | IOException e) {
            int line = (int) next;
            problems.add(new InvitationFile.Note(line, Text.of("drives.csv.unclosed-quote", line)));
        }
        if (columns == null && problems.isEmpty()) {
            problems.add(new InvitationFile.Note(0, Text.of("drives.csv.empty")));
        } else if (rows.isEmpty() && problems.isEmpty() && skipped.isEmpty()) {
            problems.add(new InvitationFile.Note(0, Text.of("drives.csv.empty")));
        }
        return new InvitationFile(rows, problems, skipped);
    }

    private static void row(
            int line,
            List<String> cells,
            Map<Column, Integer> columns,
            List<InvitationFile.Row> rows,
            List<InvitationFile.Note> problems,
            List<InvitationFile.Note> skipped,
            Map<String, Integer> seen) {
        String email = cell(cells, columns.get(Column.EMAIL));
        String name = cell(cells, columns.get(Column.NAME));
        String organisation = cell(cells, columns.get(Column.ORGANISATION));
        int before = problems.size();
        EmailAddress address = null;
        if (email.isEmpty()) {
            problems.add(new InvitationFile.Note(line, Text.of("drives.csv.no-email", line)));
        } else {
            try {
                address = EmailAddress.parse("email", email);
            } catch (InvalidInputException e) {
                problems.add(new InvitationFile.Note(line, Text.of("drives.csv.not-an-email", line, shorten(email))));
            }
        }
        check(line, "name", name, NAME_MAX, problems);
        check(line, "organisation", organisation, ORGANISATION_MAX, problems);
        if (problems.size() > before) {
            return;
        }
        Integer earlier = seen.putIfAbsent(address.value(), line);
        if (earlier != null) {
            skipped.add(new InvitationFile.Note(line, Text.of("drives.csv.duplicate", line, address.value(), earlier)));
            return;
        }
        rows.add(new InvitationFile.Row(line, address, name, organisation));
    }

    private static void check(int line, String what, String value, int max, List<InvitationFile.Note> problems) {
        if (value.length() > max) {
            problems.add(new InvitationFile.Note(line, Text.of("drives.csv." + what + "-too-long", line, max)));
        } else if (!TextInput.isText(value) || value.codePoints().anyMatch(Character::isISOControl)) {
            problems.add(new InvitationFile.Note(line, Text.of("drives.csv." + what + "-not-text", line)));
        } else if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
            // a cell a spreadsheet would run if the list were opened in one again (CSV injection)
            problems.add(new InvitationFile.Note(
                    line, Text.of("drives.csv." + what + "-formula", line, String.valueOf(value.charAt(0)))));
        }
    }

    /** The header's columns: each of the three named once, and nothing else; null otherwise. */
    private static Map<Column, Integer> header(List<String> cells) {
        Map<Column, Integer> columns = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            Column column = HEADERS.get(cells.get(i).toLowerCase(Locale.ROOT));
            if (column == null || columns.putIfAbsent(column, i) != null) {
                return null;
            }
        }
        return columns.size() == Column.values().length ? columns : null;
    }

    private static String cell(List<String> cells, int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    /** Tabs, else semicolons where they outnumber commas on the header line, else commas. */
    private static char delimiter(String text) {
        String first = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
        if (first.indexOf('\t') >= 0) {
            return '\t';
        }
        long semicolons = first.chars().filter(c -> c == ';').count();
        long commas = first.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    /** Every line that is not UTF-8, each named (never guessed at: Latin-1 and Windows-1252 look alike). */
    private static List<InvitationFile.Note> notUtf8(byte[] bytes) {
        List<InvitationFile.Note> problems = new ArrayList<>();
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    problems.add(new InvitationFile.Note(line, Text.of("drives.csv.not-utf8", line)));
                }
                line++;
                start = i + 1;
            }
        }
        return problems;
    }

    private static int[] lineStarts(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int at = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[at++] = i + 1;
            }
        }
        return starts;
    }

    /** The line (from 1) of a character position. */
    private static int lineOf(int[] lineStarts, long position) {
        int found = Arrays.binarySearch(lineStarts, (int) position);
        return found >= 0 ? found + 1 : -found - 1;
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
