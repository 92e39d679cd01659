package org.statcommons.content.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.HtmlUtils;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.content.Publications;
import org.statcommons.identity.Account;
import org.statcommons.platform.WeightedCache;
import org.statcommons.platform.web.FragmentRenderer;
import org.statcommons.platform.web.UnreadCount;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * A member's view of a page as it is now, rendered once per {@link Key} and answered from memory with its
 * per-person parts filled in for each request. Everything that decides what the page shows is in the key (the
 * page's own file, the names of the space's pages, the page's files, its marks, the community, what the frame shows
 * of the reader and their rights, the comments as the reader sees them, language, time zone, address), so a change
 * of any of them is another key, rendered at the next view: nothing is forgotten by time and nothing needs telling.
 * Main's commit is not in the key (but for a translation, which shows its original): a save of another page leaves
 * this one's remembered view as it was. What differs from person to person, or from commit to commit, with an
 * equal key is rendered into the remembered page as a hole, a random marker, and filled per request: the header's
 * person (name, unread notices, administration link; {@code header.html}, rendered on its own), the CSRF token of
 * the forms (the requester's own), the page's view count and the version the publish form sends (main's commit).
 */
@Component
class RememberedPageViews {

    /** Bytes of remembered pages: some 500 pages of 30 KB. */
    private static final long CAPACITY = 16_000_000;

    /** Characters of remembered header person parts: some 3,000 people's. */
    private static final long PERSONS = 1_000_000;

    /** Characters of remembered view count sentences. */
    private static final long VIEW_TEXTS = 200_000;

    /**
     * What a member's page view shows, apart from its holes.
     *
     * @param commitId main's commit, only for a translation (it shows its original's language and changes); else null
     * @param blobId   the page's file: its title, fields and text
     * @param names    the paths and titles of the space's pages ({@code Pages.names}): its links, the language switch
     * @param files    the page's files (its attachments) as listed
     * @param viewer   what the community's frame shows of the reader, rights included ({@code Viewer.shown()})
     * @param extras   what other features show on the page for this reader (the comments: {@code PageViewState})
     * @param language the interface's language
     * @param times    the language, zone and assumed zone of the reader's times
     * @param address  the request's path: the footer's language links point back to it
     */
    record Key(
            Community community,
            String path,
            String commitId,
            String blobId,
            String names,
            List<?> files,
            boolean hidden,
            Optional<Publications.Published> published,
            Object viewer,
            List<Object> extras,
            Locale language,
            List<Object> times,
            String address) {}

    /**
     * A rendered page cut at its holes, kept as UTF-8 bytes (encoding 30 KB of text for every answer was a few per
     * cent of its time): {@code texts} has one more element than {@code holes}.
     */
    private record Cut(List<byte[]> texts, List<Hole> holes, int length) {}

    private enum Hole {
        PERSON,
        CSRF,
        VIEWS,
        VERSION
    }

    private final ThymeleafViewResolver views;
    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final WeightedCache<Key, Cut> remembered = new WeightedCache<>(
            CAPACITY, (key, cut) -> cut.length() + key.path().length());
    /** The header's person part as rendered, by what it shows; some 300 characters each. */
    private final WeightedCache<List<Object>, String> persons =
            new WeightedCache<>(PERSONS, (key, html) -> html.length() + 64);
    /** The view count's sentence, by language and number. */
    private final WeightedCache<List<Object>, String> viewTexts =
            new WeightedCache<>(VIEW_TEXTS, (key, text) -> text.length() + 32);

    private final Map<String, Hole> markers = new HashMap<>();
    private final Pattern marker;
    private final String personMarker;
    private final String csrfMarker;
    private final String viewsMarker;
    private final String versionMarker;

    RememberedPageViews(ThymeleafViewResolver views, ITemplateEngine templates, MessageSource messages) {
        this.views = views;
        this.templates = templates;
        this.messages = messages;
        // random for each start: no one can write a marker into a page or a comment
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        String prefix = "hole" + HexFormat.of().formatHex(random);
        personMarker = prefix + "person";
        csrfMarker = prefix + "csrf";
        viewsMarker = prefix + "views";
        versionMarker = prefix + "version";
        markers.put(personMarker, Hole.PERSON);
        markers.put(csrfMarker, Hole.CSRF);
        markers.put(viewsMarker, Hole.VIEWS);
        markers.put(versionMarker, Hole.VERSION);
        marker = Pattern.compile(prefix + "(person|csrf|views|version)");
    }

    /**
     * The page remembered under the key with this request's holes filled ({@code commitId}: main's commit now), or
     * empty when it was not rendered yet.
     */
    Optional<ResponseEntity<byte[]>> remembered(
            Key key, Map<String, Object> model, long viewCount, String commitId, HttpServletRequest request) {
        Cut cut = remembered.get(key);
        return cut == null
                ? Optional.empty()
                : Optional.of(answer(cut, key.language(), model, viewCount, commitId, request));
    }

    /**
     * Renders {@code content/page} with this model once for the key, with holes in place of its per-person parts,
     * remembers it, and answers it with this request's holes filled.
     */
    ResponseEntity<byte[]> render(
            Key key,
            Map<String, Object> model,
            long viewCount,
            String commitId,
            HttpServletRequest request,
            HttpServletResponse response)
            throws Exception {
        Map<String, Object> withHoles = new HashMap<>(model);
        withHoles.put("personHole", personMarker);
        withHoles.put("viewsHole", viewsMarker);
        withHoles.put("versionHole", versionMarker);
        View view = views.resolveViewName("content/page", key.language());
        ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
        view.render(withHoles, new MarkedCsrf(request, csrfMarker), rendering);
        Cut cut = cut(new String(rendering.getContentAsByteArray(), StandardCharsets.UTF_8));
        remembered.put(key, cut);
        return answer(cut, key.language(), model, viewCount, commitId, request);
    }

    /** The characters of the pages remembered now. */
    long weight() {
        return remembered.weight();
    }

    private Cut cut(String html) {
        List<byte[]> texts = new ArrayList<>();
        List<Hole> holes = new ArrayList<>();
        Matcher found = marker.matcher(html);
        int from = 0;
        while (found.find()) {
            texts.add(html.substring(from, found.start()).getBytes(StandardCharsets.UTF_8));
            holes.add(markers.get(found.group()));
            from = found.end();
        }
        texts.add(html.substring(from).getBytes(StandardCharsets.UTF_8));
        if (holes.stream().filter(Hole.PERSON::equals).count() != 1
                || holes.stream().filter(Hole.VIEWS::equals).count() != 1) {
            // the layout or the page template lost a hole: a remembered page would show someone else's parts
            throw new IllegalStateException("content/page must have one person hole and one views hole");
        }
        return new Cut(
                List.copyOf(texts),
                List.copyOf(holes),
                texts.stream().mapToInt(text -> text.length).sum());
    }

    private ResponseEntity<byte[]> answer(
            Cut cut,
            Locale language,
            Map<String, Object> model,
            long viewCount,
            String commitId,
            HttpServletRequest request) {
        String personHtml = person(language, model);
        // the requester's own token, made and kept in their session as when Thymeleaf asks for it
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String csrf = token == null ? "" : HtmlUtils.htmlEscape(token.getToken());
        String viewsText = viewsText(language, viewCount);
        byte[] person = personHtml.getBytes(StandardCharsets.UTF_8);
        byte[] csrfBytes = csrf.getBytes(StandardCharsets.UTF_8);
        byte[] views = viewsText.getBytes(StandardCharsets.UTF_8);
        byte[] version = HtmlUtils.htmlEscape(commitId).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream html = new ByteArrayOutputStream(cut.length() + person.length + 512);
        for (int i = 0; i < cut.holes().size(); i++) {
            html.writeBytes(cut.texts().get(i));
            html.writeBytes(
                    switch (cut.holes().get(i)) {
                        case PERSON -> person;
                        case CSRF -> csrfBytes;
                        case VIEWS -> views;
                        case VERSION -> version;
                    });
        }
        html.writeBytes(cut.texts().get(cut.texts().size() - 1));
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(html.toByteArray());
    }

    /**
     * The header's person part for this request (header.html :: person), rendered once per everything it shows:
     * the interface language, the person's name, whether they administer the platform, and their unread notices'
     * count. Rendering it cost a fifth of a remembered view's time; a name changed or a notice read is another key.
     */
    private String person(Locale language, Map<String, Object> model) {
        Account me = (Account) model.get("me");
        Object unread = model.get("unreadNotices");
        UnreadCount count = (UnreadCount) unread;
        List<Object> key = Arrays.asList(
                language,
                me.displayName(),
                me.platformRole() == PlatformRole.ADMINISTRATOR,
                count == null ? null : count.value(),
                count == null ? null : count.text());
        String html = persons.get(key);
        if (html == null) {
            Map<String, Object> person = new HashMap<>();
            person.put("me", me);
            person.put("unreadNotices", unread);
            html = FragmentRenderer.render(templates, "header", "person", language, person);
            persons.put(key, html);
        }
        return html;
    }

    /** The view count's sentence in this language, formatted once per number. */
    private String viewsText(Locale language, long viewCount) {
        List<Object> key = List.of(language, viewCount);
        String text = viewTexts.get(key);
        if (text == null) {
            text = HtmlUtils.htmlEscape(messages.getMessage("content.page.views", new Object[] {viewCount}, language));
            viewTexts.put(key, text);
        }
        return text;
    }

    /** The request as the rendering sees it: its CSRF token is the marker, so the forms carry a hole. */
    private static final class MarkedCsrf extends HttpServletRequestWrapper {

        private final CsrfToken marked;

        MarkedCsrf(HttpServletRequest request, String marker) {
            super(request);
            CsrfToken real = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
            this.marked =
                    real == null ? null : new DefaultCsrfToken(real.getHeaderName(), real.getParameterName(), marker);
        }

        @Override
        public Object getAttribute(String name) {
            if (marked != null && (CsrfToken.class.getName().equals(name) || "_csrf".equals(name))) {
                return marked;
            }
            return super.getAttribute(name);
        }
    }
}
