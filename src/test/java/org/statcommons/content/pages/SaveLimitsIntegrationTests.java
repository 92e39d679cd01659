package org.statcommons.content.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.content.Pages;
import org.statcommons.identity.Account;
import org.statcommons.support.DefaultModerationLimits;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * The save limits with their defaults, on the server the limits tests share (the shared test server lifts them): anyone
 * may save 30 times a minute and 300 times an hour, through the web and the API alike. Over a limit the answer
 * is 429 with Retry-After and a message giving the limit and when it lifts; nothing is saved, and the web
 * editor keeps the text.
 */
@StatCommonsIntegrationTest
@DefaultModerationLimits
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SaveLimitsIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    @Autowired
    Pages pages;

    Community community;
    String space;
    String api;

    @BeforeAll
    void setUp() {
        community = fixtures.community("Save limits");
        space = "/c/" + community.slug() + "/space";
        api = "/api/v1/communities/" + community.slug() + "/pages";
    }

    private Visitor editor(String name) {
        return fixtures.signedIn(fixtures.member(community, name, CommunityRole.FACILITATOR));
    }

    private static String page(String title, String body) {
        return "{\"title\":\"" + title + "\",\"body\":\"" + body + "\"}";
    }

    @Test
    void theThirtyFirstSaveInAMinuteIsRefusedWith429OnTheApiAndTheWeb() {
        Visitor fast = editor("Fia Fast");
        for (int i = 1; i <= 30; i++) {
            assertThat(fast.api("PUT", api + "/fast/page-" + i, page("Page " + i, "Saved " + i))
                            .status())
                    .as("save " + i)
                    .isEqualTo(200);
        }

        Page refused = fast.api("PUT", api + "/fast/page-31", page("Page 31", "Saved 31"));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, 60L);
        assertThat(refused.body()).contains("at most 30 saves a minute", "try again in");

        Page form = fast.submit(
                space + "/-/edit/fast/page-1",
                space + "/-/edit/fast/page-1",
                fields("title", "Page 1", "body", "My careful rewrite", "summary", "", "baseCommit", ""));
        assertThat(form.status()).isEqualTo(429);
        assertThat(form.headers().firstValue("Retry-After")).isPresent();
        assertThat(form.text()).contains("at most 30 saves a minute", "try again in");
        assertThat(form.body()).as("the editor keeps the text").contains("My careful rewrite");

        assertThat(pages.list(community.id())).extracting(p -> p.path()).doesNotContain("fast/page-31.md");
        assertThat(pages.read(community.id(), "fast/page-1.md").body()).doesNotContain("rewrite");
        assertThat(editor("Sol Slow")
                        .api("PUT", api + "/slow", page("Slow", "Someone else may save"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void the301stSaveInAnHourIsRefusedUntilTheOldestLeavesTheHour() {
        Account account = fixtures.member(community, "Bea Busy", CommunityRole.FACILITATOR);
        Visitor busy = fixtures.signedIn(account);
        db.sql("insert into moderation.saves (account_id, community_id, at) "
                        + "select ?, ?, now() - interval '30 minutes' from generate_series(1, 300)")
                .params(account.id(), community.id())
                .update();

        Page refused = busy.api("PUT", api + "/busy", page("Busy", "One more"));

        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1700L, 1800L);
        assertThat(refused.body()).contains("saved 300 times in the last hour", "try again in 30 minutes");
        assertThat(pages.list(community.id())).extracting(p -> p.path()).doesNotContain("busy.md");
    }
}
