package org.statcommons.content.space;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.statcommons.content.SpacePath;

/**
 * A page as stored: a small front matter of {@code key: value} lines between {@code ---} lines, then the
 * Markdown body.
 *
 * <pre>
 * ---
 * title: Data integration
 * ---
 *
 * The body...
 * </pre>
 *
 * Only {@code title} is used today; other fields are kept as they are so that later features (and people
 * editing through Git) can add them. Files without front matter are read as a body alone.
 */
public record PageFile(Map<String, String> fields, String body) {

    private static final String FENCE = "---";

    public PageFile {
        fields = Map.copyOf(new LinkedHashMap<>(fields));
        body = body == null ? "" : body;
    }

    public static PageFile of(String title, String body) {
        return new PageFile(Map.of("title", title), body);
    }

    /** A page with a title and other front-matter fields (a translation's language and original version). */
    public static PageFile of(String title, Map<String, String> others, String body) {
        Map<String, String> fields = new LinkedHashMap<>(others);
        fields.remove("title");
        fields.put("title", title);
        return new PageFile(fields, body);
    }

    /** The front matter's fields other than the title. */
    public Map<String, String> otherFields() {
        Map<String, String> others = new LinkedHashMap<>(fields);
        others.remove("title");
        return others;
    }

    /** The title, or the page's file name when the front matter gives none. */
    public String title(SpacePath path) {
        return title(path.name());
    }

    /** The title, or the fallback when the front matter gives none. */
    public String title(String fallback) {
        String title = fields.get("title");
        return title == null || title.isBlank() ? fallback : title;
    }

    public static PageFile parse(byte[] content) {
        return parse(new String(content, StandardCharsets.UTF_8));
    }

    public static PageFile parse(String text) {
        String normalised = text.replace("\r\n", "\n");
        if (!normalised.startsWith(FENCE + "\n")) {
            return new PageFile(Map.of(), normalised);
        }
        int end = normalised.indexOf("\n" + FENCE + "\n", FENCE.length());
        boolean endsAtFence = end < 0 && normalised.endsWith("\n" + FENCE);
        if (end < 0 && !endsAtFence) {
            return new PageFile(Map.of(), normalised);
        }
        int fieldsEnd = end < 0 ? normalised.length() - FENCE.length() - 1 : end;
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : normalised
                .substring(FENCE.length() + 1, Math.max(fieldsEnd, FENCE.length() + 1))
                .split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                fields.putIfAbsent(
                        line.substring(0, colon).strip(),
                        unquote(line.substring(colon + 1).strip()));
            }
        }
        String body = end < 0 ? "" : normalised.substring(end + FENCE.length() + 2);
        return new PageFile(fields, body.startsWith("\n") ? body.substring(1) : body);
    }

    /** The file's text: front matter, a blank line, the body, ending with one line break. */
    public String text() {
        StringBuilder text = new StringBuilder();
        if (!fields.isEmpty()) {
            text.append(FENCE).append('\n');
            fields.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey(PageFile::fieldOrder))
                    .forEach(field -> text.append(field.getKey())
                            .append(": ")
                            .append(quote(field.getValue()))
                            .append('\n'));
            text.append(FENCE).append("\n\n");
        }
        String trimmed = body.stripTrailing();
        text.append(trimmed);
        if (!trimmed.isEmpty()) {
            text.append('\n');
        }
        return text.toString();
    }

    public byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    /** title first, then the others alphabetically, so that the same page always gives the same bytes. */
    private static int fieldOrder(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        if (a.equals("title")) {
            return -1;
        }
        return b.equals("title") ? 1 : a.compareTo(b);
    }

    private static String quote(String value) {
        boolean plain =
                !value.isEmpty() && value.strip().equals(value) && "\"'#&*!|>%@`[{".indexOf(value.charAt(0)) < 0;
        if (plain) {
            return value;
        }
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            StringBuilder text = new StringBuilder();
            for (int i = 1; i < value.length() - 1; i++) {
                char c = value.charAt(i);
                if (c == '\\' && i + 1 < value.length() - 1) {
                    c = value.charAt(++i);
                }
                text.append(c);
            }
            return text.toString();
        }
        if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
            return value.substring(1, value.length() - 1).replace("''", "'");
        }
        return value;
    }
}
