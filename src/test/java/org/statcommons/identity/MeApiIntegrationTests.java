package org.statcommons.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

@StatCommonsIntegrationTest
class MeApiIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Accounts accounts;

    @Test
    void meIsReadAndPatchedWithASessionAndBadInputIsA400ProblemWithErrors() {
        Account person = fixtures.account("Api Person");
        Visitor browser = fixtures.signedIn(person);

        Page me = browser.api("GET", "/api/v1/me", null);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body())
                .contains("\"email\":\"" + person.email() + "\"")
                .contains("\"platformRole\":\"NONE\"")
                .doesNotContain("password")
                .doesNotContain("sessionVersion");

        Page patched = browser.api("PATCH", "/api/v1/me", "{\"bio\":\"Census methods\",\"languages\":[\"es\"]}");
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.body())
                .contains("\"bio\":\"Census methods\"")
                .contains("\"languages\":[\"es\"]")
                .contains("\"displayName\":\"Api Person\"");

        Page bad = browser.api("PATCH", "/api/v1/me", "{\"displayName\":\"\\u202Eevil\",\"country\":\"ZZ\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(bad.body())
                .contains("\"errors\"")
                .contains("\"field\":\"displayName\"")
                .contains("\"field\":\"country\"");
        assertThat(accounts.byId(person.id()).orElseThrow().displayName()).isEqualTo("Api Person");

        Page notJson = browser.api("PATCH", "/api/v1/me", "{not json");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.body()).contains("\"errors\"");

        Page anonymous = fixtures.anonymous().api("GET", "/api/v1/me", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.body()).contains("\"status\":401");
    }

    @Test
    void tokensAreCreatedListedAndRevokedThroughTheApi() {
        Account person = fixtures.account("Api Token Person");
        Visitor browser = fixtures.signedIn(person);

        Page created = browser.api(
                "POST",
                "/api/v1/me/tokens",
                "{\"name\":\"ci\",\"scopes\":[\"read\",\"write\"],\"expiresAt\":\"2099-12-31\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body())
                .contains("\"secret\":\"scpat_")
                .contains("\"scopes\":[\"read\",\"write\"]")
                .contains("\"expiresAt\":\"2100-01-01T00:00:00Z\"");
        String secret = match(created.body(), "\"secret\":\"(scpat_[^\"]+)\"");
        String id = match(created.body(), "\"id\":(\\d+)");

        Page listed = fixtures.bearer(secret).api("GET", "/api/v1/me/tokens", null);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body())
                .contains("\"name\":\"ci\"")
                .doesNotContain(secret)
                .contains("\"lastUsedAt\":\"");

        // a write token may create a token, but not one with more scopes than it has
        Page stronger =
                fixtures.bearer(secret).api("POST", "/api/v1/me/tokens", "{\"name\":\"git\",\"scopes\":[\"git\"]}");
        assertThat(stronger.status()).isEqualTo(400);
        assertThat(stronger.body()).contains("\"field\":\"scopes\"");

        Page invalid = browser.api("POST", "/api/v1/me/tokens", "{\"name\":\"\",\"scopes\":[],\"expiresAt\":\"soon\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body()).contains("\"field\":\"expiresAt\"");

        assertThat(fixtures.bearer(secret)
                        .api("DELETE", "/api/v1/me/tokens/" + id, null)
                        .status())
                .isEqualTo(204);
        Page revoked = fixtures.bearer(secret).api("GET", "/api/v1/me", null);
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.body()).contains("\"title\":\"Not signed in\"");
        assertThat(browser.api("DELETE", "/api/v1/me/tokens/999999999", null).status())
                .isEqualTo(404);

        Page madeUp = fixtures.bearer("scpat_made-up").api("GET", "/api/v1/me", null);
        assertThat(madeUp.status()).isEqualTo(401);
    }

    private static String match(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex + " in " + text).isTrue();
        return m.group(1);
    }
}
