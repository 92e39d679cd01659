package org.statcommons.discussions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.statcommons.support.Visitor.fields;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * "Quote" without a script: the post's button sends the reply form, and the form comes back with what was typed and
 * the quote after it; nothing is posted. A post that cannot be quoted leaves the typed text as it was.
 */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuoteIntoTypedReplyIntegrationTests {

    private static final Pattern TEXTAREA =
            Pattern.compile("<textarea id=\"reply-body\"[^>]*>(.*?)</textarea>", Pattern.DOTALL);

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    Visitor member;
    String base;
    long discussion;
    long opening;

    @BeforeAll
    void setUp() {
        Community community = fixtures.community("Quoting");
        Visitor asker = fixtures.signedIn(fixtures.member(community, "Mele Taufa", CommunityRole.MEMBER));
        member = fixtures.signedIn(fixtures.member(community, "Sione Vea", CommunityRole.MEMBER));
        base = "/c/" + community.slug() + "/discussions";
        Page started = asker.submitNoFollow(
                base + "/new", base, fields("topic", "", "title", "Census timing", "body", "When should it be held?"));
        Matcher id = Pattern.compile("/discussions/(\\d+)").matcher(started.location());
        assertThat(id.find()).isTrue();
        discussion = Long.parseLong(id.group(1));
        opening = db.sql("select min(id) from discussions.posts where thread_id = ?")
                .param(discussion)
                .query(Long.class)
                .single();
    }

    private int posts() {
        return db.sql("select count(*) from discussions.posts where thread_id = ?")
                .param(discussion)
                .query(Integer.class)
                .single();
    }

    private Page quote(String typed, Object post) {
        return member.submitNoFollow(
                base + "/" + discussion, base + "/" + discussion + "/replies", fields("body", typed, "quote", post));
    }

    private static String reply(Page page) {
        Matcher m = TEXTAREA.matcher(page.body());
        assertThat(m.find()).as(page.body()).isTrue();
        return HtmlUtils.htmlUnescape(m.group(1));
    }

    @Test
    void theQuoteComesAfterWhatWasTypedAndNothingIsPosted() {
        int before = posts();
        Page page = quote("In the dry season.  \n", opening);
        assertThat(page.status()).isEqualTo(200);
        assertThat(reply(page))
                .isEqualTo("In the dry season.\n\n> [Mele Taufa wrote](" + base + "/" + discussion + "#post-" + opening
                        + "):\n>\n> When should it be held?\n\n");
        assertThat(page.body()).contains("name=\"quotes\" value=\"" + opening + "\"");
        assertThat(posts()).isEqualTo(before);
    }

    @Test
    void withNothingTypedTheQuoteAloneFillsTheForm() {
        assertThat(reply(quote("", opening))).startsWith("> [Mele Taufa wrote](");
    }

    @Test
    void aPostThatCannotBeQuotedLeavesTheTypedTextAsItWas() {
        int before = posts();
        assertThat(reply(quote("My draft", 999_999_999L))).isEqualTo("My draft");
        assertThat(quote("My draft", "not-a-number").status()).isEqualTo(400);
        assertThat(posts()).isEqualTo(before);
    }

    @Test
    void aReplyAtTheSizeLimitGetsItsQuoteQuickly() {
        String typed = "word ".repeat(PostChecker.MAX_BODY / 5 - 1) + "end";
        Page page = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> quote(typed, opening));
        assertThat(page.status()).isEqualTo(200);
        assertThat(reply(page)).startsWith("word word").contains("end\n\n> [Mele Taufa wrote](");
    }
}
