package org.statcommons.content.pages;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;
import org.statcommons.content.Passage;
import org.statcommons.platform.Markdown;
import org.statcommons.platform.WeightedCache;
import org.statcommons.platform.i18n.Language;

/**
 * Renders a page's Markdown for reading: headings get anchors and make a table of contents; links to other
 * pages by relative path ({@code ../methods/sources.md}) or by title ({@code [[Data sources]]}) point to
 * the page's address for this reader; links to missing pages are reported. The HTML then goes through the
 * platform's allow-list ({@link Markdown#sanitize}), so nothing here can let script through. A page beyond
 * the platform's bounds, or whose rendering fails, is shown as written with a notice ({@link Markdown#unformatted}).
 * <p>
 * A version of a page is rendered once and remembered: by its blob id and path, with the answers the rendering
 * got about other pages ({@link PageLinks}). A later reader whose links answer the same (every member, every
 * visitor of the public site, until a linked page appears, disappears or is published) gets the remembered
 * rendering; one whose answers differ gets a rendering of their own, remembered beside the first.
 */
@Component
public class PageRenderer {

    private static final Pattern WIKI_LINK =
            Pattern.compile("\\[\\[([^\\[\\]|\\n]{1,200})(?:\\|([^\\[\\]\\n]{1,200}))?]]");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** A table of contents longer than this helps no one; the headings past it still get their anchors. */
    static final int MAX_TOC = 500;
    /** The broken links a page reports, at most: a page listing thousands helps no one either. */
    static final int MAX_BROKEN = 100;
    /** Renderings kept per version of a page: one per distinct set of answers (members, the public, …). */
    private static final int VARIANTS = 4;

    private final Markdown markdown;
    /** Remembered renderings by blob id and path, up to 32 million characters of HTML and links. */
    private final WeightedCache<String, List<Variant>> remembered = new WeightedCache<>(
            32_000_000,
            (key, variants) ->
                    key.length() + variants.stream().mapToLong(Variant::weight).sum());
    /** How many renderings were made rather than remembered; tests read it to show that views are not rendered again. */
    private final AtomicLong renders = new AtomicLong();

    PageRenderer(Markdown markdown) {
        this.markdown = markdown;
    }

    /** A heading in the table of contents. */
    record Heading(int level, String id, String text) {}

    /** A link to another page of the space: its path and whether that page exists. */
    record PageLink(String text, String path, boolean exists) {}

    /** Where a top-level block's HTML is in the page's HTML, and its text as read. */
    record Span(int start, int end, String text) {}

    /**
     * @param files the attached files the page links to or shows, as this reader may open them
     * @param spans the page's top-level blocks in {@code html}, in order (none when the page is shown as written)
     */
    public record Rendered(String html, List<Heading> toc, List<PageLink> links, Set<String> files, List<Span> spans) {

        /** The page's passages (its top-level blocks), numbered from 1, each with its text and HTML. */
        public List<Passage> passages() {
            List<Passage> passages = new ArrayList<>(spans.size());
            for (int i = 0; i < spans.size(); i++) {
                Span span = spans.get(i);
                passages.add(new Passage(i + 1, span.text(), html.substring(span.start(), span.end())));
            }
            return passages;
        }

        /** The links to missing pages, each once, at most {@link #MAX_BROKEN}. */
        public List<PageLink> broken() {
            return links.stream()
                    .filter(link -> !link.exists())
                    .distinct()
                    .limit(MAX_BROKEN)
                    .toList();
        }

        long weight() {
            return html.length()
                    + toc.stream()
                            .mapToLong(h -> h.id().length() + h.text().length() + 16)
                            .sum()
                    + links.stream()
                            .mapToLong(l -> l.text().length() + l.path().length() + 16)
                            .sum()
                    + files.stream().mapToLong(f -> f.length() + 16).sum()
                    + spans.stream().mapToLong(b -> b.text().length() + 24).sum();
        }
    }

    /** A remembered rendering and the answers it was made with. */
    private record Variant(Map<Question, Object> answers, Rendered rendered) {
        boolean answersAlike(PageLinks links) {
            for (Map.Entry<Question, Object> answer : answers.entrySet()) {
                if (!Objects.equals(answer.getKey().ask(links), answer.getValue())) {
                    return false;
                }
            }
            return true;
        }

        long weight() {
            return rendered.weight()
                    + answers.keySet().stream()
                            .mapToLong(q -> q.argument().length() + 64)
                            .sum();
        }
    }

