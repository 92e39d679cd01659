package org.statcommons.platform.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.statcommons.platform.i18n.Language;

/**
 * Which interface language a request is answered in, first match wins:
 *
 * <ol>
 *   <li>{@code ?lang=xx} on any address, for that request only (a link can name its language);
 *   <li>the cookie {@value #COOKIE}, set only when the person chose a language with the switcher;
 *   <li>the signed-in person's profile ({@link ProfileLanguage});
 *   <li>the browser's {@code Accept-Language}, the best of the six by its weights;
 *   <li>English.
 * </ol>
 *
 * Under {@code /api/} the {@code Accept-Language} header comes second, right after {@code ?lang=}: a program
 * sets it on purpose for the answers it shows (problems' titles and details), where a browser sends it for every
 * page whatever the person chose. A code that is not one of the six, or a header that cannot be parsed, counts as
 * absent: the next source decides. The answer is kept with the request, since a page asks several times.
 */
@Component("localeResolver")
public class LanguageResolver implements LocaleResolver {

    public static final String COOKIE = "statcommons-language";
    public static final String PARAMETER = "lang";
    /** A longer header is cut at this length, at a comma: the six languages are named in far less. */
    static final int ACCEPT_LANGUAGE_MAX = 1024;

    private static final String RESOLVED = LanguageResolver.class.getName() + ".resolved";
    private static final List<Locale> OFFERED = Language.ALL.stream()
            .map(language -> Locale.forLanguageTag(language.code()))
            .toList();

    private final ObjectProvider<ProfileLanguage> profiles;
    /**
     * The profile sources, looked up once: asking the bean factory for them on every request (to find the
     * candidates and order them) was 3 % of a member's page view. Null until the first request that needs them.
     */
    private volatile List<ProfileLanguage> profileSources;

    LanguageResolver(ObjectProvider<ProfileLanguage> profiles) {
        this.profiles = profiles;
    }

    private List<ProfileLanguage> profileSources() {
        List<ProfileLanguage> sources = profileSources;
        if (sources == null) {
            sources = profiles.orderedStream().toList();
            profileSources = sources;
        }
        return sources;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(RESOLVED) instanceof Language known) {
            return known.locale();
        }
        Language language = resolve(request);
        request.setAttribute(RESOLVED, language);
        return language.locale();
    }

    /** The language of this request, by the order above. */
    public Language resolve(HttpServletRequest request) {
        return Language.ofCode(request.getParameter(PARAMETER))
                .or(() -> request.getRequestURI().startsWith("/api/")
                        ? acceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))
                        : Optional.empty())
                .or(() -> cookie(request))
                .or(() -> profileSources().stream()
                        .map(profile -> profile.of(request))
                        .flatMap(Optional::stream)
                        .findFirst())
                .or(() -> acceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)))
                .orElse(Language.ENGLISH);
    }

    /**
     * The language a request gets from what it carries, before any account is known: {@code ?lang=}, the cookie,
     * {@code Accept-Language}, English. For answers kept ahead of the security filters (a published page), which
     * let a request with a session go the whole way.
     */
    public static Language withoutAccount(HttpServletRequest request) {
        return Language.ofCode(request.getParameter(PARAMETER))
                .or(() -> cookie(request))
                .or(() -> acceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)))
                .orElse(Language.ENGLISH);
    }

    /**
     * The language of a feed: {@code ?lang=} on the feed's address, else {@code Accept-Language}, else English. A
     * feed is the same for everyone who sends the same request (it is cached publicly and sets no cookie), so neither
     * the switcher's cookie nor an account has a say: a feed reader subscribes to an address.
     */
    public static Language ofFeed(HttpServletRequest request) {
        return Language.ofCode(request.getParameter(PARAMETER))
                .or(() -> acceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)))
                .orElse(Language.ENGLISH);
    }

    /** The switcher's choice: kept in a cookie for a year, and used from this request on. */
    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Language language = Language.of(locale);
        response.addHeader(
                HttpHeaders.SET_COOKIE,
                ResponseCookie.from(COOKIE, language.code())
                        .path("/")
                        .maxAge(Duration.ofDays(365))
                        .sameSite("Lax")
                        .httpOnly(true)
                        .secure(request.isSecure())
                        .build()
                        .toString());
        request.setAttribute(RESOLVED, language);
    }

    private static Optional<Language> cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return Language.ofCode(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    /** The best offered language of an {@code Accept-Language} header; none for a missing or broken one. */
    static Optional<Language> acceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String ranges = header;
        if (ranges.length() > ACCEPT_LANGUAGE_MAX) {
            int comma = ranges.lastIndexOf(',', ACCEPT_LANGUAGE_MAX);
            ranges = comma < 0 ? "" : ranges.substring(0, comma);
        }
        try {
            return Optional.ofNullable(Locale.lookup(Locale.LanguageRange.parse(ranges), OFFERED))
                    .map(Language::of);
        } catch (IllegalArgumentException broken) {
            return Optional.empty();
        }
    }
}
