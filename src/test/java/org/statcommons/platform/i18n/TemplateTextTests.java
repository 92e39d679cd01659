package org.statcommons.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.attoparser.AbstractMarkupHandler;
import org.attoparser.MarkupParser;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.junit.jupiter.api.Test;

/**
 * No text is written in a converted template outside the bundles: a text node with a letter in it, or a
 * {@code title}, {@code alt}, {@code aria-label}, {@code placeholder} or a button's {@code value} written as it is,
 * fails the build. Text is fine where Thymeleaf replaces it ({@code th:text}, {@code th:utext}, {@code th:replace} of
 * an element inside the page), inside {@code <code>}, {@code <script>} and {@code <style>}, and the product's name.
 *
 * <p>The converted templates are listed here; the list grows each time templates are converted, until it is every
 * template (docs/translating.md).
 */
class TemplateTextTests {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** Folders and files whose every text comes from the bundles. */
    static final List<String> CONVERTED = List.of(
            "layout.html",
            "error.html",
            "sign-in.html",
            "identity/",
            "community/",
            "meetings/",
            "discussions/",
            "notifications/",
            "activity/",
            "search/",
            "moderation/",
            "newsletters/",
            "mail/",
            "content/",
            "proposals/",
            "comments/",
            "text/",
            "decisions/",
            "organisations/",
            "bodies/",
            "surveys/");

    private static final Set<String> ALLOWED_WORDS = Set.of("StatCommons");
    private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert");
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "aria-label", "placeholder");
    private static final Set<String> VERBATIM = Set.of("code", "script", "style");

    @Test
    void convertedTemplatesWriteNoTextOutsideTheBundles() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path template : converted()) {
            found.addAll(textOutsideBundles(template.toString(), Files.readString(template)));
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theScanFindsTextNodesAndAttributesButNotReplacedText() {
        String template = """
                <html th:replace="~{layout :: page('x', ~{::section})}"><section>
                <h1>Welcome</h1>
                <p th:text="#{a.b}">Replaced</p>
                <input placeholder="Search"><input th:placeholder="#{a.c}"><input type="submit" value="Go"><button value="approve" th:text="#{a.d}">x</button>
                <a title="Home" href="/">StatCommons</a> · <code>Authorization: Bearer</code>
                <div th:replace="~{x :: y}">Example</div>
                </section></html>""";
        assertThat(textOutsideBundles("example.html", template))
                .containsExactly(
                        "example.html:2: text \"Welcome\"",
                        "example.html:4: placeholder=\"Search\"",
                        "example.html:4: value=\"Go\"",
                        "example.html:5: title=\"Home\"");
    }

    private static List<Path> converted() throws IOException {
        List<Path> templates = new ArrayList<>();
        for (String entry : CONVERTED) {
            Path path = TEMPLATES.resolve(entry);
            if (entry.endsWith("/")) {
                try (Stream<Path> files = Files.walk(path)) {
                    files.filter(f -> f.toString().endsWith(".html")).sorted().forEach(templates::add);
                }
            } else {
                templates.add(path);
            }
        }
        assertThat(templates).allMatch(Files::isRegularFile);
        return templates;
    }

    static List<String> textOutsideBundles(String name, String template) {
        Scanner scanner = new Scanner(name);
        try {
            new MarkupParser(ParseConfiguration.htmlConfiguration()).parse(new StringReader(template), scanner);
        } catch (ParseException e) {
            throw new IllegalStateException(name + " cannot be parsed", e);
        }
        return scanner.found;
    }

    /** Walks the markup keeping, for each open element, whether its text is Thymeleaf's to replace. */
    private static final class Scanner extends AbstractMarkupHandler {

        private final String name;
        private final List<String> found = new ArrayList<>();
        private final Deque<Boolean> replaced = new ArrayDeque<>();
        private String element;
        private Map<String, String> attributes = new HashMap<>();

        Scanner(String name) {
            this.name = name;
        }

        @Override
        public void handleOpenElementStart(char[] buffer, int offset, int len, int line, int col) {
            start(new String(buffer, offset, len));
        }

        @Override
        public void handleStandaloneElementStart(
                char[] buffer, int offset, int len, boolean minimized, int line, int col) {
            start(new String(buffer, offset, len));
        }

        private void start(String name) {
            element = name.toLowerCase(Locale.ROOT);
            attributes = new HashMap<>();
        }

        @Override
        public void handleAttribute(
                char[] buffer,
                int nameOffset,
                int nameLen,
                int nameLine,
                int nameCol,
                int operatorOffset,
                int operatorLen,
                int operatorLine,
                int operatorCol,
                int valueContentOffset,
                int valueContentLen,
                int valueOuterOffset,
                int valueOuterLen,
                int valueLine,
                int valueCol) {
            String attribute = new String(buffer, nameOffset, nameLen).toLowerCase(Locale.ROOT);
            String value = new String(buffer, valueContentOffset, valueContentLen);
            attributes.put(attribute, value);
            // an input's value is the text of its button; a <button>'s value is only sent with the form (its
            // content is what is shown), so name="decision" value="approve" is no visible text
            boolean button = element.equals("input")
                    && Set.of("submit", "button", "reset").contains(attributes.getOrDefault("type", ""));
            if ((TEXT_ATTRIBUTES.contains(attribute) || (attribute.equals("value") && button)) && hasWords(value)) {
                found.add(name + ":" + nameLine + ": " + attribute + "=\"" + value + "\"");
            }
        }

        @Override
        public void handleOpenElementEnd(char[] buffer, int offset, int len, int line, int col) {
            boolean inherited = !replaced.isEmpty() && replaced.peek();
            boolean replacing = attributes.keySet().stream()
                    .anyMatch(a -> REPLACING.contains(a) && !(element.equals("html") && a.equals("th:replace")));
            replaced.push(inherited || replacing || VERBATIM.contains(element));
        }

        @Override
        public void handleCloseElementEnd(char[] buffer, int offset, int len, int line, int col) {
            if (!replaced.isEmpty()) {
                replaced.pop();
            }
        }

        @Override
        public void handleAutoCloseElementEnd(char[] buffer, int offset, int len, int line, int col) {
            handleCloseElementEnd(buffer, offset, len, line, col);
        }

        @Override
        public void handleText(char[] buffer, int offset, int len, int line, int col) {
            String text = new String(buffer, offset, len);
            if ((replaced.isEmpty() || !replaced.peek()) && hasWords(text)) {
                found.add(name + ":" + line + ": text \"" + text.strip() + "\"");
            }
        }

        private static boolean hasWords(String text) {
            String rest = text;
            for (String allowed : ALLOWED_WORDS) {
                rest = rest.replace(allowed, "");
            }
            // an expression (th:… values aside) is not text: "${…}" in a plain attribute would be a bug of its own
            return rest.codePoints().anyMatch(Character::isLetter);
        }
    }
}
