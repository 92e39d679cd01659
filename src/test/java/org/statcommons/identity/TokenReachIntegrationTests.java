package org.statcommons.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.PlatformRole;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * A personal access token reaches only the API (by scope) and Git: the attacks of the security review's
 * finding F1, each tried as it was found. (The permission matrix test walks every page with every kind of
 * token; this test follows the attacks to their consequences.)
 */
@StatCommonsIntegrationTest
class TokenReachIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccessTokens tokens;

    @Autowired
    JdbcClient db;

    @Test
    void aReadOnlyTokenCannotMintAStrongerTokenThroughTheAccountPage() {
        Account owner = fixtures.account("Token Minter");
        Visitor readOnly = fixtures.bearer(fixtures.token(owner, EnumSet.of(TokenScope.READ)));
        int before = tokens.of(owner.id()).size();

        Page minted = readOnly.send("POST", "/account/tokens", Map.of("name", "x", "scopes", "write"));

        assertRefusedAsToken(minted);
        assertThat(minted.body()).doesNotContain("scpat_");
        assertThat(tokens.of(owner.id())).hasSize(before);
        assertRefusedAsToken(readOnly.send("GET", "/account/tokens", Map.of()));
    }

    @Test
    void overTheApiATokenCreatesOnlyTokensWithScopesItHasItself() {
        Account owner = fixtures.account("Token Api Minter");
        Visitor writer = fixtures.bearer(fixtures.token(owner, EnumSet.of(TokenScope.READ, TokenScope.WRITE)));

        Page stronger = writer.api("POST", "/api/v1/me/tokens", "{\"name\":\"more\",\"scopes\":[\"read\",\"git\"]}");
        assertThat(stronger.status()).isEqualTo(400);
        assertThat(stronger.body()).doesNotContain("scpat_");

        Page same = writer.api("POST", "/api/v1/me/tokens", "{\"name\":\"same\",\"scopes\":[\"read\"]}");
        assertThat(same.status()).isEqualTo(201);

        Visitor gitOnly = fixtures.bearer(fixtures.token(owner, EnumSet.of(TokenScope.GIT)));
        Page fromGit = gitOnly.api("POST", "/api/v1/me/tokens", "{\"name\":\"git\",\"scopes\":[\"git\"]}");
        assertThat(fromGit.status()).as("a git token has no API scope at all").isEqualTo(403);
    }

    @Test
    void anAdministratorsTokenReachesNoAdministrationAndNoOutbox() {
        Account administrator = fixtures.account("Token Admin", "FJ", "INTERNATIONAL", PlatformRole.ADMINISTRATOR);
        Account someone = fixtures.account("Token Bystander");
        for (Set<TokenScope> scopes : Set.of(EnumSet.of(TokenScope.READ), EnumSet.allOf(TokenScope.class))) {
            Visitor admin = fixtures.bearer(fixtures.token(administrator, scopes));

            assertRefusedAsToken(
                    admin.send("POST", "/admin/accounts/" + someone.id() + "/role", Map.of("role", "ADMINISTRATOR")));
            Page outbox = admin.send("GET", "/admin/outbox", Map.of());
            assertRefusedAsToken(outbox);
            assertThat(outbox.body()).doesNotContain("/reset/").doesNotContain("/invitations/");
            assertRefusedAsToken(admin.send("GET", "/admin", Map.of()));
        }
        assertThat(db.sql("select platform_role from identity.accounts where id = ?")
                        .param(someone.id())
                        .query(String.class)
                        .single())
                .isEqualTo("NONE");
    }

    @Test
    void aTokenSentToAPageNeverStartsASession() {
        Account owner = fixtures.account("Token Session Seeker");
        Visitor full = fixtures.bearer(fixtures.token(owner, EnumSet.allOf(TokenScope.class)));

        Page account = full.send("GET", "/account", Map.of());

        assertRefusedAsToken(account);
        assertThat(account.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("SESSION"));
        // the same token still does what it is for
        assertThat(full.api("GET", "/api/v1/me", null).status()).isEqualTo(200);
    }

    @Test
    void anUnknownTokenOnAPageIsRefusedTheSameWayAsAKnownOne() {
        Visitor forged = fixtures.bearer("scpat_forged");
        Page page = forged.send("GET", "/communities", Map.of());
        assertRefusedAsToken(page);
        assertThat(page.body()).doesNotContain("revoked");
    }

    static void assertRefusedAsToken(Page response) {
        assertThat(response.status()).as(response.uri().toString()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("only for the API");
    }
}
