package org.statcommons.academy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.statcommons.platform.StatCommonsProperties;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A course as an EPUB 3 e-book, for reading offline on a phone or an e-reader: the contents, the setup page, every
 * episode and the glossary as XHTML documents, with the images and the stylesheet, a navigation document and the
 * package document that lists them, and the attribution of a fork and the licence on every document. Learners' text
 * only: a folded solution becomes a plain section (an e-reader has no {@code <details>} to open) and instructor notes
 * are left out, whoever downloads it. No library writes EPUB 3 well and is kept up; the format is a ZIP whose first
 * entry is {@code mimetype}, stored uncompressed, then {@code META-INF/container.xml} naming the package document.
 */
@Component
class CourseEpubWriter {

    static final String MEDIA_TYPE = "application/epub+zip";

    private static final Pattern SOLUTION_OPEN =
            Pattern.compile("<details class=\"solution\"><summary>(.*?)</summary>");
    private static final Pattern NAMED_REFERENCE = Pattern.compile("&([A-Za-z][A-Za-z0-9]{1,31});");
    private static final DateTimeFormatter MODIFIED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    private final ITemplateEngine templates;
    private final StatCommonsProperties site;
    private final Clock clock;

    CourseEpubWriter(ITemplateEngine templates, StatCommonsProperties site, Clock clock) {
        this.templates = templates;
        this.site = site;
        this.clock = clock;
    }

    /** A document, image or stylesheet of the book: its path under {@code EPUB/}, media type and properties. */
    private record Item(String href, String mediaType, String properties) {}

