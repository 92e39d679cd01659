package org.statcommons.content.publishing;

import jakarta.servlet.http.HttpServletRequest;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.content.PageLanguage;
import org.statcommons.content.PageVersion;
import org.statcommons.content.Pages;
import org.statcommons.content.Publications;
import org.statcommons.content.PublishedPageNotice;
import org.statcommons.content.pages.PageLinker;
import org.statcommons.content.pages.PageRenderer;
import org.statcommons.content.pages.PageViewCounter;
import org.statcommons.content.translations.TranslationPresenter;
import org.statcommons.content.web.SpaceAddress;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.StatCommonsProperties;
import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.i18n.Language;
import org.statcommons.platform.web.AtomFeed;
import org.statcommons.platform.web.LanguageResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * What anyone may read without signing in: published pages (the published version only, rendered once per
 * version and answered with a strong entity tag, so revalidation costs a 304), the Atom feed of a
 * community's publications and the sitemap of every published page.
 */
@Controller
@ResponseBody
class PublicPagesController {

    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");
    private static final CacheControl PUBLIC =
            CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic();
    /** Changes when the public page's template changes, so that cached copies are not served after an upgrade. */
    private static final String TEMPLATE_VERSION = "5";
    /** The page's own words follow the reader's language, chosen by these headers (and {@code ?lang=}). */
    private static final String[] VARY = {HttpHeaders.ACCEPT_ENCODING, HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.COOKIE};

    private static final int FEED_SIZE = 50;
    private static final int SITEMAP_LIMIT = 50_000;

    private final Communities communities;
    private final Publications publications;
    private final Pages pages;
    private final PageRenderer renderer;
    private final PageLinker linker;
    private final PageViewCounter views;
    private final PublicPageCache cache;
    private final ITemplateEngine templates;
    private final ResourceUrlProvider resources;
    private final StatCommonsProperties properties;
    private final TranslationPresenter translations;
    private final ObjectProvider<PublishedPageNotice> notices;

    PublicPagesController(
            Communities communities,
            Publications publications,
            Pages pages,
            PageRenderer renderer,
            PageLinker linker,
            PageViewCounter views,
            PublicPageCache cache,
            ITemplateEngine templates,
            ResourceUrlProvider resources,
            StatCommonsProperties properties,
            TranslationPresenter translations,
            ObjectProvider<PublishedPageNotice> notices) {
        this.translations = translations;
        this.notices = notices;
        this.communities = communities;
        this.publications = publications;
        this.pages = pages;
        this.renderer = renderer;
        this.linker = linker;
        this.views = views;
        this.cache = cache;
        this.templates = templates;
        this.resources = resources;
        this.properties = properties;
    }

