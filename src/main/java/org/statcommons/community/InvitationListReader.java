package org.statcommons.community;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;
import org.statcommons.access.CommunityRole;
import org.statcommons.platform.ByteSize;
import org.statcommons.platform.EmailAddress;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * Reads a list of people to invite, pasted or from a CSV file, into rows and the problems of each line. A line is
 * an address ({@code ana@ine.example}, {@code Ana Ruiz <ana@ine.example>}, several separated by {@code ;} as mail
 * programs copy them) or the cells {@code name, e-mail, organisation, role}, separated by commas, semicolons (as
 * spreadsheets in many languages save CSV) or tabs, with an optional header row naming the columns. It checks what
 * the text alone tells (addresses, roles, duplicates, encoding, size); what needs the database is {@link InviteMany}'s.
 */
@Component
class InvitationListReader {

    /** At most this many lines at once: the pilot had 110 experts; a list ten times that is still one screen's work. */
    static final int MAX_ROWS = 1000;

    /** A file larger than this cannot be a list of {@link #MAX_ROWS} people. */
    static final int MAX_BYTES = 1024 * 1024;

    static final int NAME_MAX = 100;
    static final int ORGANISATION_MAX = 200;

    private static final Pattern NAMED_ADDRESS = Pattern.compile("^\\s*\"?([^\"<>]*?)\"?\\s*<([^<>]+)>\\s*$");
    private static final Pattern BARE_ADDRESS = Pattern.compile("^[^\\s,;<>\"]+@[^\\s,;<>\"]+$");
    private static final Pattern START_LINE = Pattern.compile("startline (\\d+)");
    /** The columns a header row may name, by what people write there. */
    private static final Map<String, Column> HEADERS = Map.ofEntries(
            Map.entry("name", Column.NAME),
            Map.entry("full name", Column.NAME),
            Map.entry("email", Column.EMAIL),
            Map.entry("e-mail", Column.EMAIL),
            Map.entry("email address", Column.EMAIL),
            Map.entry("e-mail address", Column.EMAIL),
            Map.entry("organisation", Column.ORGANISATION),
            Map.entry("organization", Column.ORGANISATION),
            Map.entry("role", Column.ROLE));

    private enum Column {
        NAME,
        EMAIL,
        ORGANISATION,
        ROLE
    }

    /** Text decoded from a file, with the lines that were not in its encoding. */
    private record Decoded(String text, List<InvitationList.Problem> problems) {}

    /**
     * Reads an uploaded file: UTF-8 (with or without a byte-order mark) or UTF-16 with a byte-order mark. Lines in
     * another encoding (Latin-1, Windows-1252) are each reported, never guessed at.
     *
     * @param defaultRole the role of rows that name none; null when the form's own choice was not one
     */
    InvitationList readFile(byte[] bytes, CommunityRole defaultRole) {
        if (bytes.length > MAX_BYTES) {
            return refused("", Text.of("community.bulk.file-too-large", ByteSize.of(bytes.length), MAX_ROWS));
        }
        Decoded decoded = decode(bytes);
        if (!decoded.problems().isEmpty()) {
            return new InvitationList(decoded.text(), List.of(), decoded.problems());
        }
        return read(decoded.text(), defaultRole);
    }

