package org.statcommons.content.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
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
import org.statcommons.community.Community;
import org.statcommons.content.Publications;
import org.statcommons.platform.WeightedCache;
import org.statcommons.platform.web.FragmentRenderer;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * A member's view of a page as it is now, rendered once per {@link Key} and answered from memory with its
 * per-person parts filled in for each request. Everything that decides what the page shows is in the key (the
 * page's commit, its marks, the community, what the frame shows of the reader and their rights, the comments as
 * the reader sees them, language, time zone, address), so a change of any of them is another key, rendered at the
 * next view: nothing is forgotten by time and nothing needs telling. What differs from person to person with an
 * equal key is rendered into the remembered page as a hole, a random marker, and filled per request: the header's
 * person (name, unread notices, administration link; {@code header.html}, rendered on its own), the CSRF token of
 * the forms (the requester's own) and the page's view count.
 */
@Component
class RememberedPageViews {

    /** Characters of remembered pages: some 500 pages of 30 KB. */
    private static final long CAPACITY = 16_000_000;

    /**
     * What a member's page view shows, apart from its holes.
     *
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
            boolean hidden,
            Optional<Publications.Published> published,
            Object viewer,
            List<Object> extras,
            Locale language,
            List<Object> times,
            String address) {}

    /** A rendered page cut at its holes: {@code texts} has one more element than {@code holes}. */
    private record Cut(List<String> texts, List<Hole> holes, int length) {}

    private enum Hole {
        PERSON,
        CSRF,
        VIEWS
    }

    private final ThymeleafViewResolver views;
    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final WeightedCache<Key, Cut> remembered = new WeightedCache<>(
            CAPACITY, (key, cut) -> cut.length() + key.path().length());
    private final Map<String, Hole> markers = new HashMap<>();
    private final Pattern marker;
    private final String personMarker;
    private final String csrfMarker;
    private final String viewsMarker;

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
        markers.put(personMarker, Hole.PERSON);
        markers.put(csrfMarker, Hole.CSRF);
        markers.put(viewsMarker, Hole.VIEWS);
        marker = Pattern.compile(prefix + "(person|csrf|views)");
    }

    /** The page remembered under the key with this request's holes filled, or empty when it was not rendered yet. */
    Optional<ResponseEntity<String>> remembered(
            Key key, Map<String, Object> model, long viewCount, HttpServletRequest request) {
        Cut cut = remembered.get(key);
        return cut == null ? Optional.empty() : Optional.of(answer(cut, key.language(), model, viewCount, request));
    }

    /**
     * Renders {@code content/page} with this model once for the key, with holes in place of its per-person parts,
     * remembers it, and answers it with this request's holes filled.
     */
    ResponseEntity<String> render(
            Key key,
            Map<String, Object> model,
            long viewCount,
            HttpServletRequest request,
            HttpServletResponse response)
            throws Exception {
        Map<String, Object> withHoles = new HashMap<>(model);
        withHoles.put("personHole", personMarker);
        withHoles.put("viewsHole", viewsMarker);
        View view = views.resolveViewName("content/page", key.language());
        ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
        view.render(withHoles, new MarkedCsrf(request, csrfMarker), rendering);
        Cut cut = cut(new String(rendering.getContentAsByteArray(), StandardCharsets.UTF_8));
        remembered.put(key, cut);
        return answer(cut, key.language(), model, viewCount, request);
    }

    /** The characters of the pages remembered now. */
    long weight() {
        return remembered.weight();
    }

    private Cut cut(String html) {
        List<String> texts = new ArrayList<>();
        List<Hole> holes = new ArrayList<>();
        Matcher found = marker.matcher(html);
        int from = 0;
        while (found.find()) {
            texts.add(html.substring(from, found.start()));
            holes.add(markers.get(found.group()));
            from = found.end();
        }
        texts.add(html.substring(from));
        if (holes.stream().filter(Hole.PERSON::equals).count() != 1
                || holes.stream().filter(Hole.VIEWS::equals).count() != 1) {
            // the layout or the page template lost a hole: a remembered page would show someone else's parts
            throw new IllegalStateException("content/page must have one person hole and one views hole");
        }
        return new Cut(List.copyOf(texts), List.copyOf(holes), html.length());
    }

    private ResponseEntity<String> answer(
            Cut cut, Locale language, Map<String, Object> model, long viewCount, HttpServletRequest request) {
        Map<String, Object> person = new HashMap<>();
        person.put("me", model.get("me"));
        person.put("unreadNotices", model.get("unreadNotices"));
        String personHtml = FragmentRenderer.render(templates, "header", "person", language, person);
        // the requester's own token, made and kept in their session as when Thymeleaf asks for it
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String csrf = token == null ? "" : HtmlUtils.htmlEscape(token.getToken());
        String viewsText =
                HtmlUtils.htmlEscape(messages.getMessage("content.page.views", new Object[] {viewCount}, language));
        StringBuilder html = new StringBuilder(cut.length() + personHtml.length() + 256);
        for (int i = 0; i < cut.holes().size(); i++) {
            html.append(cut.texts().get(i));
            html.append(
                    switch (cut.holes().get(i)) {
                        case PERSON -> personHtml;
                        case CSRF -> csrf;
                        case VIEWS -> viewsText;
                    });
        }
        html.append(cut.texts().get(cut.texts().size() - 1));
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(html.toString());
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
