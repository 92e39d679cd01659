package org.statcommons.academy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TooLargeException;

/**
 * Reads a capability framework from CSV (Apache Commons CSV): an optional first line {@code levels,awareness,…} (the
 * ordered levels; awareness, practitioner, expert when absent), an optional header {@code code,name,parent}, then one
 * item a line. A parent is an item of an earlier line, so the tree has no cycle and is read in one pass. Every problem
 * is named by its line, all at once, and nothing is read from a file that has one.
 */
@Component
class FrameworkCsvReader {

    /** A framework of thousands of items is already more than a form can assess; 1 MB holds far more than that. */
    static final int MAX_BYTES = 1024 * 1024;

    static final int MAX_ITEMS = 2000;
    /** Phases, sub-processes, and a few levels more: deeper is a mistake or a hostile file. */
    static final int MAX_DEPTH = 8;

    static final int MAX_LEVELS = 10;
    static final int NAME_MAX = 200;
    /** Problems named one by one; a file with more gets "and N more". */
    static final int MAX_PROBLEMS = 50;

    static final List<String> DEFAULT_LEVELS = List.of("awareness", "practitioner", "expert");

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    static final Pattern LEVEL = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    /** What the file holds: the levels, the items and the line of each. */
    record Read(List<String> levels, List<Framework.Item> items, List<Integer> lines) {}

