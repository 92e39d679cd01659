package org.statcommons.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.statcommons.access.PlatformRole;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

@StatCommonsIntegrationTest
class AccessTokenIntegrationTests {

    private static final Pattern SECRET = Pattern.compile("scpat_[A-Za-z0-9_-]+");

    @Autowired
    Fixtures fixtures;

    @Test
    void aTokenIsShownOnceListedWithItsLastUseAndStopsWorkingWhenRevoked() {
        Account person = fixtures.account("Token Person");
        Visitor browser = fixtures.signedIn(person);

        Page created = browser.submit(
                "/account/tokens",
                "/account/tokens",
                fields("name", "report script", "scopes", List.of("read"), "expires", ""));
        assertThat(created.text()).contains("shown only once").contains("report script");
        String secret = secretOn(created);

        Page me = fixtures.bearer(secret).api("GET", "/api/v1/me", null);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body()).contains("\"displayName\":\"Token Person\"");

        Page listed = browser.get("/account/tokens");
        assertThat(listed.body()).doesNotContain(secret);
        assertThat(listed.text()).contains("report script").contains(" UTC");

        // a read token cannot change anything
        Page write = fixtures.bearer(secret).api("PATCH", "/api/v1/me", "{\"bio\":\"x\"}");
        assertThat(write.status()).isEqualTo(403);

        String id = firstTokenId(listed);
        browser.submit("/account/tokens", "/account/tokens/" + id + "/revoke", fields());
        Page refused = fixtures.bearer(secret).api("GET", "/api/v1/me", null);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("\"status\":401").contains("revoked");
        assertThat(browser.get("/account/tokens").text()).contains("revoked");
    }

    @Test
    void tokenFormInputIsChecked() {
        Account person = fixtures.account("Careless Token Person");
        Visitor browser = fixtures.signedIn(person);
        Page page = browser.submit("/account/tokens", "/account/tokens", fields("name", "", "expires", "2001-01-01"));
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.text())
                .contains("Token name is required")
                .contains("Choose at least one scope")
                .contains("The expiry date must be in the future");
        assertThat(page.body()).doesNotContain("scpat_");
        Page badDate = browser.submit(
                "/account/tokens", "/account/tokens", fields("name", "x", "scopes", "read", "expires", "tomorrow"));
        assertThat(badDate.text()).contains("year-month-day");
        Page badScope = browser.submit("/account/tokens", "/account/tokens", fields("name", "x", "scopes", "root"));
        assertThat(badScope.text()).contains("Choose scopes from the list");
    }

    @Test
    void aSuspendedAccountLosesItsSessionAndItsTokens() {
        Account admin = fixtures.account("Suspending Admin", PlatformRole.ADMINISTRATOR);
        Account person = fixtures.account("Suspended Person");
        Visitor browser = fixtures.signedIn(person);
        String secret = secretOn(browser.submit(
                "/account/tokens", "/account/tokens", fields("name", "cli", "scopes", List.of("read", "write"))));
        assertThat(fixtures.bearer(secret).api("GET", "/api/v1/me", null).status())
                .isEqualTo(200);

        Visitor adminBrowser = fixtures.signedIn(admin);
        Page suspended = adminBrowser.submit(
                "/admin/accounts/" + person.id(), "/admin/accounts/" + person.id() + "/suspend", fields());
        assertThat(suspended.text()).contains("is suspended");

        assertThat(browser.get("/account").path()).isEqualTo("/sign-in?ended");
        assertThat(browser.get("/").body()).doesNotContain("Suspended Person");
        Page tokenRefused = fixtures.bearer(secret).api("GET", "/api/v1/me", null);
        assertThat(tokenRefused.status()).isEqualTo(401);
        assertThat(tokenRefused.body()).contains("\"status\":401");
        assertThat(fixtures.anonymous()
                        .signIn(person.email(), Fixtures.PASSWORD)
                        .text())
                .contains(PasswordAuthenticator.SAME_MESSAGE_FOR_EVERY_FAILURE.english());

        adminBrowser.submit(
                "/admin/accounts/" + person.id(), "/admin/accounts/" + person.id() + "/reactivate", fields());
        assertThat(fixtures.bearer(secret).api("GET", "/api/v1/me", null).status())
                .isEqualTo(200);
    }

    static String secretOn(Page page) {
        Matcher m = SECRET.matcher(page.body());
        assertThat(m.find()).as("a token secret on the page").isTrue();
        return m.group();
    }

    private static String firstTokenId(Page page) {
        Matcher m = Pattern.compile("/account/tokens/(\\d+)/revoke").matcher(page.body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
