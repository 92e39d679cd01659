package org.statcommons.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * Comment threads under pages, driven through the forms and the API as people would: start, reply, mention,
 * edit and delete one's own, moderators hide, resolve and reopen; hostile Markdown rendered harmless; threads
 * follow moved pages; and no comment reaches anyone who may not read the space.
 */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommentsIntegrationTests {

    private static final Pattern THREAD = Pattern.compile("#thread-(\\d+)$");

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    Community community;
    String space;
    String api;
    Account meleAccount;
    Account sioneAccount;
    Visitor facilitator;
    Visitor mele;
    Visitor sione;
    Visitor moderator;
    Visitor guest;
    Visitor nonMember;

    @BeforeAll
    void setUp() {
        community = fixtures.community("Comments");
        space = "/c/" + community.slug() + "/space";
        api = "/api/v1/communities/" + community.slug();
        facilitator = fixtures.signedIn(fixtures.member(community, "Pita Facilitator", CommunityRole.FACILITATOR));
        meleAccount = fixtures.member(community, "Mele Taufa", CommunityRole.MEMBER);
        mele = fixtures.signedIn(meleAccount);
        sioneAccount = fixtures.member(community, "Sione Vake", CommunityRole.MEMBER);
        sione = fixtures.signedIn(sioneAccount);
        moderator = fixtures.signedIn(fixtures.member(community, "Moana Moderator", CommunityRole.MODERATOR));
        guest = fixtures.signedIn(fixtures.member(community, "Gita Guest", CommunityRole.GUEST));
        nonMember = fixtures.signedIn(fixtures.account("Olo Outsider"));
    }

    private String page(String path, String title) {
        Page created = fixtures.page(facilitator, community, path, title, "Text of " + title);
        assertThat(created.status()).isEqualTo(200);
        return space + "/" + path;
    }

    /** Starts a thread through the page's form; returns the thread id. */
    private long startThread(Visitor who, String pagePath, String body) {
        Page answer = who.submitNoFollow(
                space + "/" + pagePath, "/c/" + community.slug() + "/page-comments/" + pagePath, fields("body", body));
        assertThat(answer.status()).as(answer.body()).isEqualTo(302);
        Matcher thread = THREAD.matcher(answer.location());
        assertThat(thread.find()).as(answer.location()).isTrue();
        return Long.parseLong(thread.group(1));
    }

    private long lastCommentId() {
        return db.sql("select max(id) from comments.comments").query(Long.class).single();
    }

    private String commentsSection(Page page) {
        int start = page.body().indexOf("id=\"comments\"");
        assertThat(start).as("the page has a comments section").isPositive();
        return page.body().substring(start);
    }

    @Test
    void aThreadFromStartToResolution() {
        String view = page("budget", "Budget");
        long thread =
                startThread(mele, "budget", "Should we *split* table 3? Ask @\"Sione Vake\" or @PitaFacilitator.");
        long first = lastCommentId();
        String section = commentsSection(mele.get(view));
        assertThat(section).contains("Should we <em>split</em> table 3?").contains("Mele Taufa");

        // a reply mentioning someone by handle, someone unknown, and an e-mail address (not a mention)
        Page replied = sione.submit(
                view,
                "/c/" + community.slug() + "/threads/" + thread + "/replies",
                fields("body", "Yes, @meletaufa. Not @nobody, not mele@example.org."));
        assertThat(replied.status()).isEqualTo(200);
        long reply = lastCommentId();
        assertThat(db.sql("select account_id from comments.mentions where comment_id = ?")
                        .param(reply)
                        .query(Long.class)
                        .list())
                .containsExactly(meleAccount.id());
        assertThat(db.sql("select count(*) from comments.mentions where comment_id = ?")
                        .param(first)
                        .query(Integer.class)
                        .single())
                .as("Sione and the facilitator")
                .isEqualTo(2);

        // the author edits; someone else may not, by form or API
        assertThat(sione.get("/c/" + community.slug() + "/comments/" + first + "/edit")
                        .status())
                .isEqualTo(403);
        Page forged = sione.submit(
                view, "/c/" + community.slug() + "/comments/" + first + "/edit", fields("body", "Hijacked"));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(sione.api("PATCH", api + "/comments/" + first, "{\"body\":\"Hijacked\"}")
                        .status())
                .isEqualTo(403);
        assertThat(sione.submit(view, "/c/" + community.slug() + "/comments/" + first + "/delete", fields())
                        .status())
                .isEqualTo(403);
        Page edited = mele.submit(
                "/c/" + community.slug() + "/comments/" + first + "/edit",
                "/c/" + community.slug() + "/comments/" + first + "/edit",
                fields("body", "Should we merge table 3?"));
        assertThat(edited.status()).isEqualTo(200);
        assertThat(commentsSection(edited))
                .contains("Should we merge table 3?")
                .contains("(edited)")
                .doesNotContain("Hijacked");

        // a plain member may not hide; a moderator may, and the text disappears for everyone
        assertThat(mele.submit(view, "/c/" + community.slug() + "/comments/" + reply + "/hide", fields())
                        .status())
                .isEqualTo(403);
        assertThat(moderator
                        .submit(view, "/c/" + community.slug() + "/comments/" + reply + "/hide", fields())
                        .status())
                .isEqualTo(200);
        assertThat(commentsSection(mele.get(view)))
                .contains("hidden by a moderator")
                .doesNotContain("Not @nobody");

        // deleting keeps a placeholder; the text is gone from the database too
        assertThat(mele.submit(view, "/c/" + community.slug() + "/comments/" + first + "/delete", fields())
                        .status())
                .isEqualTo(200);
        assertThat(commentsSection(sione.get(view)))
                .contains("This comment was deleted.")
                .doesNotContain("merge table 3");
        assertThat(db.sql("select body from comments.comments where id = ?")
                        .param(first)
                        .query(String.class)
                        .single())
                .isEmpty();
        assertThat(mele.api("PATCH", api + "/comments/" + first, "{\"body\":\"Back\"}")
                        .status())
                .isEqualTo(409);

        // resolve, then reopen
        assertThat(sione.submit(view, "/c/" + community.slug() + "/threads/" + thread + "/resolve", fields())
                        .status())
                .isEqualTo(200);
        assertThat(commentsSection(mele.get(view)))
                .contains("1 resolved thread")
                .contains("Resolved by <bdi>Sione Vake</bdi>");
        Page json = mele.api("GET", api + "/threads/" + thread, null);
        assertThat(json.body())
                .contains("\"resolved\":true")
                .contains("\"state\":\"DELETED\"")
                .contains("\"state\":\"HIDDEN\"");
        assertThat(mele.submit(view, "/c/" + community.slug() + "/threads/" + thread + "/reopen", fields())
                        .status())
                .isEqualTo(200);
        assertThat(mele.api("GET", api + "/threads/" + thread, null).body()).contains("\"resolved\":false");
    }

    @Test
    void theApiCoversTheSameFlow() {
        page("api-page", "Api page");
        Page started = mele.api("POST", api + "/page-comments/api-page", "{\"body\":\"From the **API**, @SioneVake\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        assertThat(started.body())
                .contains("<strong>API</strong>")
                .contains("\"mentions\":[" + sioneAccount.id() + "]");
        long thread = Long.parseLong(started.location().replaceAll(".*/threads/", ""));
        assertThat(guest.api("POST", api + "/threads/" + thread + "/replies", "{\"body\":\"A guest's answer\"}")
                        .status())
                .isEqualTo(200);
        Page list = sione.api("GET", api + "/page-comments/api-page.md", null);
        assertThat(list.body()).contains("From the **API**").contains("A guest's answer");
        assertThat(mele.api("POST", api + "/page-comments/api-page", "{\"body\":\"   \"}")
                        .status())
                .isEqualTo(400);
        assertThat(mele.api("POST", api + "/page-comments/api-page", "{\"body\":\"" + "x".repeat(10_001) + "\"}")
                        .status())
                .isEqualTo(400);
        assertThat(mele.api("POST", api + "/page-comments/no-such-page", "{\"body\":\"Hello\"}")
                        .status())
                .isEqualTo(404);
        assertThat(guest.api("POST", api + "/comments/" + lastCommentId() + "/hide", null)
                        .status())
                .isEqualTo(403);
        assertThat(moderator
                        .api("POST", api + "/comments/" + lastCommentId() + "/hide", null)
                        .body())
                .contains("\"state\":\"HIDDEN\"");
    }

    @Test
    void anEmptyCommentIsRefusedNextToTheForm() {
        String view = page("empty", "Empty");
        Page answer = mele.submit(view, "/c/" + community.slug() + "/page-comments/empty", fields("body", " \u0007 "));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.path()).endsWith("/space/empty");
        assertThat(commentsSection(answer)).contains("field-error");
        assertThat(db.sql("select count(*) from comments.threads where community_id = ? and page_path = 'empty.md'")
                        .param(community.id())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void hostileMarkdownIsHarmless() {
        String view = page("hostile", "Hostile");
        startThread(mele, "hostile", """
                <script>alert(1)</script> [click](javascript:alert(2)) <img src=x onerror=alert(3)>
                ![pixel](https://tracker.example/p.png) <a href="https://x.example" onclick="alert(4)">a</a>
                # Shouting
                <svg><script>alert(5)</script></svg> [data](data:text/html;base64,PHNjcmlwdD4=)""");
        String section = commentsSection(mele.get(view));
        String comment = section.substring(0, section.indexOf("</article>"));
        assertThat(comment)
                .doesNotContain("<script")
                .doesNotContain("href=\"javascript")
                .doesNotContain(" onerror=")
                .doesNotContain(" onclick=")
                .doesNotContain("tracker.example")
                .doesNotContain("<img")
                .doesNotContain("<svg")
                .doesNotContain("<h1")
                .doesNotContain("href=\"data:")
                .contains("&lt;script&gt;")
                .contains("Shouting");
    }

    @Test
    void aCommentTooDeepToFormatIsShownAsWritten() {
        // F3: a comment of 10,000 ">" (the longest a comment may be) answered 500 on every view of its page
        String view = page("deep-comment", "Deep comment");
        startThread(mele, "deep-comment", ">".repeat(CommentRecorder.MAX_LENGTH));
        Page page = sione.get(view);
        assertThat(page.status()).isEqualTo(200);
        String comment = commentsSection(page);
        assertThat(comment)
                .contains("This text could not be formatted (it nests more than 100 levels deep", "&gt;&gt;&gt;")
                .doesNotContain("<blockquote");
        assertThat(sione.api("GET", api + "/page-comments/deep-comment", null).status())
                .isEqualTo(200);
    }

    @Test
    void threadsFollowTheirPageWhenItMoves() {
        page("old-place", "Wanderer");
        long thread = startThread(mele, "old-place", "Travelling comment");
        Page moved = facilitator.submit(space + "/old-place", space + "/-/move/old-place", fields("to", "new-place"));
        assertThat(moved.status()).isEqualTo(200);
        assertThat(commentsSection(mele.get(space + "/new-place")))
                .contains("Travelling comment")
                .contains("thread-" + thread);
        assertThat(mele.api("GET", api + "/page-comments/new-place", null).body())
                .contains("Travelling comment");
        assertThat(mele.api("GET", api + "/page-comments/old-place", null).body())
                .isEqualTo("[]");
    }

    @Test
    void commentsReachNobodyWhoMayNotReadTheSpace() {
        String view = page("private", "Private");
        String secret = "Comment-secret-" + System.nanoTime();
        long thread = startThread(mele, "private", secret);
        long comment = lastCommentId();
        Account leaving = fixtures.member(community, "Leaving Member", CommunityRole.MEMBER);
        Visitor removed = fixtures.signedIn(leaving);
        startThread(removed, "private", "Mine before I left");
        long own = lastCommentId();
        fixtures.remove(community, leaving);
        // published: the public page shows no comments
        assertThat(facilitator
                        .submit(view, space + "/-/publish/private", fields())
                        .status())
                .isEqualTo(200);
        Visitor anonymous = fixtures.anonymous();
        Page published = anonymous.get("/c/" + community.slug() + "/p/private");
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.body()).doesNotContain(secret).doesNotContain("id=\"comments\"");

        for (Visitor outsider : new Visitor[] {anonymous, nonMember, removed}) {
            assertThat(outsider.get(view).body()).doesNotContain(secret);
            Page list = outsider.api("GET", api + "/page-comments/private", null);
            assertThat(list.status()).isIn(401, 403);
            assertThat(list.body()).doesNotContain(secret);
            assertThat(outsider.api("GET", api + "/threads/" + thread, null).body())
                    .doesNotContain(secret);
            assertThat(outsider.api("POST", api + "/threads/" + thread + "/replies", "{\"body\":\"Let me in\"}")
                            .status())
                    .isIn(401, 403);
        }
        assertThat(removed.api("PATCH", api + "/comments/" + own, "{\"body\":\"Changed after leaving\"}")
                        .status())
                .isEqualTo(403);
        assertThat(removed.api("DELETE", api + "/comments/" + comment, null).status())
                .isEqualTo(403);
        assertThat(db.sql(
                                "select count(*) from comments.comments where body like '%Let me in%' or body like '%after leaving%'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}
