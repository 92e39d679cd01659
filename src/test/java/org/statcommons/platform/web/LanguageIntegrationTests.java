package org.statcommons.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import java.net.http.HttpRequest;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.statcommons.access.PlatformRole;
import org.statcommons.identity.Account;
import org.statcommons.platform.i18n.Bundles;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * The interface language as a person meets it: {@code ?lang=}, then the switcher's cookie, then the profile, then
 * the browser's {@code Accept-Language}, then English; Arabic pages are written right to left, and texts from Java
 * (a refused form, an error page, a problem's title) follow the page's language.
 */
@StatCommonsIntegrationTest
class LanguageIntegrationTests {

    @Autowired
    Fixtures fixtures;

    private static final String RTL_ARABIC = "<html lang=\"ar\" dir=\"rtl\"";

    @Test
    void englishLeftToRightWhenNothingChoosesAnotherLanguage() {
        Page page = fixtures.anonymous().get("/sign-in");
        assertThat(page.body()).contains("<html lang=\"en\" dir=\"ltr\"").contains(">Sign in</h1>");
    }

    @Test
    void theBrowsersLanguageIsUsedAndArabicIsWrittenRightToLeft() {
        Page page = fixtures.anonymous().getNoFollow("/sign-in", "Accept-Language", "ar-EG,ar;q=0.9,en;q=0.5");
        assertThat(page.body())
                .contains(RTL_ARABIC)
                .contains(">تسجيل الدخول</h1>")
                .contains("lang=\"zh-Hans\"", ">中文</a>", ">Русский</a>", ">Español</a>", ">Français</a>");
        Page broken = fixtures.anonymous().getNoFollow("/sign-in", "Accept-Language", ";;q=x,,!!");
        assertThat(broken.status()).isEqualTo(200);
        assertThat(broken.body()).contains("<html lang=\"en\" dir=\"ltr\"");
    }

    @Test
    void theParameterWinsForThatRequestOnly() {
        Visitor visitor = fixtures.anonymous();
        assertThat(visitor.getNoFollow("/sign-in?lang=fr", "Accept-Language", "ar")
                        .body())
                .contains("<html lang=\"fr\" dir=\"ltr\"")
                .contains(">Se connecter</h1>");
        assertThat(visitor.getNoFollow("/sign-in", "Accept-Language", "ar").body())
                .contains(RTL_ARABIC);
        // a code that is not offered is no choice: the browser's language decides
        assertThat(visitor.getNoFollow("/sign-in?lang=xx", "Accept-Language", "ru")
                        .body())
                .contains("<html lang=\"ru\"");
    }

    @Test
    void aRefusedOrMissingPageIsNotRepeatedInTheSwitcher() {
        Visitor visitor = fixtures.anonymous();
        Page missing = visitor.getNoFollow("/c/no-such-community/p/secret/plan");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("/language/ru?back=/\"").doesNotContain("secret/plan");
        Page gone = visitor.getNoFollow("/no/such/page/at/all");
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.body()).doesNotContain("no/such/page");
    }

    @Test
    void theSwitcherSetsACookieAndReturnsToThePage() {
        Visitor visitor = fixtures.anonymous();
        String link = visitor.get("/password-reset").body().replaceAll("(?s).*href=\"(/language/ru[^\"]*)\".*", "$1");
        assertThat(link).isEqualTo("/language/ru?back=/password-reset");

        Page switched = visitor.getNoFollow(link);
        assertThat(switched.status()).isEqualTo(302);
        assertThat(switched.location()).endsWith("/password-reset");
        assertThat(visitor.cookie(LanguageResolver.COOKIE)).isEqualTo("ru");

        assertThat(visitor.getNoFollow("/password-reset", "Accept-Language", "es")
                        .body())
                .contains("<html lang=\"ru\"")
                .contains("Сброс пароля");
        assertThat(visitor.getNoFollow("/sign-in?lang=zh").body()).contains("<html lang=\"zh-Hans\"");
        assertThat(visitor.get("/sign-in").body()).contains("<html lang=\"ru\"");

        assertThat(visitor.getNoFollow("/language/ar?back=//evil.example").location())
                .doesNotContain("evil");
        assertThat(visitor.getNoFollow("/language/xx?back=/").status()).isEqualTo(400);
    }

    @Test
    void theProfilesLanguageComesAfterTheCookieAndBeforeTheBrowser() {
        Account account = fixtures.account("Leïla Profile");
        Visitor leila = fixtures.signedIn(account);
        // the fixtures' accounts work in English: their profile says English, whatever the browser says
        assertThat(leila.getNoFollow("/account", "Accept-Language", "ar").body())
                .contains("<html lang=\"en\"");

        Page saved = leila.submit(
                "/account",
                "/account/profile",
                fields(
                        "displayName", "Leïla Profile",
                        "organisationKind", "NATIONAL_STATISTICAL_OFFICE",
                        "languages", "fr",
                        "interfaceLanguage", ""));
        assertThat(saved.body()).contains("<html lang=\"fr\"").contains("Votre profil est enregistré.");

        leila.submit(
                "/account",
                "/account/profile",
                fields(
                        "displayName", "Leïla Profile",
                        "organisationKind", "NATIONAL_STATISTICAL_OFFICE",
                        "languages", "fr",
                        "interfaceLanguage", "ar"));
        Page arabic = leila.getNoFollow("/account", "Accept-Language", "es");
        assertThat(arabic.body())
                .contains(RTL_ARABIC)
                .contains("<option value=\"ar\" lang=\"ar\" selected=\"selected\">العربية</option>");

        leila.getNoFollow("/language/es?back=/account");
        assertThat(leila.get("/account").body()).contains("<html lang=\"es\"");
    }

    @Test
    void refusalsErrorPagesAndProblemsFollowThePagesLanguage() {
        Visitor visitor = fixtures.anonymous();
        Page refused =
                visitor.submit("/password-reset?lang=ar", "/password-reset?lang=ar", fields("email", "no-at-sign"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains(RTL_ARABIC).contains("هذا ليس عنوان بريد إلكتروني صالحًا.");

        Page missing = visitor.getNoFollow("/no/such/page?lang=es", "Accept", "text/html");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("<html lang=\"es\"").contains("Página no encontrada");

        Page problem = visitor.getNoFollow("/api/v1/no-such-thing", "Accept-Language", "fr");
        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.body()).contains("\"title\":\"Page introuvable\"");
    }

    @Test
    void refusalsWrittenByJavaFollowThePagesLanguageInFormsAndProblems() {
        Account founder = fixtures.account("Farida Founder", PlatformRole.SECRETARIAT);
        Page form = fixtures.signedIn(founder)
                .submit(
                        "/communities/new?lang=fr",
                        "/communities/new?lang=fr",
                        fields("name", "Statistiques", "slug", "Stats-FR", "purpose", "Essai", "joinPolicy", "NONE"));
        assertThat(form.status()).isEqualTo(400);
        assertThat(form.body())
                .contains("<html lang=\"fr\"")
                .contains("L’adresse doit être en minuscules, par exemple « stats-fr ».")
                .contains("Choisissez comment on rejoint la communauté")
                .doesNotContain("Address must be in lower case");

        Visitor api = fixtures.bearer(fixtures.token(founder));
        String body = "{\"name\":\"Stats\",\"slug\":\"Stats-FR\",\"purpose\":\"x\",\"joinPolicy\":\"OPEN\"}";
        Page arabic = api.exchange(api.request("/api/v1/communities")
                .header("Accept-Language", "ar")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(arabic.status()).isEqualTo(400);
        assertThat(arabic.body())
                .contains("\"title\":\"" + translated("platform.error.invalid-input", "ar") + "\"")
                .contains("\"detail\":\"يجب أن يكون العنوان بأحرف صغيرة، مثل «stats-fr».\"");
        Page english = api.api("POST", "/api/v1/communities", body);
        assertThat(english.body())
                .contains("\"title\":\"Invalid input\"")
                .contains("\"detail\":\"Address must be in lower case, for example 'stats-fr'.\"");

        // the policy's own refusal ("You may not …") names the action in the reader's language
        Visitor nobody = fixtures.signedIn(fixtures.account("Nadia Nobody", PlatformRole.NONE));
        Page refused = nobody.getNoFollow("/communities/new?lang=ru");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("Вам нельзя создавать сообщества.");
    }

    private static String translated(String key, String language) {
        return Bundles.bundled().format(key, new Object[0], Locale.forLanguageTag(language));
    }
}