    /** One question a rendering asked of {@link PageLinks}. */
    private record Question(char kind, String argument) {
        Object ask(PageLinks links) {
            return switch (kind) {
                case 'h' -> links.href(argument);
                case 'e' -> links.exists(argument);
                case 't' -> links.pathOfTitle(argument);
                case 'l' -> links.language();
                case 'm' -> {
                    int split = argument.indexOf('\n');
                    yield links.missingHref(argument.substring(0, split), argument.substring(split + 1));
                }
                default -> links.fileHref(argument);
            };
        }
    }

    /** The links as the reader sees them, noting every answer. */
    private static final class Answering implements PageLinks {
        private final PageLinks links;
        /** Answers may be null (no address); the map is read only once the rendering is done. */
        private final Map<Question, Object> answers = new LinkedHashMap<>();

        Answering(PageLinks links) {
            this.links = links;
        }

        private Object answer(char kind, String argument) {
            Question question = new Question(kind, argument);
            if (answers.containsKey(question)) {
                return answers.get(question);
            }
            Object answer = question.ask(links);
            answers.put(question, answer);
            return answer;
        }

        @Override
        public String href(String path) {
            return (String) answer('h', path);
        }

        @Override
        public boolean exists(String path) {
            return (Boolean) answer('e', path);
        }

        @Override
        public String pathOfTitle(String title) {
            return (String) answer('t', title);
        }

        @Override
        public String fileHref(String path) {
            return (String) answer('f', path);
        }

        @Override
        public String missingHref(String path, String title) {
            // a path holds no line end: the two travel as one argument
            return (String) answer('m', path + "\n" + title);
        }

        @Override
        public Language language() {
            return (Language) answer('l', "");
        }

        Set<String> files() {
            Set<String> files = new LinkedHashSet<>();
            answers.forEach((question, answer) -> {
                if (question.kind() == 'f' && answer != null) {
                    files.add(question.argument());
                }
            });
            return Set.copyOf(files);
        }
    }

    /**
     * The page version with this blob id, rendered for a reader with these links: remembered when it was rendered
     * before with the same answers, rendered (and remembered) otherwise.
     *
     * @param pagePath the page's own path, against which relative links resolve
     */
    public Rendered render(String blobId, String source, String pagePath, PageLinks links) {
        String key = blobId + "\n" + pagePath;
        List<Variant> variants = remembered.get(key);
        if (variants != null) {
            for (Variant variant : variants) {
                if (variant.answersAlike(links)) {
                    return variant.rendered();
                }
            }
        }
        Answering answering = new Answering(links);
        Rendered rendered = render(source, pagePath, answering);
        List<Variant> kept = new ArrayList<>(variants == null ? List.of() : variants);
        kept.add(0, new Variant(answering.answers, rendered));
        remembered.put(key, List.copyOf(kept.subList(0, Math.min(VARIANTS, kept.size()))));
        return rendered;
    }

