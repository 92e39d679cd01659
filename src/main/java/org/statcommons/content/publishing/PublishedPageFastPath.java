package org.statcommons.content.publishing;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.statcommons.content.pages.PageViewCounter;
import org.statcommons.platform.i18n.Language;
import org.statcommons.platform.web.LanguageResolver;

/**
 * Answers repeated anonymous requests for a published page from memory, before the security filters and
 * the controller run: a published page is the same bytes for everyone until it is published again. The
 * first request goes the whole way (policy, lookup, rendering, security headers) through
 * {@link PublicPagesController}; its complete answer, headers included, is kept here and replayed.
 * <p>
 * A kept answer lives {@link #LIFETIME} at most, so that a publish on another server shows within that time;
 * on this server {@link KeptPublishedPages} forgets them all as soon as a publish or unpublish commits. Views are still
 * counted on every request.
 * <p>
 * The page's frame is in the reader's language, so one answer is kept per language: the language a request without
 * an account gets ({@link LanguageResolver#withoutAccount}: the switcher's cookie, else {@code Accept-Language}, else
 * English). A request that carries any other cookie (a session, whose profile may name a language) or a query
 * ({@code ?lang=}) goes the whole way.
 */
class PublishedPageFastPath extends OncePerRequestFilter {

    static final Duration LIFETIME = Duration.ofSeconds(2);
    static final String HASH = PublishedPageFastPath.class.getName() + ".hash";
    static final String COMMUNITY = PublishedPageFastPath.class.getName() + ".community";
    static final String PATH = PublishedPageFastPath.class.getName() + ".path";
    static final String LANGUAGE = PublishedPageFastPath.class.getName() + ".language";

    private static final Pattern PUBLISHED = Pattern.compile("^/c/[^/]+/p/.+");
    private static final int MAX_KEPT = 2_000;
    private static final List<String> NOT_REPLAYED = List.of(
            HttpHeaders.SET_COOKIE, HttpHeaders.DATE, HttpHeaders.CONTENT_LENGTH, HttpHeaders.TRANSFER_ENCODING);

    /** A complete 200 answer and what is needed to count views and answer revalidations. */
    record Kept(
            String hash,
            long communityId,
            String path,
            List<Map.Entry<String, String>> headers,
            byte[] body,
            Instant until) {}

    private final Map<String, Kept> kept;
    private final PageViewCounter views;
    private final Clock clock;

    /** @param kept the kept answers, shared with {@link KeptPublishedPages} which forgets them on a publish */
    PublishedPageFastPath(Map<String, Kept> kept, PageViewCounter views, Clock clock) {
        this.kept = kept;
        this.views = views;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // a request with credentials goes through security, which refuses a token outside the API
        return !"GET".equals(request.getMethod())
                || request.getQueryString() != null
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || !PUBLISHED.matcher(request.getRequestURI()).matches()
                || hasOtherCookies(request);
    }

    private static boolean hasOtherCookies(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return false;
        }
        for (Cookie cookie : cookies) {
            if (!LanguageResolver.COOKIE.equals(cookie.getName())) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean gzip = PublicPagesController.acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        Language language = LanguageResolver.withoutAccount(request);
        String key = request.getRequestURI() + "|" + language.code() + (gzip ? "|gzip" : "");
        Kept answer = kept.get(key);
        if (answer != null && answer.until().isAfter(clock.instant())) {
            replay(answer, request, response);
            return;
        }
        ContentCachingResponseWrapper recording = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, recording);
        // kept only when answered in the language the key names (a session found on the way may have chosen another)
        if (recording.getStatus() == 200
                && request.getAttribute(HASH) != null
                && request.getAttribute(LANGUAGE) == language) {
            keep(key, request, recording);
        }
        recording.copyBodyToResponse();
    }

    private void keep(String key, HttpServletRequest request, ContentCachingResponseWrapper recording) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String name : recording.getHeaderNames()) {
            if (NOT_REPLAYED.stream().noneMatch(name::equalsIgnoreCase)) {
                for (String value : recording.getHeaders(name)) {
                    headers.add(Map.entry(name, value));
                }
            }
        }
        if (recording.getContentType() != null
                && headers.stream().noneMatch(h -> h.getKey().equalsIgnoreCase(HttpHeaders.CONTENT_TYPE))) {
            headers.add(Map.entry(HttpHeaders.CONTENT_TYPE, recording.getContentType()));
        }
        if (kept.size() >= MAX_KEPT) {
            kept.clear();
        }
        kept.put(
                key,
                new Kept(
                        (String) request.getAttribute(HASH),
                        (Long) request.getAttribute(COMMUNITY),
                        (String) request.getAttribute(PATH),
                        List.copyOf(headers),
                        recording.getContentAsByteArray(),
                        clock.instant().plus(LIFETIME)));
    }

    private void replay(Kept answer, HttpServletRequest request, HttpServletResponse response) throws IOException {
        views.count(answer.communityId(), answer.path(), request.getHeader(HttpHeaders.USER_AGENT));
        boolean notModified =
                PublicPagesController.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), answer.hash());
        for (Map.Entry<String, String> header : answer.headers()) {
            if (notModified
                    && (header.getKey().equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)
                            || header.getKey().equalsIgnoreCase(HttpHeaders.CONTENT_ENCODING))) {
                continue;
            }
            response.addHeader(header.getKey(), header.getValue());
        }
        if (notModified) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }
}