    @GetMapping("/c/{slug}/p/{*rest}")
    ResponseEntity<byte[]> page(@PathVariable String slug, @PathVariable String rest, HttpServletRequest request) {
        Community community = communities.require(slug);
        String path = SpaceAddress.path(rest);
        Optional<Publications.Published> found =
                path.isEmpty() ? Optional.empty() : publications.published(community.id(), path);
        if (found.isEmpty()) {
            // a published page that moved is published at its new address
            return publications
                    .movedTo(community.id(), path)
                    .map(now -> ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                            .location(URI.create(SpaceAddress.published(community.slug(), now)))
                            .<byte[]>build())
                    .orElseThrow(() -> new NotFoundException(Text.of("content.public.no-page")));
        }
        Publications.Published published = found.get();
        // the frame's words (the footer, the feed's name) are the reader's; the page's own text is as written
        Language language = Language.ofRequest();
        // what other features say above the page (an endorsement) is part of what the kept answer shows
        List<PublishedPageNotice.Notice> shown = notices.orderedStream()
                .flatMap(n -> n.notice(community, published, language).stream())
                .toList();
        String key = String.join(
                "|",
                TEMPLATE_VERSION,
                language.code(),
                String.valueOf(community.id()),
                community.slug(),
                community.name(),
                published.path(),
                published.blobId(),
                published.commitId(),
                String.valueOf(publications.stamp(community.id())),
                shown.stream().map(PublishedPageNotice.Notice::key).reduce("", (a, b) -> a + "\n" + b));
        String hash = DigestUtils.md5DigestAsHex(key.getBytes(StandardCharsets.UTF_8));
        // each representation has its own strong tag; either one proves the reader has this version
        boolean gzip = acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        String etag = "\"" + hash + (gzip ? "-gzip" : "") + "\"";
        views.count(community.id(), published.path(), request.getHeader(HttpHeaders.USER_AGENT));
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), hash)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(etag)
                    .cacheControl(PUBLIC)
                    .varyBy(VARY)
                    .build();
        }
        PublicPageCache.Cached page = cache.get(hash, () -> render(community, published, language, shown));
        request.setAttribute(PublishedPageFastPath.HASH, hash);
        request.setAttribute(PublishedPageFastPath.COMMUNITY, community.id());
        request.setAttribute(PublishedPageFastPath.PATH, published.path());
        request.setAttribute(PublishedPageFastPath.LANGUAGE, language);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
                .eTag(etag)
                .cacheControl(PUBLIC)
                .varyBy(VARY)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
        if (gzip) {
            return answer.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(page.gzip());
        }
        return answer.body(page.html());
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.toLowerCase(java.util.Locale.ROOT).split(",")) {
            String[] parts = coding.strip().split(";");
            if (parts[0].strip().equals("gzip")) {
                return parts.length == 1 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }

    private String render(
            Community community,
            Publications.Published published,
            Language language,
            List<PublishedPageNotice.Notice> shown) {
        Pages.PageContent content = pages.read(community.id(), new PageVersion(published.commitId(), published.path()));
        PageRenderer.Rendered rendered =
                renderer.render(content.blobId(), content.body(), content.path(), linker.forPublic(community));
        // one cached answer per language of the reader (the key above names it)
        Context context = new Context(language.locale());
        context.setVariable("htmlLang", language.tag());
        context.setVariable("htmlDir", language.direction());
        context.setVariable(
                "publishedOn",
                TimePresenter.anonymous().inLanguage(language.locale()).date(published.publishedAt()));
        context.setVariable("community", community);
        context.setVariable("notices", shown);
        context.setVariable("page", published);
        context.setVariable("title", content.title());
        context.setVariable("html", rendered.html());
        context.setVariable("toc", rendered.toc().size() >= 3 ? rendered.toc() : List.of());
        context.setVariable("lang", content.language().map(PageLanguage::tag).orElse(null));
        context.setVariable("dir", content.language().map(PageLanguage::dir).orElse(null));
        // the page's other published language versions: hreflang alternates, and links for readers
        context.setVariable(
                "alternates",
                translations.published(
                        community,
                        published.path(),
                        path -> properties.link(SpaceAddress.published(community.slug(), path))));
        context.setVariable("canonical", properties.link(SpaceAddress.published(community.slug(), published.path())));
        context.setVariable("landing", "/c/" + community.slug());
        context.setVariable("feed", "/c/" + community.slug() + "/feed.atom");
        // signing in comes first for those who are not: flags come from accounts
        context.setVariable(
                "flagHref",
                "/flag?item="
                        + java.net.URLEncoder.encode(
                                "page:" + community.id() + "/" + published.path(), StandardCharsets.UTF_8));
        String css = resources.getForLookupPath("/assets/statcommons.css");
        context.setVariable("css", css == null ? "/assets/statcommons.css" : css);
        return templates.process("content/public-page", context);
    }

    /** The Atom feed of the community's publications: one entry per publish of a page that is still public. */
    @GetMapping("/c/{slug}/feed.atom")
    ResponseEntity<String> feed(
            @PathVariable String slug,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
            HttpServletRequest request) {
        Community community = communities.require(slug);
        Language language = LanguageResolver.ofFeed(request);
        TimePresenter times = TimePresenter.anonymous().inLanguage(language.locale());
        List<Publications.Event> events = publications.feed(community.id(), FEED_SIZE);
        String self = properties.link("/c/" + community.slug() + "/feed.atom");
        List<AtomFeed.Entry> entries = events.stream()
                .map(event -> {
                    String url = properties.link(SpaceAddress.published(community.slug(), event.path()));
                    return new AtomFeed.Entry(
                            url + "#published-" + event.id(),
                            event.title(),
                            url,
                            event.at(),
                            Text.of("content.public.feed.published", times.date(event.at()))
                                    .in(language),
                            null);
                })
                .toList();
        return new AtomFeed(
                        self,
                        Text.of("content.public.feed.title", community.name()).in(language),
                        self,
                        properties.link("/c/" + community.slug()),
                        community.name(),
                        events.isEmpty() ? community.createdAt() : events.get(0).at(),
                        language,
                        entries)
                .answer(ifNoneMatch, PUBLIC);
    }

    /** Every published page of every community, for search engines. */
    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap() throws XMLStreamException {
        Map<Long, Optional<Community>> known = new HashMap<>();
        StringWriter text = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
        for (Publications.Published page : publications.all(SITEMAP_LIMIT)) {
            Optional<Community> community = known.computeIfAbsent(page.communityId(), communities::byId);
            if (community.isEmpty()) {
                continue;
            }
            xml.writeStartElement("url");
            element(
                    xml,
                    "loc",
                    properties.link(SpaceAddress.published(community.get().slug(), page.path())));
            element(
                    xml,
                    "lastmod",
                    DateTimeFormatter.ISO_LOCAL_DATE.format(page.publishedAt().atOffset(ZoneOffset.UTC)));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok().contentType(XML).cacheControl(PUBLIC).body(text.toString());
    }

    /** Whether If-None-Match names this version, in either representation. */
    static boolean matches(String ifNoneMatch, String hash) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("\"" + hash + "\"") || tag.equals("\"" + hash + "-gzip\"") || tag.equals("*")) {
                return true;
            }
        }
        return false;
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
