package org.statcommons.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.statcommons.platform.i18n.Language;
import org.statcommons.support.CpuTime;

/** The order in which a request's language is chosen, and what counts as no choice at all. */
class LanguageResolverTests {

    private static LanguageResolver resolver(Language profile) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (profile != null) {
            beans.addBean("profile", (ProfileLanguage) request -> Optional.of(profile));
        }
        return new LanguageResolver(beans.getBeanProvider(ProfileLanguage.class));
    }

    private static MockHttpServletRequest request(String lang, String cookie, String acceptLanguage) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/sign-in");
        if (lang != null) {
            request.setParameter("lang", lang);
        }
        if (cookie != null) {
            request.setCookies(new Cookie(LanguageResolver.COOKIE, cookie));
        }
        if (acceptLanguage != null) {
            request.addHeader("Accept-Language", acceptLanguage);
        }
        return request;
    }

    @Test
    void theParameterThenTheCookieThenTheProfileThenTheBrowserThenEnglish() {
        assertThat(resolver(Language.SPANISH).resolve(request("fr", "ru", "ar")))
                .isEqualTo(Language.FRENCH);
        assertThat(resolver(Language.SPANISH).resolve(request(null, "ru", "ar")))
                .isEqualTo(Language.RUSSIAN);
        assertThat(resolver(Language.SPANISH).resolve(request(null, null, "ar")))
                .isEqualTo(Language.SPANISH);
        assertThat(resolver(null).resolve(request(null, null, "ar"))).isEqualTo(Language.ARABIC);
        assertThat(resolver(null).resolve(request(null, null, null))).isEqualTo(Language.ENGLISH);
    }

    @Test
    void aProgramsAcceptLanguageComesRightAfterTheParameterUnderTheApi() {
        MockHttpServletRequest api = request(null, "ru", "ar");
        api.setRequestURI("/api/v1/communities");
        assertThat(resolver(Language.SPANISH).resolve(api)).isEqualTo(Language.ARABIC);
        MockHttpServletRequest named = request("fr", null, "ar");
        named.setRequestURI("/api/v1/communities");
        assertThat(resolver(Language.SPANISH).resolve(named)).isEqualTo(Language.FRENCH);
        MockHttpServletRequest none = request(null, null, null);
        none.setRequestURI("/api/v1/communities");
        assertThat(resolver(Language.SPANISH).resolve(none)).isEqualTo(Language.SPANISH);
    }

    @Test
    void aFeedIsInTheLanguageOfItsAddressThenOfTheBrowserNeverOfTheCookie() {
        assertThat(LanguageResolver.ofFeed(request("fr", "ru", "ar"))).isEqualTo(Language.FRENCH);
        assertThat(LanguageResolver.ofFeed(request(null, "ru", "ar"))).isEqualTo(Language.ARABIC);
        assertThat(LanguageResolver.ofFeed(request(null, "ru", null))).isEqualTo(Language.ENGLISH);
        assertThat(LanguageResolver.ofFeed(request("xx", null, "es"))).isEqualTo(Language.SPANISH);
    }

    @Test
    void whatIsNotOneOfTheSixCountsAsNoChoice() {
        assertThat(resolver(null).resolve(request("xx", "de", "zh-TW, en;q=0.5")))
                .isEqualTo(Language.CHINESE);
        assertThat(resolver(null).resolve(request("", null, "de-CH, es;q=0.8, fr;q=0.9")))
                .isEqualTo(Language.FRENCH);
        assertThat(resolver(null).resolve(request("<script>", "../../", "!!;q=nope,,;")))
                .isEqualTo(Language.ENGLISH);
        assertThat(resolver(null).resolve(request(null, null, "en;q=0, ru;q=0.1")))
                .isEqualTo(Language.RUSSIAN);
    }

    /** A header at the server's size limit (16 KB) of ranges costs little: it is cut before it is parsed. */
    @Test
    void aHugeAcceptLanguageHeaderIsCutAndParsedFast() {
        String ranges = "de-DE;q=0.9, ".repeat(16 * 1024 / 13) + "ar";
        CpuTime.Measured<Optional<Language>> parsed = CpuTime.of(() -> LanguageResolver.acceptLanguage(ranges));
        assertThat(parsed.result()).isEmpty();
        assertThat(parsed.cpu()).isLessThan(Duration.ofMillis(200));
        assertThat(LanguageResolver.acceptLanguage("ru, " + ranges)).contains(Language.RUSSIAN);
    }

    @Test
    void theSwitchersChoiceIsACookieAndCountsAtOnce() {
        LanguageResolver resolver = resolver(null);
        MockHttpServletRequest request = request(null, null, "en");
        MockHttpServletResponse response = new MockHttpServletResponse();
        resolver.setLocale(request, response, Language.ARABIC.locale());
        assertThat(response.getHeader("Set-Cookie"))
                .startsWith(LanguageResolver.COOKIE + "=ar")
                .contains("Path=/", "SameSite=Lax", "HttpOnly");
        assertThat(resolver.resolveLocale(request)).isEqualTo(Language.ARABIC.locale());
    }

    @Test
    void theSwitcherGoesBackOnlyToThisServer() {
        assertThat(LocalAddress.orHome("/c/asia?tab=2")).isEqualTo("/c/asia?tab=2");
        assertThat(LocalAddress.orHome("//evil.example")).isEqualTo("/");
        assertThat(LocalAddress.orHome("/\\evil.example")).isEqualTo("/");
        assertThat(LocalAddress.orHome("https://evil.example")).isEqualTo("/");
        assertThat(LocalAddress.orHome("/a\r\nSet-Cookie: x=y")).isEqualTo("/");
        assertThat(LocalAddress.orHome(null)).isEqualTo("/");
    }
}
