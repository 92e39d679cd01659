package org.statcommons.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.statcommons.support.Visitor.fields;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * Hidden content is absent from every channel: a moderator hides a published page and a comment through the
 * queue, and neither reaches anyone through the page view, the public page, the API, search, the Atom feeds,
 * the sitemap, the activity stream or notifications; the page cannot be published again until restored. The
 * stream and notifications hear of it after commit, so those checks wait (boundedly).
 */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HiddenContentIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    Community community;
    String slug;
    String space;
    String api;
    Visitor member;
    Visitor moderator;
    Visitor facilitator;
    Visitor anonymous;
    Visitor outsider;

    @BeforeAll
    void setUp() {
        community = fixtures.community("Hidden content");
        slug = community.slug();
        space = "/c/" + slug + "/space";
        api = "/api/v1/communities/" + slug;
        member = fixtures.signedIn(fixtures.member(community, "Mele Member", CommunityRole.MEMBER));
        moderator = fixtures.signedIn(fixtures.member(community, "Moana Moderator", CommunityRole.MODERATOR));
        facilitator = fixtures.signedIn(fixtures.member(community, "Pita Facilitator", CommunityRole.FACILITATOR));
        anonymous = fixtures.anonymous();
        outsider = fixtures.signedIn(fixtures.account("Olo Outsider"));
    }

    private String search(Visitor who, String word) {
        Page answer = who.api("GET", "/api/v1/search?q=" + word, null);
        assertThat(answer.status()).isEqualTo(200);
        return answer.body();
    }

    private String activity(Visitor who) {
        return who.api("GET", api + "/activity", null).body();
    }

    private String notifications(Visitor who) {
        return who.api("GET", "/api/v1/notifications", null).body();
    }

    private long entryOf(String item) {
        return db.sql("select id from moderation.reports where item = ? order by id desc limit 1")
                .param(item)
                .query(Long.class)
                .single();
    }

    @Test
    void aHiddenPageAndCommentReachNobody() {
        String tag = Long.toString(System.nanoTime(), 36);
        String pageWord = "leakedpage" + tag;
        String commentWord = "rudecomment" + tag;
        String title = "Leaked " + tag;
        assertThat(fixtures.page(facilitator, community, "leak", title, "The " + pageWord + " figures.")
                        .status())
                .isEqualTo(200);
        Page view = facilitator.get(space + "/leak");
        assertThat(facilitator
                        .post(space + "/-/publish/leak", fields("_csrf", view.csrf()))
                        .text())
                .contains("Published:");
        Page commented = member.api(
                "POST",
                api + "/page-comments/leak",
                "{\"body\":\"A " + commentWord + " remark, @\\\"Pita Facilitator\\\"\"}");
        assertThat(commented.status()).isEqualTo(201);
        long commentId = db.sql("select max(id) from comments.comments")
                .query(Long.class)
                .single();
        String pageItem = "page:" + community.id() + "/leak.md";
        String commentItem = "comment:" + commentId;

        // before: every channel has them
        assertThat(anonymous.get("/c/" + slug + "/p/leak").text()).contains(pageWord);
        assertThat(anonymous.get("/c/" + slug + "/feed.atom").body()).contains(title);
        assertThat(anonymous.get("/sitemap.xml").body()).contains("/c/" + slug + "/p/leak");
        assertThat(search(anonymous, pageWord)).contains("PUBLISHED");
        assertThat(search(member, pageWord)).contains("\"kind\":\"PAGE\"");
        assertThat(search(member, commentWord)).contains("COMMENT");
        await().atMost(PATIENCE)
                .until(() -> activity(anonymous).contains(title)
                        && activity(member).contains(commentWord)
                        && notifications(facilitator).contains(commentWord));
        assertThat(anonymous.get("/c/" + slug + "/activity.atom").body()).contains(title);
        assertThat(anonymous.get("/c/" + slug + "/p/leak").body())
                .as("the public page has a flag link")
                .contains("/flag?item=page%3A" + community.id() + "%2Fleak.md");

        // flagged (the public page by someone who is not a member), then hidden by a moderator
        assertThat(outsider.submit(
                                "/flag?item=" + pageItem, "/flag", fields("item", pageItem, "reason", "CONFIDENTIAL"))
                        .text())
                .contains("Thank you");
        assertThat(member.submit(space + "/leak", "/flag", fields("item", commentItem, "reason", "DISRESPECT"))
                        .text())
                .contains("Thank you");
        String queue = "/c/" + slug + "/moderation";
        assertThat(moderator
                        .submit(
                                queue,
                                queue + "/reports/" + entryOf(pageItem),
                                fields("decision", "hide", "reason", "Confidential figures."))
                        .text())
                .contains("Hidden everywhere");
        assertThat(moderator
                        .submit(
                                queue,
                                queue + "/reports/" + entryOf(commentItem),
                                fields("decision", "hide", "reason", "Rude."))
                        .text())
                .contains("Hidden everywhere");

        // page view: members see a notice, not the text; moderators still see it to judge
        Page memberView = member.get(space + "/leak");
        assertThat(memberView.status()).isEqualTo(200);
        assertThat(memberView.text())
                .contains("This page was hidden by a moderator")
                .doesNotContain(pageWord)
                .doesNotContain(commentWord);
        assertThat(moderator.get(space + "/leak").text()).contains(pageWord).contains("Moderators still see its text");
        assertThat(member.get(space + "/-/raw/leak").status()).isEqualTo(404);
        assertThat(member.get(space + "/-/blame/leak").status()).isEqualTo(404);
        // public page, feed and sitemap
        assertThat(anonymous.get("/c/" + slug + "/p/leak").status()).isEqualTo(404);
        assertThat(anonymous.get("/c/" + slug + "/feed.atom").body()).doesNotContain(title);
        assertThat(anonymous.get("/sitemap.xml").body()).doesNotContain("/c/" + slug + "/p/leak");
        // API
        Page json = member.api("GET", api + "/pages/leak", null);
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.body())
                .contains("\"hidden\":true")
                .contains("\"body\":null")
                .doesNotContain(pageWord);
        Page threads = member.api("GET", api + "/page-comments/leak", null);
        assertThat(threads.body()).contains("\"state\":\"HIDDEN\"").doesNotContain(commentWord);
        // search, for members and for the public
        assertThat(search(member, pageWord)).contains("\"results\":[]");
        assertThat(search(member, commentWord)).contains("\"results\":[]");
        assertThat(search(anonymous, pageWord)).contains("\"results\":[]");
        assertThat(search(moderator, pageWord)).contains("\"results\":[]");
        // the activity stream (and its public feed) and notifications, once they have heard
        await().atMost(PATIENCE)
                .until(() -> !activity(anonymous).contains(title)
                        && !activity(member).contains(title)
                        && !activity(member).contains(commentWord)
                        && !notifications(facilitator).contains(commentWord));
        assertThat(anonymous.get("/c/" + slug + "/activity.atom").body()).doesNotContain(title);
        assertThat(member.get("/c/" + slug + "/activity").text())
                .doesNotContain(commentWord)
                .doesNotContain(title);
        assertThat(facilitator.get("/notifications").text()).doesNotContain(commentWord);
        // the author of the comment is told, in the app too
        await().atMost(PATIENCE).until(() -> notifications(member).contains("A moderator hid"));
        // and it cannot be published again
        Page republish = facilitator.post(
                space + "/-/publish/leak",
                fields("_csrf", facilitator.get(space + "/leak").csrf()));
        assertThat(republish.status()).isEqualTo(409);
        assertThat(republish.text()).contains("A moderator has hidden this page");
        assertThat(anonymous.get("/c/" + slug + "/p/leak").status()).isEqualTo(404);

        // restored: members read it and find it again; publishing is again the facilitators' choice
        assertThat(moderator
                        .submit(queue, queue + "/reports/" + entryOf(pageItem), fields("decision", "restore"))
                        .text())
                .contains("Restored");
        assertThat(member.get(space + "/leak").text())
                .contains(pageWord)
                .doesNotContain("This page was hidden by a moderator");
        assertThat(search(member, pageWord)).contains("\"kind\":\"PAGE\"");
        assertThat(anonymous.get("/c/" + slug + "/p/leak").status()).isEqualTo(404);
        Page published = facilitator.post(
                space + "/-/publish/leak",
                fields("_csrf", facilitator.get(space + "/leak").csrf()));
        assertThat(published.text()).contains("Published:");
        assertThat(anonymous.get("/c/" + slug + "/p/leak").text()).contains(pageWord);
    }
}