    /** Reads pasted (or decoded) text. */
    InvitationList read(String text, CommunityRole defaultRole) {
        String list = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
        long lines = list.lines().filter(line -> !line.isBlank()).count();
        if (lines == 0) {
            return refused(list, Text.of("community.bulk.empty"));
        }
        if (lines > MAX_ROWS) {
            return refused(list, Text.of("community.bulk.too-many-lines", lines, MAX_ROWS));
        }
        if (!TextInput.isText(list)) {
            return refused(list, Text.of("community.bulk.not-text"));
        }
        List<InvitationList.Row> rows = new ArrayList<>();
        List<InvitationList.Problem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter(list))
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        Map<Column, Integer> columns = null;
        boolean first = true;
        // lines of addresses as mail programs copy them ("Ruiz, Bo" <bo@…>; …) are no CSV: read them here, and
        // leave the CSV reader an empty line in their place, so that line numbers stay true
        StringBuilder csv = new StringBuilder(list.length());
        int lineNumber = 0;
        for (String line : list.split("\n", -1)) {
            lineNumber++;
            List<String> addresses = addresses(line);
            if (addresses == null) {
                csv.append(line);
            } else {
                first = false;
                for (String address : addresses) {
                    Matcher named = NAMED_ADDRESS.matcher(address);
                    boolean hasName = named.matches();
                    add(
                            lineNumber,
                            hasName ? named.group(1) : "",
                            hasName ? named.group(2) : address,
                            "",
                            "",
                            defaultRole,
                            rows,
                            problems,
                            seen);
                }
            }
            csv.append('\n');
        }
        // positions are in the text the CSV reader gets, whose lines are those of the list
        String csvText = csv.toString();
        int[] lineStarts = lineStarts(csvText);
        try (CSVParser parser = CSVParser.parse(new StringReader(csvText), format)) {
            for (CSVRecord record : parser) {
                int line = lineOf(lineStarts, firstCharacter(csvText, record.getCharacterPosition()));
                List<String> cells = record.toList().stream().map(String::strip).toList();
                if (cells.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                if (first) {
                    first = false;
                    Map<Column, Integer> header = header(cells);
                    if (header != null) {
                        columns = header;
                        continue;
                    }
                }
                readRecord(line, cells, columns, defaultRole, rows, problems, seen);
            }
        } catch (UncheckedIOException | IOException e) {
            problems.add(new InvitationList.Problem(startLine(e), Text.of("community.bulk.unclosed-quote")));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new InvitationList.Problem(0, Text.of("community.bulk.empty")));
        }
        problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
        rows.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new InvitationList(list, rows, problems);
    }

    private static void readRecord(
            int line,
            List<String> cells,
            Map<Column, Integer> columns,
            CommunityRole defaultRole,
            List<InvitationList.Row> rows,
            List<InvitationList.Problem> problems,
            Map<String, Integer> seen) {
        // a lone cell, or cells that are all addresses (a@…, b@…), are addresses; otherwise the cells are columns
        long filled = cells.stream().filter(c -> !c.isEmpty()).count();
        boolean addressesOnly = columns == null
                && ((filled == 1 && !cells.get(0).isEmpty())
                        || cells.stream().filter(c -> !c.isEmpty()).allMatch(c -> c.contains("@")));
        if (addressesOnly) {
            for (String cell : cells) {
                if (cell.isEmpty()) {
                    continue;
                }
                Matcher named = NAMED_ADDRESS.matcher(cell);
                if (named.matches()) {
                    add(line, named.group(1), named.group(2), "", "", defaultRole, rows, problems, seen);
                } else {
                    add(line, "", cell, "", "", defaultRole, rows, problems, seen);
                }
            }
            return;
        }
        Map<Column, Integer> at = columns == null
                ? Map.of(Column.NAME, 0, Column.EMAIL, 1, Column.ORGANISATION, 2, Column.ROLE, 3)
                : columns;
        if (columns == null && cells.size() > 4) {
            problems.add(new InvitationList.Problem(line, Text.of("community.bulk.too-many-cells", cells.size())));
            return;
        }
        add(
                line,
                cell(cells, at.get(Column.NAME)),
                cell(cells, at.get(Column.EMAIL)),
                cell(cells, at.get(Column.ORGANISATION)),
                cell(cells, at.get(Column.ROLE)),
                defaultRole,
                rows,
                problems,
                seen);
    }

    private static void add(
            int line,
            String name,
            String email,
            String organisation,
            String role,
            CommunityRole defaultRole,
            List<InvitationList.Row> rows,
            List<InvitationList.Problem> problems,
            Map<String, Integer> seen) {
        List<Text> reasons = new ArrayList<>();
        EmailAddress address = null;
        if (email.isEmpty()) {
            reasons.add(Text.of("community.bulk.no-email"));
        } else {
            try {
                address = EmailAddress.parse("email", email);
            } catch (InvalidInputException e) {
                reasons.add(Text.of("community.bulk.not-an-email", shorten(email)));
            }
        }
        TextInput input = new TextInput();
        String cleanName = input.line("name", Text.of("community.field.person-name"), name, NAME_MAX, false);
        String cleanOrganisation =
                input.line("organisation", Text.of("community.organisation"), organisation, ORGANISATION_MAX, false);
        if (input.hasErrors()) {
            try {
                input.throwIfInvalid();
            } catch (InvalidInputException e) {
                e.errors().forEach(error -> reasons.add(error.text()));
            }
        }
        formula("name", cleanName, reasons);
        formula("organisation", cleanOrganisation, reasons);
        CommunityRole chosen = role.isEmpty() ? defaultRole : role(role);
        if (chosen == null && !role.isEmpty()) {
            reasons.add(Text.of("community.bulk.unknown-role", shorten(role)));
        }
        if (address != null) {
            Integer earlier = seen.putIfAbsent(address.value(), line);
            if (earlier != null) {
                reasons.add(Text.of("community.bulk.duplicate", earlier, address.value()));
            }
        }
        if (!reasons.isEmpty()) {
            problems.add(new InvitationList.Problem(line, reasons));
        } else if (chosen != null) {
            rows.add(new InvitationList.Row(line, cleanName, address, cleanOrganisation, chosen, null));
        }
    }

    /** A cell a spreadsheet would run as a formula if the list were opened in one again (CSV injection). */
    private static void formula(String what, String value, List<Text> reasons) {
        if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
            reasons.add(Text.of("community.bulk.formula." + what, String.valueOf(value.charAt(0))));
        }
    }

    private static CommunityRole role(String typed) {
        for (CommunityRole role : CommunityRole.values()) {
            if (role.name().equalsIgnoreCase(typed) || role.label().equalsIgnoreCase(typed)) {
                return role;
            }
        }
        return null;
    }

    /**
     * The addresses of a line made only of addresses separated by semicolons ({@code "Ruiz, Bo" <bo@…>; ana@…}),
     * or null for any other line. A line with a single bare address is left to the CSV reader.
     */
    private static List<String> addresses(String line) {
        if (line.indexOf('<') < 0 && line.indexOf(';') < 0) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ';' && !quoted) {
                parts.add(part.toString().strip());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString().strip());
        List<String> addresses = parts.stream().filter(p -> !p.isEmpty()).toList();
        boolean all = !addresses.isEmpty()
                && addresses.stream()
                        .allMatch(p -> NAMED_ADDRESS.matcher(p).matches()
                                || BARE_ADDRESS.matcher(p).matches());
        return all ? addresses : null;
    }

    /** The line where the CSV reader found a quote it could not close, as it says in its message. */
    private static int startLine(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            Matcher start = START_LINE.matcher(String.valueOf(t.getMessage()));
            if (start.find()) {
                return Integer.parseInt(start.group(1));
            }
        }
        return 0;
    }

    /** The header row's columns, when the first row is one: it names an e-mail column. */
    private static Map<Column, Integer> header(List<String> cells) {
        Map<Column, Integer> columns = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            Column column = HEADERS.get(cells.get(i).toLowerCase(Locale.ROOT));
            if (column != null) {
                columns.putIfAbsent(column, i);
            }
        }
        return columns.containsKey(Column.EMAIL) ? columns : null;
    }

    private static String cell(List<String> cells, Integer index) {
        return index == null || index >= cells.size() ? "" : cells.get(index);
    }

    /** Tabs (copied from a spreadsheet), else semicolons where they outnumber commas on the first line, else commas. */
    private static char delimiter(String text) {
        String first = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
        if (first.indexOf('\t') >= 0) {
            return '\t';
        }
        long semicolons = first.chars().filter(c -> c == ';').count();
        long commas = first.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    private static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return utf8(Arrays.copyOfRange(bytes, 3, bytes.length));
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            Charset charset = bytes[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            try {
                return new Decoded(strict(charset, Arrays.copyOfRange(bytes, 2, bytes.length)), List.of());
            } catch (CharacterCodingException e) {
                return new Decoded("", List.of(new InvitationList.Problem(0, Text.of("community.bulk.not-utf16"))));
            }
        }
        for (byte b : bytes) {
            if (b == 0) {
                return new Decoded(
                        "", List.of(new InvitationList.Problem(0, Text.of("community.bulk.utf16-without-mark"))));
            }
        }
        return utf8(bytes);
    }

    /** UTF-8, each line checked on its own so that every line in another encoding is named. */
    private static Decoded utf8(byte[] bytes) {
        List<InvitationList.Problem> problems = new ArrayList<>();
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    strict(StandardCharsets.UTF_8, Arrays.copyOfRange(bytes, start, i));
                } catch (CharacterCodingException e) {
                    problems.add(new InvitationList.Problem(line, Text.of("community.bulk.not-utf8")));
                }
                line++;
                start = i + 1;
            }
        }
        return new Decoded(new String(bytes, StandardCharsets.UTF_8), problems);
    }

    private static String strict(Charset charset, byte[] bytes) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Where a record really starts: the reader gives the position before the empty lines it skipped. */
    private static long firstCharacter(String text, long position) {
        int at = (int) position;
        while (at < text.length() && text.charAt(at) == '\n') {
            at++;
        }
        return at;
    }

    /** The line (from 1) of a character position. */
    private static int lineOf(int[] lineStarts, long position) {
        int found = Arrays.binarySearch(lineStarts, (int) position);
        return found >= 0 ? found + 1 : -found - 1;
    }

    private static InvitationList refused(String text, Text reason) {
        return new InvitationList(text, List.of(), List.of(new InvitationList.Problem(0, reason)));
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