    byte[] epub(CourseView view, Locale locale) {
        CourseMaterial material = view.material();
        List<Item> items = new ArrayList<>();
        List<String> spine = new ArrayList<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            mimetype(zip);
            OfflineCourse.put(zip, "META-INF/container.xml", container());
            document(
                    zip,
                    items,
                    spine,
                    "index.xhtml",
                    view,
                    locale,
                    "contents",
                    "",
                    Map.of("body", pageBody(material, "index")));
            if (material.pages().containsKey("setup")) {
                document(zip, items, spine, "setup.xhtml", view, locale, "page", "", page(material, "setup"));
            }
            for (Episode episode : material.episodes()) {
                Map<String, Object> variables = new HashMap<>();
                variables.put("episode", episode);
                variables.put("body", learners(episode.learnerHtml()));
                document(
                        zip,
                        items,
                        spine,
                        "episodes/" + episode.name() + ".xhtml",
                        view,
                        locale,
                        "episode",
                        "../",
                        variables);
            }
            if (material.pages().containsKey("glossary")) {
                document(zip, items, spine, "glossary.xhtml", view, locale, "page", "", page(material, "glossary"));
            }
            OfflineCourse.put(zip, "EPUB/nav.xhtml", render(view, locale, "nav", "", Map.of()));
            items.add(new Item("nav.xhtml", "application/xhtml+xml", "nav"));
            for (Map.Entry<String, byte[]> image : material.images().entrySet()) {
                OfflineCourse.put(zip, "EPUB/" + image.getKey(), image.getValue());
                items.add(new Item(
                        image.getKey(), CourseReader.image(image.getKey()).orElseThrow(), null));
            }
            OfflineCourse.put(zip, "EPUB/" + OfflineCourse.STYLESHEET, OfflineCourse.stylesheet());
            items.add(new Item(OfflineCourse.STYLESHEET, "text/css", null));
            OfflineCourse.put(zip, "EPUB/package.opf", packageDocument(view, items, spine));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private void document(
            ZipOutputStream zip,
            List<Item> items,
            List<String> spine,
            String href,
            CourseView view,
            Locale locale,
            String kind,
            String root,
            Map<String, Object> variables)
            throws IOException {
        OfflineCourse.put(zip, "EPUB/" + href, render(view, locale, kind, root, variables));
        items.add(new Item(href, "application/xhtml+xml", null));
        spine.add(href);
    }

    private static Map<String, Object> page(CourseMaterial material, String name) {
        return Map.of("page", material.pages().get(name), "body", pageBody(material, name));
    }

    private static String pageBody(CourseMaterial material, String name) {
        CoursePage page = material.pages().get(name);
        return page == null ? "" : learners(page.learnerHtml());
    }

    /** Learners' HTML as the book shows it: links between episodes to their documents, solutions unfolded. */
    static String learners(String html) {
        return SOLUTION_OPEN
                .matcher(CourseLinks.epub(html))
                .replaceAll("<section class=\"solution\"><p class=\"block\"><strong>$1</strong></p>")
                .replace("</details>", "</section>");
    }

    private byte[] render(CourseView view, Locale locale, String kind, String root, Map<String, Object> more) {
        Context context = new Context(locale);
        context.setVariable("view", view);
        context.setVariable("kind", kind);
        context.setVariable("root", root);
        more.forEach(context::setVariable);
        return xmlEntities(templates.process("academy/epub", context)).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The HTML's named character references made characters: XML knows only its five, and the episodes' labels are
     * escaped for HTML ({@code &Agrave;}), which an XML parser refuses.
     */
    static String xmlEntities(String html) {
        return NAMED_REFERENCE.matcher(html).replaceAll(reference -> switch (reference.group(1)) {
            case "amp", "lt", "gt", "quot", "apos" -> reference.group();
            default -> Matcher.quoteReplacement(xml(HtmlUtils.htmlUnescape(reference.group())));
        });
    }

    private byte[] packageDocument(CourseView view, List<Item> items, List<String> spine) {
        CourseManifest manifest = view.material().manifest();
        StringBuilder xml = new StringBuilder();
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append(
                        "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"id\" xml:lang=\"")
                .append(xml(manifest.language()))
                .append("\">\n<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("<dc:identifier id=\"id\">")
                .append(xml(
                        site.link(view.readAddress()) + "#" + view.material().commitId()))
                .append("</dc:identifier>\n<dc:title>")
                .append(xml(manifest.title()))
                .append("</dc:title>\n<dc:language>")
                .append(xml(manifest.language()))
                .append("</dc:language>\n");
        for (String author : manifest.authors()) {
            xml.append("<dc:creator>").append(xml(author)).append("</dc:creator>\n");
        }
        if (!manifest.summary().isBlank()) {
            xml.append("<dc:description>").append(xml(manifest.summary())).append("</dc:description>\n");
        }
        xml.append("<dc:rights>").append(xml(manifest.licence())).append("</dc:rights>\n");
        if (view.release() != null) {
            xml.append("<meta property=\"schema:version\">")
                    .append(xml(view.release().version()))
                    .append("</meta>\n");
        }
        xml.append("<meta property=\"dcterms:modified\">")
                .append(MODIFIED.format(
                        clock.instant().truncatedTo(ChronoUnit.SECONDS).atZone(ZoneOffset.UTC)))
                .append("</meta>\n</metadata>\n<manifest>\n");
        Map<String, String> ids = new HashMap<>();
        for (Item item : items) {
            String id = "i" + (ids.size() + 1);
            ids.put(item.href(), id);
            xml.append("<item id=\"")
                    .append(id)
                    .append("\" href=\"")
                    .append(xml(item.href()))
                    .append("\" media-type=\"")
                    .append(item.mediaType())
                    .append('"');
            if (item.properties() != null) {
                xml.append(" properties=\"").append(item.properties()).append('"');
            }
            xml.append("/>\n");
        }
        xml.append("</manifest>\n<spine>\n");
        for (String href : spine) {
            xml.append("<itemref idref=\"").append(ids.get(href)).append("\"/>\n");
        }
        xml.append("</spine>\n</package>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] container() {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n"
                        + "<rootfiles><rootfile full-path=\"EPUB/package.opf\" media-type=\"application/oebps-package+xml\"/>"
                        + "</rootfiles>\n</container>\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The first entry, stored uncompressed, so that its bytes sit at a fixed place and name the format. */
    private static void mimetype(ZipOutputStream zip) throws IOException {
        byte[] content = MEDIA_TYPE.getBytes(StandardCharsets.US_ASCII);
        ZipEntry entry = new ZipEntry("mimetype");
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        entry.setCompressedSize(content.length);
        CRC32 crc = new CRC32();
        crc.update(content);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
