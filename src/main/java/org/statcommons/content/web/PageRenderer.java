package org.statcommons.content.web;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;
import org.statcommons.platform.Markdown;

/**
 * Renders a page's Markdown for reading: headings get anchors and make a table of contents; links to other
 * pages by relative path ({@code ../methods/sources.md}) or by title ({@code [[Data sources]]}) point to
 * the page's address for this reader; links to missing pages are reported. The HTML then goes through the
 * platform's allow-list ({@link Markdown#sanitize}), so nothing here can let script through.
 */
@Component
class PageRenderer {

    private static final Pattern WIKI_LINK = Pattern.compile("\\[\\[([^\\[\\]|\\n]{1,200})(?:\\|([^\\[\\]\\n]{1,200}))?]]");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private final Markdown markdown;
    private final Parser parser;

    PageRenderer(Markdown markdown) {
        this.markdown = markdown;
        this.parser = Parser.builder().extensions(markdown.extensions()).build();
    }

    /** A heading in the table of contents. */
    record Heading(int level, String id, String text) {
    }

    /** A link to another page of the space: its path and whether that page exists. */
    record PageLink(String text, String path, boolean exists) {
    }

    record Rendered(String html, List<Heading> toc, List<PageLink> links) {
        public List<PageLink> broken() {
            return links.stream().filter(link -> !link.exists()).toList();
        }
    }

    /** @param pagePath the page's own path, against which relative links resolve */
    Rendered render(String source, String pagePath, PageLinks links) {
        Node document = parser.parse(source == null ? "" : source);
        List<PageLink> found = new ArrayList<>();
        for (Text text : nodes(document, Text.class)) {
            if (text.getLiteral().contains("[[")) {
                wikiLinks(text, links, found);
            }
        }
        for (Link link : nodes(document, Link.class)) {
            rewrite(link, pagePath, links, found);
        }
        for (Image image : nodes(document, Image.class)) {
            String file = fileHref(image.getDestination(), pagePath, links);
            if (file != null) {
                image.setDestination(file);
            }
        }
        Map<Node, String> ids = new IdentityHashMap<>();
        List<Heading> toc = headings(document, ids);
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(markdown.extensions())
                .escapeHtml(true)
                .sanitizeUrls(true)
                .attributeProviderFactory(context -> (node, tag, attributes) -> {
                    String id = ids.get(node);
                    if (id != null) {
                        attributes.put("id", id);
                    }
                })
                .build();
        return new Rendered(markdown.sanitize(renderer.render(document)), toc, found);
    }

    /** Splits {@code [[Title]]} and {@code [[Title|label]]} out of a text node into links. */
    private static void wikiLinks(Text text, PageLinks links, List<PageLink> found) {
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
            String href = path == null ? null : links.href(path);
            found.add(new PageLink(label, path == null ? target : path, path != null && links.exists(path)));
            if (href == null) {
                anchor = insertAfter(anchor, new Text(label));
            } else {
                Link link = new Link(href, null);
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

    private static Node insertAfter(Node anchor, Node node) {
        anchor.insertAfter(node);
        return node;
    }

    /** Points a relative link to a page at that page's address; leaves other links alone. */
    private static void rewrite(Link link, String pagePath, PageLinks links, List<PageLink> found) {
        String destination = link.getDestination();
        if (destination == null || destination.isEmpty() || destination.startsWith("#") || destination.startsWith("/")
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
        if (destination == null || destination.isEmpty() || destination.startsWith("#") || destination.startsWith("/")
                || SCHEME.matcher(destination).find() || destination.contains("?") || destination.contains("#")) {
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
            toc.add(new Heading(heading.getLevel(), id, text));
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

    private static <T extends Node> List<T> nodes(Node root, Class<T> type) {
        List<T> found = new ArrayList<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (type.isInstance(node)) {
                found.add(type.cast(node));
            }
            List<Node> children = new ArrayList<>();
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                children.add(child);
            }
            for (int i = children.size() - 1; i >= 0; i--) {
                todo.push(children.get(i));
            }
        }
        return found;
    }
}
