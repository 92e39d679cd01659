package org.statcommons.platform;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.AttributePolicy;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Turns Markdown written by people into HTML that is safe to put into a page with {@code th:utext}.
 * Raw HTML in the source is shown as text, and the result is sanitised again with an allow-list, so a
 * mistake in either step cannot let script, event handlers, styles or foreign frames through. Links may
 * only go to http, https or mailto and carry {@code rel="nofollow noopener"}; images only load from this
 * server or over https.
 * <p>
 * Rendering takes time proportional to the text's length, whatever the text: the parser is linear (since
 * commonmark-java 0.30), and what could multiply the work is bounded here. Markdown nests at most
 * {@link #MAX_NESTING} levels, a table has at most {@link #MAX_TABLE_CELLS} cells, and link references repeat
 * at most {@link #maxAddresses} characters of addresses. A text beyond these bounds, or one whose rendering
 * fails for any other reason, is never an error for the reader: it is shown as written (escaped), under a short
 * notice saying why ({@link #unformatted}).
 */
@Component
public class Markdown {

    private static final Logger log = LoggerFactory.getLogger(Markdown.class);

    /**
     * How deep Markdown may nest: every element inside another is a level (a paragraph in a list item in a list
     * in a quote is four). Rendering walks the text's tree recursively, so this bound is what keeps the stack
     * small; real documents stay under 20.
     */
    public static final int MAX_NESTING = 100;
    /**
     * The most cells one table may have. Rows shorter than the header are filled with empty cells, so without
     * this a few kilobytes (a wide header, many one-cell rows) would become hundreds of megabytes of HTML.
     */
    public static final int MAX_TABLE_CELLS = 100_000;

    private static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.builder().maxCells(MAX_TABLE_CELLS).build(),
            StrikethroughExtension.create(),
            AutolinkExtension.create(),
            TaskListItemsExtension.create());
    private static final Pattern CHECKBOX = Pattern.compile("checkbox");

    private static final Pattern ALIGN = Pattern.compile("left|center|right");
    private static final Pattern CODE_LANGUAGE = Pattern.compile("language-[A-Za-z0-9_+#.-]{1,40}");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");
    /** Heading anchors made by callers that number headings (a table of contents); nothing else gets an id. */
    private static final Pattern HEADING_ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_-]{0,80}");

    /**
     * Immutable and thread-safe, so shared by every caller, also those without a bean at hand (records). Past
     * its nesting limits the parser reads the rest as plain text, so the tree it builds is at most about twice
     * {@link #MAX_NESTING} deep whatever the text: {@link #requireWithinBounds} then refuses anything over the bound.
     */
    private static final Parser PARSER = Parser.builder()
            .extensions(EXTENSIONS)
            .maxOpenBlockParsers(MAX_NESTING)
            .maxInlineNesting(MAX_NESTING)
            .build();

    private static final TextContentRenderer PLAIN =
            TextContentRenderer.builder().extensions(EXTENSIONS).build();

    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();

    private final PolicyFactory policy = new HtmlPolicyBuilder()
            .allowElements(
                    "p",
                    "br",
                    "hr",
                    "h1",
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "em",
                    "strong",
                    "del",
                    "s",
                    "code",
                    "pre",
                    "blockquote",
                    "ul",
                    "ol",
                    "li",
                    "table",
                    "thead",
                    "tbody",
                    "tr",
                    "th",
                    "td",
                    "a")
            // An image whose source was refused is dropped whole rather than left as an empty frame.
            .allowElements((element, attributes) -> hasAttribute(attributes, "src") ? element : null, "img")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href", "title")
            .onElements("a")
            .requireRelsOnLinks("nofollow", "noopener")
            .allowAttributes("src")
            .matching(imageSource())
            .onElements("img")
            .allowAttributes("alt", "title")
            .onElements("img")
            .allowAttributes("align")
            .matching(ALIGN)
            .onElements("th", "td")
            .allowAttributes("start")
            .matching(NUMBER)
            .onElements("ol")
            .allowAttributes("class")
            .matching(CODE_LANGUAGE)
            .onElements("code")
            // task lists: a read-only tick box and nothing else of HTML forms
            .allowElements((element, attributes) -> isTickBox(attributes) ? element : null, "input")
            .allowAttributes("type")
            .matching(CHECKBOX)
            .onElements("input")
            .allowAttributes("checked", "disabled")
            .onElements("input")
            .allowAttributes("id")
            .matching(HEADING_ID)
            .onElements("h1", "h2", "h3", "h4", "h5", "h6")
            .toFactory();

    /**
     * The same texts (a community's description, a comment, a long post) are shown again and again; rendering and
     * sanitising cost far more than looking them up, so recent ones are remembered by their source, whatever their
     * size, up to 16 million characters of source and HTML together.
     */
    private final WeightedCache<String, String> rendered =
            new WeightedCache<>(16_000_000, (source, html) -> source.length() + html.length());

    /**
     * The plain text of texts just checked ({@link #problem}): a page's save checks its text, then the search index
     * wants the same text's words moments later ({@link #plainText}); from one parse of it, not two. By source,
     * up to 4 million characters of source and text together.
     */
    private final WeightedCache<String, String> plain =
            new WeightedCache<>(4_000_000, (source, text) -> source.length() + text.length());

    /**
     * A text beyond the bounds this class keeps; {@link #reason()} says which, in words for the text's author, in
     * whatever language they read (the message is its English, for logs).
     */
    public static final class TooComplex extends RuntimeException {

        private final transient Text reason;

        public TooComplex(Text reason) {
            super(reason.english(), null, false, false);
            this.reason = reason;
        }

        public Text reason() {
            return reason;
        }
    }

    /** Safe HTML for the given Markdown; empty for null or blank source. Never fails: see {@link #unformatted}. */
    public String toHtml(String source) {
        if (source == null || source.isBlank()) {
            return "";
        }
        String html = rendered.get(source);
        if (html == null) {
            html = renderOrShowAsWritten(source);
            rendered.put(source, html);
        }
        return html;
    }

    private String renderOrShowAsWritten(String source) {
        try {
            return render(source);
        } catch (Throwable e) {
            return unformatted(source, reason(e, source).english());
        }
    }

    private String render(String source) {
        return policy.sanitize(renderer.render(parse(source)));
    }

    /**
     * Why this text cannot be shown formatted (nested too deep, a table too large, too many repeated addresses, or
     * rendering failed), or empty when it can: saves and pushes of pages ask before storing, and tell their author
     * in the author's language (a refused form, a refused {@code git push}).
     */
    public Optional<Text> problem(String source) {
        if (source == null || source.isBlank()) {
            return Optional.empty();
        }
        try {
            Node document = parse(source);
            policy.sanitize(renderer.render(document));
            plain.put(withoutFinalLineBreak(source), PLAIN.render(document));
            return Optional.empty();
        } catch (Throwable e) {
            return Optional.of(reason(e, source));
        }
    }

    /**
     * As {@link #toPlainText}, from the text kept when this same text was checked moments before ({@link
     * #problem}); a file's final line break, which changes nothing in Markdown, does not count.
     */
    public String plainText(String source) {
        if (source == null || source.isBlank()) {
            return "";
        }
        String text = plain.get(withoutFinalLineBreak(source));
        return text != null ? text : toPlainText(source);
    }

    /** The source less one final line break: a page's file ends with one that its checked text had not. */
    private static String withoutFinalLineBreak(String source) {
        return source.endsWith("\n") ? source.substring(0, source.length() - 1) : source;
    }

    /**
     * The tree of the source, checked against the bounds, for callers that rewrite it before rendering with
     * {@link #extensions()} and {@link #sanitize}.
     *
     * @throws TooComplex when the text is beyond the bounds
     */
    public static Node parse(String source) {
        Node document = PARSER.parse(source);
        requireWithinBounds(document, source.length());
        return document;
    }

    /**
     * The most characters of link and image addresses (and their titles) a text of this length may render: twice
     * the text's length and 100,000 more. Written out, addresses are at most about as long as the text (a bare
     * {@code www.} or e-mail address gains its {@code http://} or {@code mailto:}); a reference
     * ({@code [a]: https://…}) used again and again would otherwise repeat a long address without end.
     */
    public static long maxAddresses(int sourceLength) {
        return 100_000L + 2L * sourceLength;
    }

    /**
     * Refuses a tree nested deeper than {@link #MAX_NESTING} or with more address characters than
     * {@link #maxAddresses}. Walks the tree without recursion, so any tree can be checked.
     *
     * @throws TooComplex when the tree is beyond a bound
     */
    public static void requireWithinBounds(Node document, int sourceLength) {
        long addresses = 0;
        long maxAddresses = maxAddresses(sourceLength);
        int depth = 0;
        Node node = document;
        while (node != null) {
            if (depth > MAX_NESTING) {
                throw new TooComplex(Text.of("platform.markdown.too-deep", MAX_NESTING));
            }
            if (node instanceof Link link) {
                addresses += length(link.getDestination()) + length(link.getTitle());
            } else if (node instanceof Image image) {
                addresses += length(image.getDestination()) + length(image.getTitle());
            }
            if (addresses > maxAddresses) {
                throw new TooComplex(Text.of("platform.markdown.too-many-addresses", maxAddresses));
            }
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                depth++;
                continue;
            }
            while (node != document && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            node = node == document ? null : node.getNext();
        }
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

    /**
     * Why the rendering of this text failed, in words for its author, to show with {@link #unformatted}. Unexpected
     * failures are logged; texts beyond the bounds are not (that is their author's business, not the server's).
     */
    public static Text reason(Throwable e, String source) {
        if (e instanceof TooComplex tooComplex) {
            return tooComplex.reason();
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("maximum number of cells")) {
            return Text.of("platform.markdown.table-too-large", MAX_TABLE_CELLS);
        }
        log.warn("A text of {} characters could not be formatted; it is shown as written", source.length(), e);
        return Text.of("platform.markdown.failed", e.getClass().getSimpleName());
    }

    /**
     * What a reader sees of a text that cannot be formatted: a short notice saying why, then the text as written,
     * escaped, so nothing in it becomes markup.
     */
    public static String unformatted(String source, String reason) {
        return "<p class=\"warning\">This text could not be formatted (" + HtmlUtils.htmlEscape(reason, "UTF-8")
                + "), so it is shown as written.</p>\n<pre class=\"unformatted\">"
                + HtmlUtils.htmlEscape(source, "UTF-8") + "</pre>\n";
    }

    /**
     * The words of the given Markdown without its markup (emphasis, links, headings reduced to their text), for
     * excerpts, notices, e-mails and the search index; empty for null. Line breaks between blocks are kept:
     * callers that want one line collapse the white space themselves. A text that cannot be formatted is
     * returned as written.
     */
    public static String toPlainText(String source) {
        if (source == null || source.isBlank()) {
            return "";
        }
        try {
            return PLAIN.render(parse(source));
        } catch (Throwable e) {
            reason(e, source); // only to log a failure that is not the text's own
            return source;
        }
    }

    /** How long an {@link #excerpt} is at most, in characters (code points), the ellipsis included. */
    public static final int EXCERPT_LENGTH = 300;

    /**
     * The beginning of a text written in Markdown as one line of plain text, at most {@link #EXCERPT_LENGTH}
     * characters, cut at a word where one is near and never inside a character: what notices, digests, the
     * activity stream and the moderators' queue show of a post, a comment, a proposal or a newsletter.
     */
    public static String excerpt(String source) {
        if (source == null || source.isBlank()) {
            return "";
        }
        // only the beginning is shown: no need to parse a 100 KB post whole
        String start = source.length() > EXCERPT_LENGTH * 8 ? source.substring(0, EXCERPT_LENGTH * 8) : source;
        String text = toPlainText(start).replaceAll("\\s+", " ").strip();
        if (text.codePointCount(0, text.length()) <= EXCERPT_LENGTH) {
            return text;
        }
        int limit = text.offsetByCodePoints(0, EXCERPT_LENGTH - 1);
        int word = text.lastIndexOf(' ', limit);
        return text.substring(0, word > limit / 2 ? word : limit).stripTrailing() + "…";
    }

    /** The CommonMark extensions this server renders with, for callers that walk or rewrite the document first. */
    public List<Extension> extensions() {
        return EXTENSIONS;
    }

    /**
     * The allow-list applied to HTML rendered elsewhere from Markdown (with raw HTML escaped): whatever the
     * renderer produced, only the elements and attributes listed above survive.
     */
    public String sanitize(String html) {
        return html == null ? "" : policy.sanitize(html);
    }

    /** A disabled checkbox, as the task-list extension writes it. */
    private static boolean isTickBox(List<String> attributes) {
        boolean checkbox = false;
        for (int i = 0; i < attributes.size(); i += 2) {
            if (attributes.get(i).equals("type")) {
                checkbox = attributes.get(i + 1).equals("checkbox");
            }
        }
        return checkbox && hasAttribute(attributes, "disabled");
    }

    /** Attributes come as name, value, name, value, … */
    private static boolean hasAttribute(List<String> attributes, String name) {
        for (int i = 0; i < attributes.size(); i += 2) {
            if (attributes.get(i).equals(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Images load from this server (a path starting with one slash) or over https. Anything else could track
     * readers over plain http or smuggle content in through data: URLs.
     */
    private static AttributePolicy imageSource() {
        return (element, attribute, value) -> {
            String url = value.strip();
            if (url.indexOf('\\') >= 0 || url.codePoints().anyMatch(Character::isISOControl)) {
                return null;
            }
            boolean sameOrigin = url.startsWith("/") && !url.startsWith("//");
            boolean https = url.toLowerCase(Locale.ROOT).startsWith("https://");
            return sameOrigin || https ? url : null;
        };
    }
}
