package org.statcommons.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.statcommons.support.Visitor.fields;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.content.Author;
import org.statcommons.content.PageEdit;
import org.statcommons.content.Pages;
import org.statcommons.content.SavePage;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.Mailbox;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestSmtp;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * The existing features tell notifications what happened, as people use them: comments (mentions, replies,
 * followed pages, with "stop following"), proposals (to the reviewers, merged to the author) and membership
 * decisions (in the app only: the community feature already e-mails them).
 */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeatureActivitiesIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP);

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    @Autowired
    SavePage savePage;

    @Autowired
    Pages pages;

    private record Told(String kind, String title, String mailing) {}

    private List<Told> noticesOf(Account account) {
        return db.sql("""
                        select a.kind, a.title, n.mailing from notifications.notices n
                          join notifications.activities a on a.id = n.activity_id where n.account_id = ? order by n.id""").param(account.id()).query(Told.class).list();
    }

    private List<String> kindsOf(Account account) {
        return noticesOf(account).stream().map(Told::kind).toList();
    }

    private void awaitKinds(Account account, String... kinds) {
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(kindsOf(account)).containsExactly(kinds));
    }

    private void comment(Visitor who, Community community, String page, String body) {
        String space = "/c/" + community.slug() + "/space/";
        Page answer = who.submitNoFollow(
                space + page, "/c/" + community.slug() + "/page-comments/" + page, fields("body", body));
        assertThat(answer.status()).as(answer.body()).isEqualTo(302);
    }

    private void reply(Visitor who, Community community, long threadId, String body) {
        String space = "/c/" + community.slug() + "/space/";
        Page answer = who.submitNoFollow(
                space + "budget", "/c/" + community.slug() + "/threads/" + threadId + "/replies", fields("body", body));
        assertThat(answer.status()).as(answer.body()).isEqualTo(302);
    }

    @Test
    void commentsTellTheMentionedTheThreadAndThePageFollowers() {
        Community community = fixtures.community("Comment notices");
        Account pita = fixtures.member(community, "Pita Facilitator", CommunityRole.FACILITATOR);
        Account mele = fixtures.member(community, "Mele Taufa", CommunityRole.MEMBER);
        Account sione = fixtures.member(community, "Sione Vake", CommunityRole.MEMBER);
        Account tavita = fixtures.member(community, "Tavita Follower", CommunityRole.MEMBER);
        savePage.save(
                community.id(),
                new PageEdit("budget.md", "Budget", "Budget text", null, ""),
                new Author("Pita Facilitator", pita.email()));
        Visitor meleWeb = fixtures.signedIn(mele);
        Visitor sioneWeb = fixtures.signedIn(sione);
        Visitor tavitaWeb = fixtures.signedIn(tavita);

        // Tavita follows the page's comments from the page itself
        Page page = tavitaWeb.get("/c/" + community.slug() + "/space/budget");
        assertThat(page.body()).contains("Follow comments on this page");
        tavitaWeb.submitNoFollow(
                "/c/" + community.slug() + "/space/budget",
                "/c/" + community.slug() + "/page-followers/budget",
                fields("follow", "true"));
        assertThat(tavitaWeb.get("/c/" + community.slug() + "/space/budget").body())
                .contains("Stop following comments on this page");

        comment(meleWeb, community, "budget", "Should we split table 3, @\"Sione Vake\"?");
        awaitKinds(sione, "MENTION");
        awaitKinds(tavita, "PAGE_COMMENT");
        assertThat(noticesOf(sione).get(0).title()).isEqualTo("Mele Taufa mentioned you on “Budget”");
        assertThat(kindsOf(mele))
                .as("the commenter is not told of her own comment")
                .isEmpty();

        long thread = db.sql("select max(id) from comments.threads where community_id = ?")
                .param(community.id())
                .query(Long.class)
                .single();
        reply(sioneWeb, community, thread, "Yes, split it.");
        awaitKinds(mele, "REPLY");
        awaitKinds(tavita, "PAGE_COMMENT", "PAGE_COMMENT");
        assertThat(noticesOf(mele).get(0).title()).isEqualTo("Sione Vake replied in a thread on “Budget”");

        // Tavita stops following; Mele's and Sione's comments made them follow the page
        tavitaWeb.submitNoFollow(
                "/c/" + community.slug() + "/space/budget",
                "/c/" + community.slug() + "/page-followers/budget",
                fields("follow", "false"));
        comment(fixtures.signedIn(pita), community, "budget", "A new question about table 4.");
        awaitKinds(mele, "REPLY", "PAGE_COMMENT");
        awaitKinds(sione, "MENTION", "PAGE_COMMENT");
        assertThat(kindsOf(tavita)).containsExactly("PAGE_COMMENT", "PAGE_COMMENT");
    }

    @Test
    void proposalsTellTheReviewersAndTheirAuthor() {
        Community community = fixtures.community("Proposal notices");
        Account fia = fixtures.member(community, "Fia Reviewer", CommunityRole.FACILITATOR);
        Account moana = fixtures.member(community, "Moana Author", CommunityRole.MEMBER);
        Account plain = fixtures.member(community, "Plain Member", CommunityRole.MEMBER);
        savePage.save(
                community.id(),
                new PageEdit("guide.md", "Guide", "Step one.\n", null, ""),
                new Author("Fia Reviewer", fia.email()));
        String base = pages.read(community.id(), "guide.md").commitId();
        var posted = fixtures.signedIn(moana)
                .submitNoFollow(
                        "/c/" + community.slug() + "/proposals",
                        Map.of(
                                "path",
                                "guide.md",
                                "title",
                                "Guide",
                                "body",
                                "Step one, carefully.\n",
                                "baseCommit",
                                base,
                                "proposalTitle",
                                "Say how",
                                "proposalDescription",
                                "Clearer."));
        assertThat(posted.status()).as(posted.body()).isEqualTo(302);
        String location = posted.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        awaitKinds(fia, "PROPOSAL_TO_REVIEW");
        assertThat(noticesOf(fia).get(0).title()).isEqualTo("Moana Author proposed “Say how”");
        assertThat(kindsOf(plain)).as("a plain member does not review").isEmpty();
        assertThat(kindsOf(moana)).isEmpty();

        assertThat(fixtures.signedIn(fia)
                        .submitNoFollow("/c/" + community.slug() + "/proposals/" + id + "/merge", Map.of())
                        .status())
                .isEqualTo(302);
        awaitKinds(moana, "PROPOSAL_MERGED");
        assertThat(noticesOf(moana).get(0).title()).isEqualTo("Fia Reviewer accepted “Say how” into the space");
    }

    @Test
    void aMembershipDecisionIsShownInTheAppAndMailedOnceByTheCommunity() {
        Community community = fixtures.community("Decision notices");
        Account secretariat = fixtures.member(community, "Sec Retariat", CommunityRole.SECRETARIAT);
        Account asker = fixtures.account("Asha Asker");
        db.sql("insert into notifications.people (account_id, default_choice) values (?, 'IMMEDIATE')")
                .param(asker.id())
                .update();
        assertThat(fixtures.signedIn(asker)
                        .submitNoFollow(
                                "/c/" + community.slug() + "/request",
                                Map.of("motivation", "I work on SDGs.", "acceptConduct", "true", "conductVersion", "1"))
                        .status())
                .isEqualTo(302);
        long request = db.sql("select id from community.membership_requests where account_id = ?")
                .param(asker.id())
                .query(Long.class)
                .single();
        assertThat(fixtures.signedIn(secretariat)
                        .submitNoFollow(
                                "/c/" + community.slug() + "/requests/" + request,
                                Map.of("decision", "approve", "note", "Welcome"))
                        .status())
                .isEqualTo(302);

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(noticesOf(asker))
                        .containsExactly(new Told(
                                "MEMBERSHIP_DECISION", "Your request to join Decision notices was approved", "NONE")));
        new Mailbox(smtp).await(asker.email(), "Welcome to Decision notices");
        assertThat(new Mailbox(smtp).settled(asker.email(), Duration.ofSeconds(2), db))
                .as("one e-mail, the community's")
                .hasSize(1);
        assertThat(kindsOf(secretariat)).as("MEMBER_JOINED tells nobody").isEmpty();
    }
}
