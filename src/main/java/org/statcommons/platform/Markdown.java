package org.statcommons.platform;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.AttributePolicy;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * Turns Markdown written by people into HTML that is safe to put into a page with {@code th:utext}.
 * Raw HTML in the source is shown as text, and the result is sanitised again with an allow-list, so a
 * mistake in either step cannot let script, event handlers, styles or foreign frames through. Links may
 * only go to http, https or mailto and carry {@code rel="nofollow noopener"}; images only load from this
 * server or over https.
 */
@Component
public class Markdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(),
            StrikethroughExtension.create(), AutolinkExtension.create(), TaskListItemsExtension.create());
    private static final Pattern CHECKBOX = Pattern.compile("checkbox");

    private static final Pattern ALIGN = Pattern.compile("left|center|right");
    private static final Pattern CODE_LANGUAGE = Pattern.compile("language-[A-Za-z0-9_+#.-]{1,40}");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");
    /** Heading anchors made by callers that number headings (a table of contents); nothing else gets an id. */
    private static final Pattern HEADING_ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_-]{0,80}");

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

    /** Immutable and thread-safe, so shared by callers that need plain text where no bean is at hand (records). */
    private static final Parser PLAIN_PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final TextContentRenderer PLAIN = TextContentRenderer.builder().extensions(EXTENSIONS).build();

    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();

    private final PolicyFactory policy = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "del", "s",
                    "code", "pre", "blockquote", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td",
                    "a")
            // An image whose source was refused is dropped whole rather than left as an empty frame.
            .allowElements((element, attributes) -> hasAttribute(attributes, "src") ? element : null, "img")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href", "title").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener")
            .allowAttributes("src").matching(imageSource()).onElements("img")
            .allowAttributes("alt", "title").onElements("img")
            .allowAttributes("align").matching(ALIGN).onElements("th", "td")
            .allowAttributes("start").matching(NUMBER).onElements("ol")
            .allowAttributes("class").matching(CODE_LANGUAGE).onElements("code")
            // task lists: a read-only tick box and nothing else of HTML forms
            .allowElements((element, attributes) -> isTickBox(attributes) ? element : null, "input")
            .allowAttributes("type").matching(CHECKBOX).onElements("input")
            .allowAttributes("checked", "disabled").onElements("input")
            .allowAttributes("id").matching(HEADING_ID).onElements("h1", "h2", "h3", "h4", "h5", "h6")
            .toFactory();

    /**
     * The same short texts (a community's description, a comment) are shown again and again; rendering and
     * sanitising cost far more than looking them up, so the most recent ones are remembered by their source.
     */
    private static final int REMEMBERED = 256;
    private static final int REMEMBERED_MAX_LENGTH = 16_384;
    private final Map<String, String> rendered = Collections.synchronizedMap(
            new LinkedHashMap<>(REMEMBERED * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                    return size() > REMEMBERED;
                }
            });

    /** Safe HTML for the given Markdown; empty for null or blank source. */
    public String toHtml(String source) {
        if (source == null || source.isBlank()) {
            return "";
        }
        if (source.length() > REMEMBERED_MAX_LENGTH) {
            return render(source);
        }
        String html = rendered.get(source);
        if (html == null) {
            html = render(source);
            rendered.put(source, html);
        }
        return html;
    }

    private String render(String source) {
        return policy.sanitize(renderer.render(parser.parse(source)));
    }

    /**
     * The words of the given Markdown without its markup (emphasis, links, headings reduced to their text), for
     * excerpts, notices, e-mails and the search index; empty for null. Line breaks between blocks are kept:
     * callers that want one line collapse the white space themselves.
     */
    public static String toPlainText(String source) {
        return source == null || source.isBlank() ? "" : PLAIN.render(PLAIN_PARSER.parse(source));
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
