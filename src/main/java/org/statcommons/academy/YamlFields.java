package org.statcommons.academy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.statcommons.platform.Text;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the YAML of a manifest or an episode's front matter into fields of text or lists of text, each with its line,
 * with SnakeYAML (which Spring Boot brings for its own settings) composing nodes only: no Java object is ever made
 * from a tag, and its loader's bounds hold against hostile files: few aliases (a "billion laughs" file stops at the
 * eleventh), shallow nesting, a bounded size. Anything else (a mapping inside a field, a duplicate key) is a problem
 * named by file and line.
 */
final class YamlFields {

    /** A manifest or front matter larger than this is refused before it is read. */
    static final int MAX_CHARACTERS = 64 * 1024;

    static final int MAX_ALIASES = 10;
    static final int MAX_NESTING = 8;

    /**
     * A field: text, or a list of text; its line in the file (1-based). A list whose items are small mappings of text
     * ({@code - {item: GSBPM-5.1, level: practitioner}}) has {@code list} null and its items in {@code entries}.
     */
    record Field(String name, int line, String text, List<String> list, List<Entry> entries) {}

    /** An item of a list: its text, or for a mapping its keys' texts (then {@code text} is null); its line. */
    record Entry(int line, String text, Map<String, String> keys) {}

    /** The fields read, by name, and the problems found. */
    record Read(Map<String, Field> fields, List<CourseProblem> problems) {}

    private YamlFields() {}

    /**
     * @param file      the file's path, for the messages
     * @param yaml      the YAML text
     * @param firstLine the line of the file the text starts on (2 for a front matter after its {@code ---})
     */
    static Read read(String file, String yaml, int firstLine) {
        List<CourseProblem> problems = new ArrayList<>();
        Map<String, Field> fields = new LinkedHashMap<>();
        if (yaml.length() > MAX_CHARACTERS) {
            problems.add(new CourseProblem(file, firstLine, Text.of("academy.problem.yaml-too-long", MAX_CHARACTERS)));
            return new Read(fields, problems);
        }
        Node root;
        try {
            root = new Yaml(options()).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? firstLine : firstLine + mark.getLine();
            problems.add(new CourseProblem(file, line, Text.of("academy.problem.yaml", oneLine(e.getProblem()))));
            return new Read(fields, problems);
        } catch (YAMLException e) {
            problems.add(new CourseProblem(file, firstLine, Text.of("academy.problem.yaml", oneLine(e.getMessage()))));
            return new Read(fields, problems);
        }
        if (root == null) {
            return new Read(fields, problems);
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.add(new CourseProblem(file, firstLine, Text.of("academy.problem.yaml-not-fields")));
            return new Read(fields, problems);
        }
        for (NodeTuple tuple : mapping.getValue()) {
            int line = firstLine + tuple.getKeyNode().getStartMark().getLine();
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problems.add(new CourseProblem(file, line, Text.of("academy.problem.yaml-not-fields")));
                continue;
            }
            if (fields.containsKey(key.getValue())) {
                problems.add(new CourseProblem(file, line, Text.of("academy.problem.duplicate", key.getValue())));
                continue;
            }
            Node value = tuple.getValueNode();
            if (value instanceof ScalarNode scalar) {
                fields.put(
                        key.getValue(),
                        new Field(
                                key.getValue(),
                                line,
                                scalar.getValue(),
                                List.of(scalar.getValue()),
                                List.of(new Entry(line, scalar.getValue(), Map.of()))));
            } else if (value instanceof SequenceNode sequence
                    && sequence.getValue().stream().allMatch(YamlFields::textOrTextMapping)) {
                List<Entry> entries = sequence.getValue().stream()
                        .map(item -> entry(item, firstLine))
                        .toList();
                List<String> items = entries.stream().allMatch(e -> e.text() != null)
                        ? entries.stream().map(Entry::text).toList()
                        : null;
                fields.put(key.getValue(), new Field(key.getValue(), line, null, items, entries));
            } else {
                problems.add(new CourseProblem(file, line, Text.of("academy.problem.field-shape", key.getValue())));
            }
        }
        return new Read(fields, problems);
    }

    private static boolean textOrTextMapping(Node node) {
        return node instanceof ScalarNode
                || (node instanceof MappingNode mapping
                        && mapping.getValue().stream()
                                .allMatch(t -> t.getKeyNode() instanceof ScalarNode
                                        && t.getValueNode() instanceof ScalarNode));
    }

    private static Entry entry(Node node, int firstLine) {
        int line = firstLine + node.getStartMark().getLine();
        if (node instanceof ScalarNode scalar) {
            return new Entry(line, scalar.getValue(), Map.of());
        }
        Map<String, String> keys = new LinkedHashMap<>();
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            keys.putIfAbsent(
                    ((ScalarNode) tuple.getKeyNode()).getValue(), ((ScalarNode) tuple.getValueNode()).getValue());
        }
        return new Entry(line, null, keys);
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_CHARACTERS);
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        return options;
    }

    private static String oneLine(String text) {
        String line = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
