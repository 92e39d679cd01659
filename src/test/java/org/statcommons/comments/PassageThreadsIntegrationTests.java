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
import org.statcommons.content.HiddenPages;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * Threads on one passage of a page, through the forms and the API: the passage as read is the one commented on even
 * when the page changed meanwhile elsewhere; a passage changed meanwhile, one that does not exist, a version that is
 * no version, a text too long are refused with a message and nothing written; what the passage holds (HTML,
 * Markdown) is quoted as text; the published page shows neither comments nor links to comment.
 */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PassageThreadsIntegrationTests {

    private static final Pattern THREAD = Pattern.compile("#thread-(\\d+)$");
    private static final String SECOND = "Weights come from the household budget survey.";

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    @Autowired
    HiddenPages hiddenPages;

    Community community;
    String space;
    String api;
    Visitor facilitator;
    Visitor member;

    @BeforeAll
    void setUp() {
        community = fixtures.community("Passage comments");
        space = Fixtures.space(community);
        api = "/api/v1/communities/" + community.slug();
        facilitator = fixtures.signedIn(fixtures.member(community, "Lina Facilitator", CommunityRole.FACILITATOR));
        member = fixtures.signedIn(fixtures.member(community, "Rafael Member", CommunityRole.MEMBER));
    }

    private String page(String path, String body) {
        assertThat(fixtures.page(facilitator, community, path, "Page " + path, body)
                        .status())
                .isEqualTo(200);
        return space + "/" + path;
    }

    private String latest() {
        return db.sql("select id from content.commits where community_id = ? order by seq desc limit 1")
                .param(community.id())
                .query(String.class)
                .single();
    }

    private void edit(String path, String body) {
        Page saved = facilitator.api(
                "PUT",
                api + "/pages/" + path,
                "{\"title\":\"Page " + path + "\",\"body\":" + json(body) + ",\"baseCommit\":\"" + latest()
                        + "\",\"summary\":\"edit\"}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private Page comment(String path, String passage, String version, String body) {
        return member.submitNoFollow(
                space + "/" + path,
                "/c/" + community.slug() + "/page-comments/" + path,
                fields("body", body, "passage", passage, "version", version));
    }

    private long threads() {
        return db.sql("select count(*) from comments.threads where community_id = ?")
                .param(community.id())
                .query(Long.class)
                .single();
    }

    private static long threadId(Page answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(302);
        Matcher thread = THREAD.matcher(answer.location());
        assertThat(thread.find()).as(answer.location()).isTrue();
        return Long.parseLong(thread.group(1));
    }

    /** The part of the page view that is the passage with this number, when it has threads or a form open. */
    private static String passageBox(Page page, int number) {
        String body = page.body();
        int start = body.indexOf("<div class=\"passage\" id=\"passage-" + number + "\"");
        assertThat(start).as("passage " + number + " has its box").isPositive();
        int next = body.indexOf("<div class=\"passage\"", start + 10);
        int end = body.indexOf("id=\"comments\"", start);
        return body.substring(start, next > 0 && next < end ? next : end);
    }

    /** The page a refused form comes back to, with its message and text (they are shown once). */
    private Page shown(Page refused) {
        return member.get(refused.location().replace("#new-thread", ""));
    }

    @Test
    void aThreadSitsBesideThePassageReadAndFollowsItWhenOtherPassagesChange() {
        String view = page("cpi", "# Prices\n\nThe index covers all households.\n\n" + SECOND + "\n\nEnd.");
        Page read = member.get(view);
        // one small link per passage with words, none for a thematic break
        assertThat(read.body().split("class=\"comment-on\"", -1)).hasSize(5);
        String version = latest();
        Page form = member.get(view + "?comment-on=3");
        assertThat(passageBox(form, 3)).contains("id=\"new-thread\"", SECOND, "name=\"passage\" value=\"3\"");

        // meanwhile someone adds a first paragraph and edits another: the passage read is still found
        edit(
                "cpi",
                "Draft, do not cite.\n\n# Prices\n\nThe index covers private households.\n\n" + SECOND + "\n\nEnd.");
        long thread = threadId(comment("cpi", "3", version, "Which survey year?"));
        assertThat(db.sql("select passage_text || '|' || passage_index from comments.threads where id = ?")
                        .param(thread)
                        .query(String.class)
                        .single())
                .isEqualTo(SECOND + "|4");
        assertThat(passageBox(member.get(view), 4)).contains("thread-" + thread, "Which survey year?", SECOND);

        // edits of other passages never move it
        edit("cpi", "# Prices\n\nAll households.\n\nA new paragraph.\n\n" + SECOND + "\n\nEnd, rewritten.");
        assertThat(passageBox(member.get(view), 4)).contains("thread-" + thread, SECOND);

        // its passage rewritten: listed with the passage as it was, still answerable
        edit("cpi", "# Prices\n\nAll households.\n\nWeights now come from national accounts.\n\nEnd.");
        Page after = member.get(view);
        String section = after.body().substring(after.body().indexOf("id=\"comments\""));
        assertThat(section)
                .contains("On passages that were changed or removed", SECOND, "thread-" + thread, "Reply", "Resolve");
        assertThat(member.submit(
                                view,
                                "/c/" + community.slug() + "/threads/" + thread + "/replies",
                                fields("body", "It was 2019."))
                        .status())
                .isEqualTo(200);
        assertThat(member.get(view).body()).contains("It was 2019.");
    }

    @Test
    void refusedPassagesSayWhyAndChangeNothing() {
        String view = page("refused", "First.\n\n" + SECOND + "\n\n---\n\nLast.");
        String version = latest();
        long before = threads();

        Page missing = comment("refused", "99", version, "Lost words");
        assertThat(missing.status()).isEqualTo(302);
        assertThat(missing.location()).endsWith("/refused?comment-on=99#new-thread");
        assertThat(shown(missing).body())
                .contains(
                        "That passage is not on this page (any more)",
                        StartCommentThread.NO_SUCH_PASSAGE.english(),
                        "Lost words");

        for (String hostile : new String[] {"abc", "-1", "0", "3", "9999999999", "2 OR 1=1"}) {
            Page refused = comment("refused", hostile, version, "Words");
            assertThat(refused.status()).as(hostile).isEqualTo(302);
            assertThat(refused.location()).as(hostile).contains("?comment-on=");
            assertThat(shown(refused).body()).as(hostile).contains("Words", "There is no such passage");
        }
        for (String unknown : new String[] {"not-a-version", "0".repeat(40), "f".repeat(100_000)}) {
            Page refused = comment("refused", "2", unknown, "Words");
            assertThat(refused.location()).endsWith("?comment-on=2#new-thread");
            assertThat(shown(refused).body()).contains("Words", "There is no such passage");
        }
        // too long: the passage's form again, with the text and the message
        Page tooLong = comment("refused", "2", version, "x".repeat(10_001));
        assertThat(tooLong.location()).endsWith("?comment-on=2#new-thread");
        assertThat(passageBox(shown(tooLong), 2)).contains("field-error", "x".repeat(10_001));

        // the passage changed while the comment was written
        edit("refused", "First.\n\nWeights come from national accounts.\n\n---\n\nLast.");
        Page changed = comment("refused", "2", version, "My careful words");
        assertThat(changed.location()).endsWith("?comment-on=2#new-thread");
        String again = shown(changed).body();
        assertThat(again).contains("was changed while you were writing", "My careful words");
        assertThat(threads()).isEqualTo(before);
    }

    @Test
    void whatThePassageHoldsIsQuotedAsTextAndThePublishedPageShowsNoComments() {
        String view = page(
                "hostile",
                "Intro.\n\n<script>alert(1)</script> **bold** [x](javascript:alert(2))\n\n" + "y".repeat(5000));
        String version = latest();
        long thread = threadId(comment("hostile", "2", version, "Odd paragraph."));
        Page read = member.get(view);
        assertThat(read.body()).doesNotContain("<script>alert").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        // a long passage is kept shortened
        long huge = threadId(comment("hostile", "3", version, "Long one."));
        assertThat(db.sql("select length(passage_text) from comments.threads where id = ?")
                        .param(huge)
                        .query(Integer.class)
                        .single())
                .isEqualTo(PassageAnchor.MAX_TEXT);
        assertThat(passageBox(read, 2)).contains("thread-" + thread);

        Page published = facilitator.submit(view, space + "/-/publish/hostile", fields("version", latest()));
        assertThat(published.status()).isEqualTo(200);
        Page open = fixtures.anonymous().get("/c/" + community.slug() + "/p/hostile.md");
        assertThat(open.status()).isEqualTo(200);
        assertThat(open.body()).contains("Intro.").doesNotContain("comment-on", "Odd paragraph.", "id=\"passage-");
    }

    @Test
    void theApiStartsAThreadOnAPassageAndShowsIt() {
        page("api", "One.\n\n" + SECOND);
        Page started = member.api(
                "POST",
                api + "/page-comments/api",
                "{\"body\":\"Via the API\",\"passage\":2,\"version\":\"" + latest() + "\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        assertThat(started.body()).contains("\"passage\":{\"text\":\"" + SECOND + "\",\"number\":2}");
        Page onPage = member.api("POST", api + "/page-comments/api", "{\"body\":\"On the page\"}");
        assertThat(onPage.body()).contains("\"passage\":null");
        Page refused = member.api("POST", api + "/page-comments/api", "{\"body\":\"No\",\"passage\":7}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"passage\"", "There is no such passage");
    }

    @Test
    void aPageHiddenByAModeratorIsNotQuotedByItsThreads() {
        String view = page("hidden", "One.\n\nSecret wording of the second paragraph.");
        long thread = threadId(comment("hidden", "2", latest(), "About this."));
        hiddenPages.mark(community.id(), "hidden.md", true);
        try {
            Page read = member.get(view);
            assertThat(read.body()).contains("thread-" + thread, "About this.").doesNotContain("Secret wording");
            Page json = member.api("GET", api + "/threads/" + thread, null);
            assertThat(json.body()).contains("\"passage\":{\"text\":null,\"number\":2}");
        } finally {
            hiddenPages.mark(community.id(), "hidden.md", false);
        }
        assertThat(member.get(view).body()).contains("Secret wording");
    }

    @Test
    void aMovedPageKeepsItsThreadsBesideTheirPassages() {
        String view = page("before-move", "One.\n\n" + SECOND);
        long thread = threadId(comment("before-move", "2", latest(), "Still here after the move?"));
        Page moved = facilitator.submit(
                space + "/-/move/before-move",
                space + "/-/move/before-move",
                fields("to", "methods/after-move", "summary", ""));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        Page read = member.get(space + "/methods/after-move");
        assertThat(read.status()).isEqualTo(200);
        assertThat(passageBox(read, 2)).contains("thread-" + thread, "Still here after the move?", SECOND);
        assertThat(member.get(view).status()).isEqualTo(200);
    }
}