    Read read(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new TooLargeException(Text.of("academy.framework.too-large", MAX_BYTES / 1024), MAX_BYTES);
        }
        List<Text> problems = new ArrayList<>();
        String text = decode(bytes, problems);
        if (!problems.isEmpty()) {
            throw refusal(problems);
        }
        Read read = parse(text, problems);
        if (!problems.isEmpty()) {
            throw refusal(problems);
        }
        return read;
    }

    private static Read parse(String text, List<Text> problems) {
        List<String> levels = DEFAULT_LEVELS;
        List<Framework.Item> items = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        Map<String, Integer> lineOf = new HashMap<>();
        Map<String, Integer> depth = new HashMap<>();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true)
                .build();
        int line = 1;
        boolean first = true;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                int at = line;
                line = (int) parser.getCurrentLineNumber() + 1;
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                String head = record.get(0).strip().toLowerCase(Locale.ROOT);
                if (first && head.equals("levels")) {
                    levels = levels(record, at, problems);
                    first = false;
                    continue;
                }
                if (head.equals("code") && items.isEmpty()) {
                    first = false;
                    continue;
                }
                first = false;
                if (items.size() >= MAX_ITEMS) {
                    problems.add(Text.of("academy.framework.problem.too-many", String.valueOf(at), MAX_ITEMS));
                    break;
                }
                Framework.Item item = item(record, at, lineOf, depth, problems);
                if (item != null) {
                    items.add(item);
                    lines.add(at);
                    lineOf.put(item.code(), at);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(Text.of("academy.framework.problem.csv", String.valueOf(line)));
        }
        if (items.isEmpty() && problems.isEmpty()) {
            problems.add(Text.of("academy.framework.problem.empty"));
        }
        return new Read(levels, List.copyOf(items), List.copyOf(lines));
    }

    private static List<String> levels(CSVRecord record, int line, List<Text> problems) {
        List<String> levels = new ArrayList<>();
        for (int i = 1; i < record.size(); i++) {
            String level = record.get(i).strip().toLowerCase(Locale.ROOT);
            if (level.isEmpty()) {
                continue;
            }
            if (!LEVEL.matcher(level).matches()) {
                problems.add(Text.of("academy.framework.problem.level", String.valueOf(line), shown(level)));
            } else if (levels.contains(level)) {
                problems.add(Text.of("academy.framework.problem.level-twice", String.valueOf(line), level));
            } else {
                levels.add(level);
            }
        }
        if (levels.isEmpty() || levels.size() > MAX_LEVELS) {
            problems.add(Text.of("academy.framework.problem.levels", String.valueOf(line), MAX_LEVELS));
        }
        return levels;
    }

    private static Framework.Item item(
            CSVRecord record, int line, Map<String, Integer> lineOf, Map<String, Integer> depth, List<Text> problems) {
        int before = problems.size();
        String code = record.get(0).strip();
        String name = record.size() > 1 ? record.get(1).strip() : "";
        String parent = record.size() > 2 ? record.get(2).strip() : "";
        if (record.size() > 3) {
            problems.add(Text.of("academy.framework.problem.columns", String.valueOf(line)));
        }
        if (!CODE.matcher(code).matches()) {
            problems.add(Text.of("academy.framework.problem.code", String.valueOf(line), shown(code)));
        } else if (lineOf.containsKey(code)) {
            problems.add(Text.of(
                    "academy.framework.problem.duplicate",
                    String.valueOf(line),
                    code,
                    String.valueOf(lineOf.get(code))));
        }
        if (name.isEmpty()) {
            problems.add(Text.of("academy.framework.problem.no-name", String.valueOf(line)));
        } else if (name.length() > NAME_MAX || name.chars().anyMatch(Character::isISOControl)) {
            problems.add(Text.of("academy.framework.problem.name", String.valueOf(line), NAME_MAX));
        }
        int itemDepth = 1;
        if (!parent.isEmpty()) {
            if (!lineOf.containsKey(parent)) {
                problems.add(Text.of("academy.framework.problem.parent", String.valueOf(line), shown(parent)));
            } else {
                itemDepth = depth.get(parent) + 1;
                if (itemDepth > MAX_DEPTH) {
                    problems.add(Text.of("academy.framework.problem.deep", String.valueOf(line), MAX_DEPTH));
                }
            }
        }
        if (problems.size() > before) {
            return null;
        }
        depth.put(code, itemDepth);
        return new Framework.Item(code, name, parent.isEmpty() ? null : parent);
    }

    /** UTF-8 (a byte-order mark is skipped); a line in another encoding is named, never guessed at. */
    private static String decode(byte[] bytes, List<Text> problems) {
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3
                : 0;
        try {
            return strict(bytes, start, bytes.length - start).replace("\r\n", "\n");
        } catch (CharacterCodingException e) {
            int line = 1;
            int from = start;
            for (int i = start; i <= bytes.length; i++) {
                if (i == bytes.length || bytes[i] == '\n') {
                    try {
                        strict(bytes, from, i - from);
                    } catch (CharacterCodingException bad) {
                        problems.add(Text.of("academy.framework.problem.encoding", String.valueOf(line)));
                    }
                    line++;
                    from = i + 1;
                }
            }
            if (problems.isEmpty()) {
                problems.add(Text.of("academy.framework.problem.encoding", "1"));
            }
            return "";
        }
    }

    private static String strict(byte[] bytes, int offset, int length) throws CharacterCodingException {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, length))
                .toString();
    }

    /** What was typed, short enough to quote in a message. */
    static String shown(String typed) {
        String oneLine = typed.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() > 40 ? oneLine.substring(0, 40) + "…" : oneLine;
    }

    private static InvalidInputException refusal(List<Text> problems) {
        List<InvalidInputException.FieldMessage> messages = new ArrayList<>();
        // one field per problem ("file[3]"), so that a form, which shows one message per field, shows them all
        for (Text problem : problems.subList(0, Math.min(MAX_PROBLEMS, problems.size()))) {
            messages.add(new InvalidInputException.FieldMessage("file[" + messages.size() + "]", problem));
        }
        if (problems.size() > MAX_PROBLEMS) {
            messages.add(new InvalidInputException.FieldMessage(
                    "file[" + messages.size() + "]",
                    Text.of("academy.framework.problem.more", problems.size() - MAX_PROBLEMS)));
        }
        return new InvalidInputException(messages);
    }
}
