package org.statcommons.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.DefaultModerationLimits;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * The posting limits with their defaults, on the server the limits tests share (the shared test server lifts them,
 * since every test account is new): a new account may put two links in a post and write three posts an hour;
 * everyone may write ten posts a minute. Over a limit the answer is 429 with Retry-After, and nothing is stored.
 */
@StatCommonsIntegrationTest
@DefaultModerationLimits
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostingLimitsIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    Community community;
    String space;
    String api;

    @BeforeAll
    void setUp() {
        community = fixtures.community("Limits");
        space = "/c/" + community.slug() + "/space";
        api = "/api/v1/communities/" + community.slug();
        Visitor facilitator =
                fixtures.signedIn(fixtures.member(community, "Pita Facilitator", CommunityRole.FACILITATOR));
        assertThat(fixtures.page(facilitator, community, "notes", "Notes", "Notes")
                        .status())
                .isEqualTo(200);
    }

    private int comments(Account author) {
        return db.sql("select count(*) from comments.comments where author_id = ?")
                .param(author.id())
                .query(Integer.class)
                .single();
    }

    @Test
    void aNewAccountPutsAtMostTwoLinksInAPost() {
        Account newcomer = fixtures.member(community, "Nina Newcomer", CommunityRole.MEMBER);
        Visitor nina = fixtures.signedIn(newcomer);
        String threeLinks = "See https://a.example, http://b.example and www.c.example";
        Page refused = nina.api("POST", api + "/page-comments/notes", "{\"body\":\"" + threeLinks + "\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("at most 2 links").contains("this one has 3");
        Page form = nina.submit(
                space + "/notes", "/c/" + community.slug() + "/page-comments/notes", fields("body", threeLinks));
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.text()).contains("at most 2 links");
        assertThat(comments(newcomer)).isZero();
        assertThat(nina.api(
                                "POST",
                                api + "/page-comments/notes",
                                "{\"body\":\"See https://a.example and https://b.example\"}")
                        .status())
                .isEqualTo(201);
    }

    @Test
    void aNewAccountsFourthPostInAnHourIsRefusedWith429() {
        Account newcomer = fixtures.member(community, "Nalu Newcomer", CommunityRole.MEMBER);
        Visitor nalu = fixtures.signedIn(newcomer);
        for (int i = 1; i <= 3; i++) {
            assertThat(nalu.api("POST", api + "/page-comments/notes", "{\"body\":\"Post " + i + "\"}")
                            .status())
                    .isEqualTo(201);
        }
        Page refused = nalu.api("POST", api + "/page-comments/notes", "{\"body\":\"Post 4\"}");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        long retryAfter =
                Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(3000L, 3600L);
        assertThat(refused.body()).contains("at most 3 posts an hour");
        Page page = nalu.submit(
                space + "/notes", "/c/" + community.slug() + "/page-comments/notes", fields("body", "Post 4"));
        assertThat(page.status()).isEqualTo(429);
        assertThat(page.headers().firstValue("Retry-After")).isPresent();
        assertThat(page.text()).contains("at most 3 posts an hour");
        assertThat(comments(newcomer)).isEqualTo(3);
    }

    @Test
    void everyoneIsLimitedToTenPostsAMinute() {
        Account regular = fixtures.member(community, "Rua Regular", CommunityRole.MEMBER);
        // an established account: older than a day, with posts accepted before
        db.sql("update identity.accounts set created_at = now() - interval '30 days' where id = ?")
                .param(regular.id())
                .update();
        db.sql(
                        "insert into moderation.posts (account_id, community_id, links, at) select ?, ?, 0, now() - interval '2 days' from generate_series(1, 3)")
                .params(regular.id(), community.id())
                .update();
        Visitor rua = fixtures.signedIn(regular);
        for (int i = 1; i <= 10; i++) {
            assertThat(rua.api(
                                    "POST",
                                    api + "/page-comments/notes",
                                    "{\"body\":\"Quick " + i
                                            + " https://x.example https://y.example https://z.example\"}")
                            .status())
                    .as("post " + i)
                    .isEqualTo(201);
        }
        Page refused = rua.api("POST", api + "/page-comments/notes", "{\"body\":\"Quick 11\"}");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, 60L);
        assertThat(comments(regular)).isEqualTo(10);
    }
}
