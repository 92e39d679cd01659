package org.statcommons.identity;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.PlatformRole;
import org.statcommons.support.CommunityTestFixtures;
import org.statcommons.support.StatCommonsIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A personal access token reaches only the API (by scope) and Git: the attacks of the security review's
 * finding F1, each tried as it was found. (The permission matrix test walks every page with every kind of
 * token; this test follows the attacks to their consequences.)
 */
@StatCommonsIntegrationTest
class TokenReachIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    CreateAccount registration;
    @Autowired
    AccessTokens tokens;
    @Autowired
    CreateAccessToken createToken;
    @Autowired
    JdbcClient db;

    private CommunityTestFixtures fixtures() {
        return new CommunityTestFixtures(port, registration, createToken);
    }

    @Test
    void aReadOnlyTokenCannotMintAStrongerTokenThroughTheAccountPage() {
        CommunityTestFixtures fixtures = fixtures();
        Account owner = fixtures.account("Token Minter");
        CommunityTestFixtures.Api readOnly = fixtures.api(fixtures.token(owner, EnumSet.of(TokenScope.READ)));
        int before = tokens.of(owner.id()).size();

        HttpResponse<String> minted = readOnly.sendForm("POST", "/account/tokens",
                Map.of("name", "x", "scopes", "write"));

        assertRefusedAsToken(minted);
        assertThat(minted.body()).doesNotContain("scpat_");
        assertThat(tokens.of(owner.id())).hasSize(before);
        assertRefusedAsToken(readOnly.sendForm("GET", "/account/tokens", Map.of()));
    }

    @Test
    void overTheApiATokenCreatesOnlyTokensWithScopesItHasItself() {
        CommunityTestFixtures fixtures = fixtures();
        Account owner = fixtures.account("Token Api Minter");
        CommunityTestFixtures.Api writer = fixtures.api(fixtures.token(owner, EnumSet.of(TokenScope.READ, TokenScope.WRITE)));

        HttpResponse<String> stronger = writer.post("/api/v1/me/tokens", "{\"name\":\"more\",\"scopes\":[\"read\",\"git\"]}");
        assertThat(stronger.statusCode()).isEqualTo(400);
        assertThat(stronger.body()).doesNotContain("scpat_");

        HttpResponse<String> same = writer.post("/api/v1/me/tokens", "{\"name\":\"same\",\"scopes\":[\"read\"]}");
        assertThat(same.statusCode()).isEqualTo(201);

        CommunityTestFixtures.Api gitOnly = fixtures.api(fixtures.token(owner, EnumSet.of(TokenScope.GIT)));
        HttpResponse<String> fromGit = gitOnly.post("/api/v1/me/tokens", "{\"name\":\"git\",\"scopes\":[\"git\"]}");
        assertThat(fromGit.statusCode()).as("a git token has no API scope at all").isEqualTo(403);
    }

    @Test
    void anAdministratorsTokenReachesNoAdministrationAndNoOutbox() {
        CommunityTestFixtures fixtures = fixtures();
        Account administrator = fixtures.account("Token Admin", "FJ", "INTERNATIONAL", PlatformRole.ADMINISTRATOR);
        Account someone = fixtures.account("Token Bystander");
        for (Set<TokenScope> scopes : Set.of(EnumSet.of(TokenScope.READ), EnumSet.allOf(TokenScope.class))) {
            CommunityTestFixtures.Api admin = fixtures.api(fixtures.token(administrator, scopes));

            assertRefusedAsToken(admin.sendForm("POST", "/admin/accounts/" + someone.id() + "/role", Map.of("role", "ADMINISTRATOR")));
            HttpResponse<String> outbox = admin.sendForm("GET", "/admin/outbox", Map.of());
            assertRefusedAsToken(outbox);
            assertThat(outbox.body()).doesNotContain("/reset/").doesNotContain("/invitations/");
            assertRefusedAsToken(admin.sendForm("GET", "/admin", Map.of()));
        }
        assertThat(db.sql("select platform_role from identity.accounts where id = ?").param(someone.id())
                .query(String.class).single()).isEqualTo("NONE");
    }

    @Test
    void aTokenSentToAPageNeverStartsASession() {
        CommunityTestFixtures fixtures = fixtures();
        Account owner = fixtures.account("Token Session Seeker");
        CommunityTestFixtures.Api full = fixtures.api(fixtures.token(owner, EnumSet.allOf(TokenScope.class)));

        HttpResponse<String> account = full.sendForm("GET", "/account", Map.of());

        assertRefusedAsToken(account);
        assertThat(account.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("SESSION"));
        // the same token still does what it is for
        assertThat(full.get("/api/v1/me").statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownTokenOnAPageIsRefusedTheSameWayAsAKnownOne() {
        CommunityTestFixtures.Api forged = fixtures().api("scpat_forged");
        HttpResponse<String> page = forged.sendForm("GET", "/communities", Map.of());
        assertRefusedAsToken(page);
        assertThat(page.body()).doesNotContain("revoked");
    }

    static void assertRefusedAsToken(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.request().method() + " " + response.request().uri()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("only for the API");
    }
}