    /** Renders without remembering (a text that is no stored version, such as a preview). */
    public Rendered render(String source, String pagePath, PageLinks links) {
        renders.incrementAndGet();
        Answering answering = links instanceof Answering noted ? noted : new Answering(links);
        String text = source == null ? "" : source;
        List<PageLink> found = new ArrayList<>();
        try {
            Node document = Markdown.parse(text);
            for (Text node : nodes(document, Text.class)) {
                if (node.getLiteral().contains("[[")) {
                    wikiLinks(node, pagePath, answering, found);
                }
            }
            for (Link link : nodes(document, Link.class)) {
                rewrite(link, pagePath, answering, found);
            }
            for (Image image : nodes(document, Image.class)) {
                String file = fileHref(image.getDestination(), pagePath, answering);
                if (file != null) {
                    image.setDestination(file);
                }
            }
            // links to pages become the reader's addresses, longer than what was written: the bounds hold for those too
            Markdown.requireWithinBounds(document, text.length());
            Map<Node, String> ids = new IdentityHashMap<>();
            List<Heading> toc = headings(document, ids);
            HtmlRenderer renderer = HtmlRenderer.builder()
                    .extensions(markdown.extensions())
                    .escapeHtml(true)
                    .sanitizeUrls(true)
                    .attributeProviderFactory(context -> (node, tag, attributes) -> {
                        String id = ids.get(node);
                        if (id != null) {
                            attributes.put("id", id);
                        }
                    })
                    .build();
            // each top-level block rendered and sanitised on its own, so that its place in the HTML is known: other
            // features (comments beside a passage) show the page block by block
            StringBuilder html = new StringBuilder(text.length() + text.length() / 4);
            List<Span> spans = new ArrayList<>();
            for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
                String part = markdown.sanitize(renderer.render(block));
                if (part.isBlank()) {
                    continue;
                }
                int start = html.length();
                html.append(part);
                spans.add(new Span(start, html.length(), block instanceof ThematicBreak ? "" : plain(block)));
            }
            return new Rendered(html.toString(), toc, found, answering.files(), List.copyOf(spans));
        } catch (Throwable e) {
            return new Rendered(
                    Markdown.unformatted(text, Markdown.reason(e, text).english()),
                    List.of(),
                    List.of(),
                    Set.of(),
                    List.of());
        }
    }

    /** How many renderings were made, not answered from memory. */
    long renders() {
        return renders.get();
    }

    /** Splits {@code [[Title]]} and {@code [[Title|label]]} out of a text node into links. */
    private static void wikiLinks(Text text, String pagePath, PageLinks links, List<PageLink> found) {
        String literal = text.getLiteral();
        Matcher matcher = WIKI_LINK.matcher(literal);
        int last = 0;
        Node anchor = text;
        while (matcher.find()) {
            String target = matcher.group(1).strip();
            String label = matcher.group(2) == null ? target : matcher.group(2).strip();
            anchor = insertAfter(anchor, new Text(literal.substring(last, matcher.start())));
            String path = links.pathOfTitle(target);
            if (path == null && target.endsWith(".md")) {
                path = target;
            }
            boolean exists = path != null && links.exists(path);
            found.add(new PageLink(label, path == null ? target : path, exists));
            String href = path == null ? null : links.href(path);
            String title = null;
            if (!exists) {
                // a page still to write: where its form is, for this reader
                String missing = links.missingHref(path == null ? newPath(pagePath, target) : path, target);
                if (missing != null) {
                    href = missing.isEmpty() ? null : missing;
                    label = missing.isEmpty() ? label + missingNote(links) : label;
                    title = missing.isEmpty() ? null : missingTitle(links);
                }
            }
            if (href == null) {
                anchor = insertAfter(anchor, new Text(label));
            } else {
                Link link = new Link(href, title);
                link.appendChild(new Text(label));
                anchor = insertAfter(anchor, link);
            }
            last = matcher.end();
        }
        if (last > 0) {
            insertAfter(anchor, new Text(literal.substring(last)));
            text.unlink();
        }
    }

    /** Said by a link to a page that does not exist yet (the stylesheet marks such links too), in the reader's language. */
    private static String missingTitle(PageLinks links) {
        return org.statcommons.platform.Text.of("content.page.missing.title").in(links.language());
    }

    /** Follows the words of a link to a page that does not exist yet, for a reader who cannot create it. */
    private static String missingNote(PageLinks links) {
        return org.statcommons.platform.Text.of("content.page.missing.note").in(links.language());
    }

    /** Where a page named by a {@code [[title]]} that does not exist would go: beside the linking page. */
    private static String newPath(String pagePath, String title) {
        int folder = pagePath == null ? -1 : pagePath.lastIndexOf('/');
        String name = slug(title.toLowerCase(Locale.ROOT));
        return (folder < 0 ? "" : pagePath.substring(0, folder + 1)) + (name.isEmpty() ? "page" : name) + ".md";
    }

    private static Node insertAfter(Node anchor, Node node) {
        anchor.insertAfter(node);
        return node;
    }

    /** Points a relative link to a page at that page's address; leaves other links alone. */
    private static void rewrite(Link link, String pagePath, PageLinks links, List<PageLink> found) {
        String destination = link.getDestination();
        if (destination == null
                || destination.isEmpty()
                || destination.startsWith("#")
                || destination.startsWith("/")
                || SCHEME.matcher(destination).find()) {
            return;
        }
        String fragment = "";
        int hash = destination.indexOf('#');
        if (hash >= 0) {
            fragment = destination.substring(hash);
            destination = destination.substring(0, hash);
        }
        int query = destination.indexOf('?');
        if (query >= 0) {
            destination = destination.substring(0, query);
        }
        String path = resolve(pagePath, decode(destination));
        if (path == null) {
            return;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (!last.contains(".")) {
            path = path + ".md";
        }
        if (!path.endsWith(".md")) {
            // a page's attached file (report.files/data.xlsx): its address for this reader, when it has one
            String file = links.fileHref(path);
            if (file != null) {
                link.setDestination(file);
            }
            return;
        }
        boolean exists = links.exists(path);
        found.add(new PageLink(text(link), path, exists));
        String href = links.href(path);
        if (!exists) {
            String missing = links.missingHref(path, text(link));
            if (missing != null) {
                href = missing.isEmpty() ? null : missing;
                fragment = "";
                if (missing.isEmpty()) {
                    link.appendChild(new Text(missingNote(links)));
                } else {
                    link.setTitle(missingTitle(links));
                }
            }
        }
        if (href == null) {
            // the reader may not follow it (a private page on a public one): keep the words, drop the link
            Node child = link.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                link.insertBefore(child);
                child = next;
            }
            link.unlink();
        } else {
            link.setDestination(href + fragment);
        }
    }

    /** The address of the file a relative image or link names, or null for other destinations. */
    private static String fileHref(String destination, String pagePath, PageLinks links) {
        if (destination == null
                || destination.isEmpty()
                || destination.startsWith("#")
                || destination.startsWith("/")
                || SCHEME.matcher(destination).find()
                || destination.contains("?")
                || destination.contains("#")) {
            return null;
        }
        String path = resolve(pagePath, decode(destination));
        return path == null ? null : links.fileHref(path);
    }

    /** The page path a relative link names, or null when it leaves the space. */
    static String resolve(String pagePath, String relative) {
        Deque<String> segments = new ArrayDeque<>();
        int slash = pagePath.lastIndexOf('/');
        if (slash > 0) {
            for (String segment : pagePath.substring(0, slash).split("/")) {
                segments.addLast(segment);
            }
        }
        for (String segment : relative.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    return null;
                }
                segments.removeLast();
            } else {
                segments.addLast(segment);
            }
        }
        return segments.isEmpty() ? null : String.join("/", segments);
    }

    private static String decode(String text) {
        try {
            return UriUtils.decode(text, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private static List<Heading> headings(Node document, Map<Node, String> ids) {
        List<Heading> toc = new ArrayList<>();
        Map<String, Integer> used = new HashMap<>();
        for (org.commonmark.node.Heading heading : nodes(document, org.commonmark.node.Heading.class)) {
            String text = text(heading);
            String base = slug(text);
            int count = used.merge(base, 1, Integer::sum);
            String id = count == 1 ? base : base + "-" + count;
            ids.put(heading, id);
            if (toc.size() < MAX_TOC) {
                toc.add(new Heading(heading.getLevel(), id, text));
            }
        }
        return toc;
    }

    /** A heading's anchor: lower-case letters and digits joined by hyphens. */
    static String slug(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        boolean hyphen = false;
        for (int i = 0; i < normal.length() && slug.length() < 60; ) {
            int cp = normal.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (hyphen && slug.length() > 0) {
                    slug.append('-');
                }
                slug.appendCodePoint(cp);
                hyphen = false;
            } else {
                hyphen = true;
            }
        }
        return slug.length() == 0 ? "section" : slug.toString();
    }

    /** The plain text inside a node. */
    private static String text(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }
        });
        return text.toString().strip();
    }

    /**
     * A block's words as a reader reads them: the text of its inlines and code, one space between lines, cells, items
     * and the blocks inside it, no Markdown.
     */
    static String plain(Node block) {
        StringBuilder text = new StringBuilder();
        for (Node node : nodes(block, Node.class)) {
            if (node instanceof Text t) {
                text.append(t.getLiteral());
            } else if (node instanceof Code code) {
                text.append(code.getLiteral());
            } else if (node instanceof FencedCodeBlock code) {
                text.append(' ').append(code.getLiteral());
            } else if (node instanceof IndentedCodeBlock code) {
                text.append(' ').append(code.getLiteral());
            } else if (node instanceof HtmlBlock raw) {
                text.append(' ').append(raw.getLiteral());
            } else if (node instanceof HtmlInline raw) {
                text.append(raw.getLiteral());
            } else if (node instanceof SoftLineBreak
                    || node instanceof HardLineBreak
                    || node instanceof Block
                    || node instanceof TableCell) {
                text.append(' ');
            }
        }
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /** The nodes of this type under the root, in document order, found without recursion (the tree may be deep). */
    private static <T extends Node> List<T> nodes(Node root, Class<T> type) {
        List<T> found = new ArrayList<>();
        Node node = root;
        while (node != null) {
            if (type.isInstance(node)) {
                found.add(type.cast(node));
            }
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                continue;
            }
            while (node != root && node.getNext() == null) {
                node = node.getParent();
            }
            node = node == root ? null : node.getNext();
        }
        return found;
    }
}
