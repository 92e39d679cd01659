package org.statcommons.content.publishing;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.content.PageAddress;
import org.statcommons.content.PageLanguage;
import org.statcommons.content.PageVersion;
import org.statcommons.content.Pages;
import org.statcommons.content.Publications;
import org.statcommons.content.SpacePath;
import org.statcommons.content.attachments.Attachments;
import org.statcommons.content.pages.PageLinks;
import org.statcommons.content.pages.PageRenderer;
import org.statcommons.platform.ByteSize;
import org.statcommons.platform.NotFoundException;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A space's published pages as a static site in one zip, for reading offline and for mirrors: each published version
 * as an HTML file beside its path ({@code guides/open-data.md} → {@code guides/open-data.html}), links between them
 * and to their files relative, the files the pages show or link to, one stylesheet and an {@code index.html}. Anyone
 * who may read the published pages may download it (they are public). Written to the answer as it is made, page by
 * page, and bounded: files beyond {@link #MAX_BYTES} are left out, and the index, written last, says which.
 */
@Controller
class PublishedDownloadController {

    /** The most bytes of pages and files one download holds, before compression. */
    static final long MAX_BYTES = 200L * 1024 * 1024;

    static final String STYLESHEET = "statcommons.css";

    private final Communities communities;
    private final Publications publications;
    private final Pages pages;
    private final Attachments attachments;
    private final PageRenderer renderer;
    private final ITemplateEngine templates;

    PublishedDownloadController(
            Communities communities,
            Publications publications,
            Pages pages,
            Attachments attachments,
            PageRenderer renderer,
            ITemplateEngine templates) {
        this.communities = communities;
        this.publications = publications;
        this.pages = pages;
        this.attachments = attachments;
        this.renderer = renderer;
        this.templates = templates;
    }

    /** Written straight to the answer's stream as each page is made, so a large space is never held in memory. */
    @GetMapping("/c/{slug}/p/-/published.zip")
    void download(@PathVariable String slug, HttpServletResponse response) throws IOException {
        Community community = communities.require(slug);
        List<Publications.Published> published = publications.of(community.id());
        response.setContentType("application/zip");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(community.slug() + "-published.zip")
                        .build()
                        .toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noCache().getHeaderValue());
        write(community, published, LocaleContextHolder.getLocale(), response.getOutputStream());
    }

    /** A page in the index: its title, its file in the zip, and its language. */
    record Listed(String title, String href, String lang, String dir) {}

    private void write(Community community, List<Publications.Published> published, Locale locale, OutputStream out)
            throws IOException {
        Set<String> paths = new LinkedHashSet<>();
        Map<String, String> titles = new HashMap<>();
        for (Publications.Published page : published) {
            paths.add(page.path());
            titles.putIfAbsent(page.title().toLowerCase(Locale.ROOT), page.path());
        }
        List<Listed> listed = new ArrayList<>();
        List<Listed> leftOut = new ArrayList<>();
        long written = 0;
        // a file two pages show is written once: a zip may not name an entry twice
        Set<String> filed = new HashSet<>();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            written += put(zip, STYLESHEET, stylesheet());
            for (Publications.Published page : published) {
                Pages.PageContent content;
                try {
                    content = pages.read(community.id(), new PageVersion(page.commitId(), page.path()));
                } catch (NotFoundException gone) {
                    continue;
                }
                String file = htmlOf(page.path());
                String lang = content.language().map(PageLanguage::tag).orElse(null);
                String dir = content.language().map(PageLanguage::dir).orElse(null);
                Listed entry = new Listed(content.title(), file, lang, dir);
                PageRenderer.Rendered rendered =
                        renderer.render(content.body(), content.path(), new OfflineLinks(page.path(), paths, titles));
                Context context = new Context(locale);
                context.setVariable("community", community);
                context.setVariable("title", content.title());
                context.setVariable("html", relative(rendered.html(), up(page.path())));
                context.setVariable("lang", lang);
                context.setVariable("dir", dir);
                context.setVariable("root", up(page.path()));
                byte[] html = templates.process("content/offline-page", context).getBytes(StandardCharsets.UTF_8);
                List<Attachments.Stored> files = new ArrayList<>();
                long size = html.length;
                for (String filePath : rendered.files()) {
                    if (filed.contains(filePath)) {
                        continue;
                    }
                    try {
                        Attachments.Stored stored = attachments.read(community.id(), filePath, page.commitId());
                        files.add(stored);
                        size += stored.content().length;
                    } catch (NotFoundException gone) {
                        // a link to a file the version does not have: the page says so itself
                    }
                }
                if (written + size > MAX_BYTES) {
                    leftOut.add(entry);
                    continue;
                }
                written += put(zip, file, html);
                for (Attachments.Stored stored : files) {
                    filed.add(stored.attachment().path());
                    written += put(zip, stored.attachment().path(), stored.content());
                }
                listed.add(entry);
            }
            Context context = new Context(locale);
            context.setVariable("community", community);
            context.setVariable("pages", listed);
            context.setVariable("leftOut", leftOut);
            context.setVariable("maxSize", ByteSize.of(MAX_BYTES));
            put(
                    zip,
                    "index.html",
                    templates.process("content/offline-index", context).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static long put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
        return content.length;
    }

    private static byte[] stylesheet() {
        try (InputStream in = new ClassPathResource("static/" + STYLESHEET).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Where files are first addressed: rendered pages show only images of this server (an absolute path), so the
     * files are named under this prefix and made relative afterwards ({@link #relative}).
     */
    static final String FILES = "/-offline-files-/";

    /** The page's links to files, relative to the page's folder ({@code root}: the way up to the top). */
    static String relative(String html, String root) {
        return html.replace("src=\"" + FILES, "src=\"" + root).replace("href=\"" + FILES, "href=\"" + root);
    }

    /** The HTML file of a page: its path with {@code .html} for {@code .md}. */
    static String htmlOf(String path) {
        return path.substring(0, path.length() - SpacePath.PAGE_SUFFIX.length()) + ".html";
    }

    /** From a page's folder back to the top of the zip: {@code ""}, {@code "../"}, {@code "../../"}… */
    static String up(String path) {
        return "../".repeat((int) path.chars().filter(c -> c == '/').count());
    }

    /** Links as the offline copy has them: relative, to published pages and their files only. */
    private record OfflineLinks(String from, Set<String> published, Map<String, String> titles) implements PageLinks {

        @Override
        public String href(String path) {
            return published.contains(path) ? up(from) + PageAddress.encoded(htmlOf(path)) : null;
        }

        @Override
        public boolean exists(String path) {
            return published.contains(path);
        }

        @Override
        public String pathOfTitle(String title) {
            return titles.get(title.toLowerCase(Locale.ROOT));
        }

        @Override
        public String fileHref(String path) {
            return Attachments.pageOf(path).filter(published::contains).isPresent()
                    ? FILES + PageAddress.encoded(path)
                    : null;
        }
    }
}
