package org.statcommons.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.statcommons.support.Visitor.fields;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.Mailbox;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestSmtp;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * Flags and the moderators' queue as people use them: flag a comment, page or profile through the one form
 * or the API, a flood of flags on one item, and every decision (dismiss, hide, restore, warn, suspend,
 * remove) with what the author is told, the audit log and the limits of who may do what.
 */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModerationIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP).withPerMethodLifecycle(false);

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    Mailbox mailbox;
    Community community;
    String slug;
    String space;
    String queue;
    Account anaAccount;
    Visitor ana;
    Visitor member;
    Visitor moderator;
    Visitor secretariat;
    Visitor facilitator;
    Visitor outsider;

    @BeforeAll
    void setUp() {
        mailbox = new Mailbox(smtp);
        community = fixtures.community("Moderation");
        slug = community.slug();
        space = "/c/" + slug + "/space";
        queue = "/c/" + slug + "/moderation";
        anaAccount = fixtures.member(community, "Ana Author", CommunityRole.MEMBER);
        ana = fixtures.signedIn(anaAccount);
        member = fixtures.signedIn(fixtures.member(community, "Mika Member", CommunityRole.MEMBER));
        moderator = fixtures.signedIn(fixtures.member(community, "Moana Moderator", CommunityRole.MODERATOR));
        secretariat = fixtures.signedIn(fixtures.member(community, "Sefa Secretariat", CommunityRole.SECRETARIAT));
        facilitator = fixtures.signedIn(fixtures.member(community, "Pita Facilitator", CommunityRole.FACILITATOR));
        outsider = fixtures.signedIn(fixtures.account("Olo Outsider"));
        Page created = fixtures.page(facilitator, community, "guide", "Guide", "How we work together.");
        assertThat(created.status()).isEqualTo(200);
    }

    /** A new comment by Ana on the guide; returns its id. */
    private long comment(String body) {
        Page answer =
                ana.api("POST", "/api/v1/communities/" + slug + "/page-comments/guide", "{\"body\":\"" + body + "\"}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return db.sql("select max(id) from comments.comments where author_id = ?")
                .param(anaAccount.id())
                .query(Long.class)
                .single();
    }

    private Page flag(Visitor who, String item, String reason, String note) {
        return who.submit("/flag?item=" + item, "/flag", fields("item", item, "reason", reason, "note", note));
    }

    private long entryOf(String item) {
        return db.sql("select id from moderation.reports where item = ? order by id desc limit 1")
                .param(item)
                .query(Long.class)
                .single();
    }

    private Page decide(Visitor who, String item, String decision, String reason, String days) {
        return who.submit(
                queue,
                queue + "/reports/" + entryOf(item),
                days == null
                        ? fields("decision", decision, "reason", reason)
                        : fields("decision", decision, "reason", reason, "days", days));
    }

    /** The queue's entry of an item, as text. */
    private String entry(Page queuePage, String item) {
        String html = queuePage.body();
        int start = html.indexOf("id=\"report-" + entryOf(item) + "\"");
        assertThat(start).as("the queue shows " + item).isPositive();
        return html.substring(start, html.indexOf("</article>", start))
                .replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " ");
    }

    private List<String> auditActions() {
        return db.sql("select action from community.audit_log where community_id = ? order by id")
                .param(community.id())
                .query(String.class)
                .list();
    }

    @Test
    void aFlagShowsWhatIsFlaggedAndReachesTheQueueOnce() {
        long id = comment("Buy cheap watches at example.com");
        String item = "comment:" + id;
        Page form = member.get("/flag?item=" + item);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.text())
                .contains("Comment by Ana Author")
                .contains("Buy cheap watches")
                .contains("Advertising or spam");
        assertThat(member.get(space + "/guide").body())
                .as("the comment has a Flag link")
                .contains("/flag?item=comment:" + id);

        // "Other" needs a note; a missing reason is said too; nothing is recorded
        Page other = flag(member, item, "OTHER", "");
        assertThat(other.status()).as("the form again, refused").isEqualTo(400);
        assertThat(other.text()).contains("Please say what is wrong");
        assertThat(flag(member, item, "", "").text()).contains("Please choose a reason");
        assertThat(db.sql("select count(*) from moderation.reports where item = ?")
                        .param(item)
                        .query(Integer.class)
                        .single())
                .isZero();

        assertThat(flag(member, item, "SPAM", "").text())
                .contains("Thank you")
                .contains("The moderators will look at it");
        Page again = flag(member, item, "OTHER", "Also rude");
        assertThat(again.text()).contains("You had already flagged this");
        assertThat(member.get("/flag?item=" + item).text()).contains("You have already flagged this");

        Page open = moderator.get(queue);
        assertThat(open.status()).isEqualTo(200);
        assertThat(entry(open, item))
                .contains("Comment by Ana Author")
                .contains("1 flag")
                .contains("Other: 1")
                .contains("Also rude")
                .doesNotContain("Advertising or spam: 1");
        assertThat(member.get(queue).status()).as("a member does not moderate").isEqualTo(403);

        // the API lists the same entry
        Page listed = moderator.api("GET", "/api/v1/communities/" + slug + "/moderation/flags", null);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).contains("\"item\":\"" + item + "\"").contains("\"flags\":1");
    }

    @Test
    void anItemOneCannotSeeCannotBeFlagged() {
        long id = comment("Members only remark");
        assertThat(outsider.get("/flag?item=comment:" + id).status()).isEqualTo(404);
        assertThat(outsider.get("/flag?item=page:" + community.id() + "/guide.md")
                        .status())
                .as("an unpublished page")
                .isEqualTo(404);
        Page api = outsider.api("POST", "/api/v1/flags", "{\"item\":\"comment:" + id + "\",\"reason\":\"SPAM\"}");
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(member.get("/flag?item=comment:987654321").status()).isEqualTo(404);
        assertThat(member.get("/flag?item=meeting:1").status()).isEqualTo(404);
        assertThat(member.get("/flag?item=nonsense").status()).isEqualTo(404);
        Page anonymous = fixtures.anonymous().getNoFollow("/flag?item=comment:" + id);
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.location()).contains("/sign-in");
        assertThat(db.sql("select count(*) from moderation.reports where item = ?")
                        .param("comment:" + id)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aFloodOfFlagsOnOneItemIsOneEntryWithItsCount() {
        long id = comment("Flooded remark");
        String item = "comment:" + id;
        List<String> tokensOfFlaggers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            tokensOfFlaggers.add(fixtures.token(fixtures.member(community, "Flagger " + i, CommunityRole.MEMBER)));
        }
        for (int i = 0; i < tokensOfFlaggers.size(); i++) {
            Page flagged = fixtures.bearer(tokensOfFlaggers.get(i))
                    .api(
                            "POST",
                            "/api/v1/flags",
                            "{\"item\":\"" + item + "\",\"reason\":\"" + (i % 2 == 0 ? "DISRESPECT" : "SPAM") + "\"}");
            assertThat(flagged.status()).as(flagged.body()).isEqualTo(201);
        }
        Page repeated = fixtures.bearer(tokensOfFlaggers.get(0))
                .api("POST", "/api/v1/flags", "{\"item\":\"" + item + "\",\"reason\":\"SPAM\"}");
        assertThat(repeated.status()).isEqualTo(200);
        assertThat(repeated.body()).contains("\"repeated\":true").contains("already flagged");
        assertThat(db.sql("select count(*) from moderation.reports where item = ?")
                        .param(item)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        Page listed = moderator.api("GET", "/api/v1/communities/" + slug + "/moderation/flags", null);
        String entry = listed.body().substring(listed.body().indexOf("\"item\":\"" + item + "\""));
        assertThat(entry).contains("\"flags\":20").contains("\"SPAM\":11").contains("\"DISRESPECT\":9");
        assertThat(entry(moderator.get(queue), item)).contains("20 flags");
    }

    @Test
    void flaggingIsLimitedPerPerson() {
        long id = comment("Flagged over and over");
        String token = fixtures.token(fixtures.member(community, "Eager Flagger", CommunityRole.MEMBER));
        Page last = null;
        for (int i = 0; i < 21; i++) {
            last = fixtures.bearer(token)
                    .api("POST", "/api/v1/flags", "{\"item\":\"comment:" + id + "\",\"reason\":\"SPAM\"}");
            if (i < 20) {
                assertThat(last.status()).as(last.body()).isIn(200, 201);
            }
        }
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
        assertThat(last.body()).contains("the most anyone may");
    }

    @Test
    void dismissingClosesTheEntryAndIsAudited() {
        long id = comment("A fair remark");
        String item = "comment:" + id;
        flag(member, item, "INACCURATE", "");
        Page dismissed = decide(moderator, item, "dismiss", "It is accurate.", null);
        assertThat(dismissed.status()).isEqualTo(200);
        assertThat(dismissed.text()).contains("Flags dismissed");
        assertThat(db.sql("select status || ' ' || outcome from moderation.reports where id = ?")
                        .param(entryOf(item))
                        .query(String.class)
                        .single())
                .isEqualTo("CLOSED DISMISSED");
        assertThat(auditActions()).contains("FLAGS_DISMISSED");
        assertThat(ana.get(space + "/guide").text()).contains("A fair remark");
        // a second dismissal of the closed entry says so; a new flag opens a new entry
        assertThat(decide(moderator, item, "dismiss", "", null).text()).contains("already decided");
        flag(member, item, "INACCURATE", "Still wrong");
        assertThat(db.sql("select count(*) from moderation.reports where item = ?")
                        .param(item)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void hidingAndRestoringTellTheAuthor() {
        long id = comment("You are all idiots");
        String item = "comment:" + id;
        flag(member, item, "DISRESPECT", "");
        Page hidden = decide(moderator, item, "hide", "Personal attack on the members.", null);
        assertThat(hidden.text()).contains("Hidden everywhere");
        assertThat(member.get(space + "/guide").text())
                .doesNotContain("You are all idiots")
                .contains("hidden by a moderator");
        Mailbox.Mail mail = mailbox.await(anaAccount.email(), "Your content was hidden");
        assertThat(mail.body()).contains("Personal attack on the members.").contains("/c/" + slug + "/code-of-conduct");
        assertThat(auditActions()).contains("CONTENT_HIDDEN");
        // the moderator sees "Show again" under it; restoring from the queue shows it again
        assertThat(moderator.get(space + "/guide").body()).contains("/c/" + slug + "/comments/" + id + "/unhide");
        Page restored = decide(moderator, item, "restore", "", null);
        assertThat(restored.text()).contains("Restored");
        assertThat(member.get(space + "/guide").text()).contains("You are all idiots");
        mailbox.await(anaAccount.email(), "Your content was restored");
        assertThat(auditActions()).contains("CONTENT_RESTORED");
        // hiding directly under the comment goes through the same decision, and un-hiding too
        Page direct = moderator.submit(space + "/guide", "/c/" + slug + "/comments/" + id + "/hide", fields());
        assertThat(direct.status()).isEqualTo(200);
        assertThat(db.sql("select hidden_at is not null from comments.comments where id = ?")
                        .param(id)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        Page unhidden = moderator.api("POST", "/api/v1/communities/" + slug + "/comments/" + id + "/unhide", null);
        assertThat(unhidden.status()).isEqualTo(200);
        assertThat(unhidden.body()).contains("You are all idiots");
        assertThat(db.sql("select string_agg(kind, ',' order by id) from moderation.decisions where item = ?")
                        .param(item)
                        .query(String.class)
                        .single())
                .isEqualTo("HIDE,RESTORE,HIDE,RESTORE");
        assertThat(member.api("POST", "/api/v1/communities/" + slug + "/comments/" + id + "/unhide", null)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aWarningIsRecordedAndSentToTheMember() {
        long id = comment("Send me money for the workshop");
        String item = "comment:" + id;
        flag(member, item, "SOLICITATION", "");
        Page empty = decide(moderator, item, "warn", "", null);
        assertThat(empty.text()).contains("The warning is required");
        Page warned = decide(moderator, item, "warn", "Please do not ask members for money here.", null);
        assertThat(warned.text()).contains("Warning recorded");
        // Ana gets other warnings in this class (the languages' test): wait for this one
        Mailbox.Mail mail = mailbox.await(
                anaAccount.email(), "A warning from the moderators", "Please do not ask members for money here.");
        assertThat(mail.body())
                .contains("Please do not ask members for money here.")
                .contains("Send me money for the workshop");
        assertThat(db.sql("select reason from moderation.decisions where item = ? and kind = 'WARN'")
                        .param(item)
                        .query(String.class)
                        .single())
                .isEqualTo("Please do not ask members for money here.");
        assertThat(auditActions()).contains("WARNED");
    }

    @Test
    void theModeratorsWordsAreInEachReadersLanguage() {
        long id = comment("Lend me your password");
        String item = "comment:" + id;
        flag(member, item, "SOLICITATION", "");
        // the queue names the item in the moderator's language; the person and the page (by its title) as they are
        assertThat(entry(moderator.get(queue + "?lang=fr"), item)).contains("Commentaire de Ana Author sur Guide");
        assertThat(moderator
                        .api("GET", "/api/v1/communities/" + slug + "/moderation/flags?lang=ar", null)
                        .body())
                .contains("تعليق Ana Author على Guide");
        decide(moderator, item, "warn", "Never ask for passwords.", null);
        // the author's notice: its title and who acted, in the language the author reads it in
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(ana.api("GET", "/api/v1/notifications?lang=fr", null)
                                .body())
                        .contains("\"actorName\":\"Les modérateurs\"")
                        .contains("Les modérateurs de la communauté « " + community.name()
                                + " » vous avertissent au sujet de « Commentaire de Ana Author sur Guide"));
        assertThat(ana.api("GET", "/api/v1/notifications?lang=ar", null).body())
                .contains("\"actorName\":\"المشرفون\"")
                .contains("يحذّرك مشرفو مجتمع «" + community.name() + "» بشأن «تعليق Ana Author على Guide");
        // the audit log: the action and the detail the moderation wrote, in the reader's language
        String audit = secretariat.get("/c/" + slug + "/audit?lang=fr").text();
        assertThat(audit).contains("Averti", "Averti au sujet de « Commentaire de Ana Author sur Guide");
        assertThat(secretariat.get("/c/" + slug + "/audit").text())
                .contains("Warned about Comment by Ana Author on Guide");
    }

    @Test
    void aSuspendedMemberReadsButCannotComment() {
        Account sione = fixtures.member(community, "Sione Suspended", CommunityRole.MEMBER);
        Visitor sioneSession = fixtures.signedIn(sione);
        Page posted = sioneSession.api(
                "POST", "/api/v1/communities/" + slug + "/page-comments/guide", "{\"body\":\"Spam spam spam\"}");
        assertThat(posted.status()).isEqualTo(201);
        long id = db.sql("select max(id) from comments.comments where author_id = ?")
                .param(sione.id())
                .query(Long.class)
                .single();
        String item = "comment:" + id;
        flag(member, item, "SPAM", "");
        assertThat(decide(moderator, item, "suspend", "Repeated spam.", "0").text())
                .contains("from 1 to 365 days");
        Page suspended = decide(moderator, item, "suspend", "Repeated spam.", "3");
        assertThat(suspended.text()).contains("Member suspended");
        assertThat(db.sql(
                                "select suspended_until > now() + interval '2 days' from community.memberships where community_id = ? and account_id = ?")
                        .params(community.id(), sione.id())
                        .query(Boolean.class)
                        .single())
                .isTrue();

        assertThat(sioneSession.get(space + "/guide").status())
                .as("reads the page")
                .isEqualTo(200);
        Page landing = sioneSession.get("/c/" + slug);
        assertThat(landing.text())
                .contains("A moderator has suspended you in this community until")
                .contains("Repeated spam.");
        Page refused = sioneSession.api(
                "POST", "/api/v1/communities/" + slug + "/page-comments/guide", "{\"body\":\"More spam\"}");
        assertThat(refused.status()).isEqualTo(403);
        Page form = sioneSession.submit(
                space + "/guide", "/c/" + slug + "/page-comments/guide", fields("body", "More spam"));
        assertThat(form.status()).isEqualTo(403);
        assertThat(mailbox.await(sione.email(), "You are suspended").body()).contains("Repeated spam.");
        assertThat(auditActions()).contains("SUSPENDED");

        // the member's page shows the suspension to moderators, who may end it early; then Sione comments again
        String memberPage = "/c/" + slug + "/members/" + sione.id();
        assertThat(moderator.get(memberPage).text()).contains("Suspended until").contains("Repeated spam.");
        assertThat(member.submit(memberPage, memberPage + "/suspension/end", fields())
                        .status())
                .isEqualTo(403);
        Page ended = moderator.submit(memberPage, memberPage + "/suspension/end", fields("reason", "Apologised."));
        assertThat(ended.text()).contains("Suspension ended.");
        assertThat(auditActions()).contains("SUSPENSION_ENDED");
        assertThat(sioneSession.get("/c/" + slug).text()).doesNotContain("A moderator has suspended you");
        assertThat(sioneSession
                        .api("POST", "/api/v1/communities/" + slug + "/page-comments/guide", "{\"body\":\"Sorry\"}")
                        .status())
                .isEqualTo(201);
    }

    @Test
    void onlyTheSecretariatRemovesAMember() {
        Account kalo = fixtures.member(community, "Kalo Removed", CommunityRole.MEMBER);
        Page posted = fixtures.signedIn(kalo)
                .api(
                        "POST",
                        "/api/v1/communities/" + slug + "/page-comments/guide",
                        "{\"body\":\"Confidential: the draft figures\"}");
        assertThat(posted.status()).isEqualTo(201);
        long id = db.sql("select max(id) from comments.comments where author_id = ?")
                .param(kalo.id())
                .query(Long.class)
                .single();
        String item = "comment:" + id;
        flag(member, item, "CONFIDENTIAL", "");
        assertThat(decide(moderator, item, "remove", "Leaked figures.", null).status())
                .as("moderators do not remove")
                .isEqualTo(403);
        assertThat(decide(secretariat, item, "remove", "", null).text()).contains("Reason is required");
        Page removed = decide(secretariat, item, "remove", "Leaked confidential figures twice.", null);
        assertThat(removed.text()).contains("Member removed");
        assertThat(db.sql("select count(*) from community.memberships where community_id = ? and account_id = ?")
                        .params(community.id(), kalo.id())
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(mailbox.await(kalo.email(), "removed").body()).contains("Leaked confidential figures twice.");
        assertThat(auditActions()).contains("REMOVED");
    }

    @Test
    void profilesAreModeratedByTheAdministrators() {
        Account troll = fixtures.account("Toa Troll");
        db.sql("update identity.accounts set bio = 'Visit my shop for cheap pills' where id = ?")
                .param(troll.id())
                .update();
        Visitor admin =
                fixtures.signedIn(fixtures.account("Ada Admin", "FJ", "INTERNATIONAL", PlatformRole.ADMINISTRATOR));
        assertThat(member.get("/people/" + troll.id()).body())
                .contains("Visit my shop")
                .contains("/flag?item=profile:" + troll.id());
        assertThat(flag(member, "profile:" + troll.id(), "SPAM", "").text()).contains("Thank you");
        assertThat(moderator.get(queue).text()).doesNotContain("Profile of Toa Troll");
        assertThat(moderator.get("/admin/moderation").status()).isEqualTo(403);
        Page adminQueue = admin.get("/admin/moderation");
        assertThat(adminQueue.text()).contains("Profile of Toa Troll").contains("Visit my shop");
        Page hidden = admin.submit(
                "/admin/moderation",
                "/admin/moderation/reports/" + entryOf("profile:" + troll.id()),
                fields("decision", "hide", "reason", "Advertising."));
        assertThat(hidden.text()).contains("Hidden everywhere");
        assertThat(member.get("/people/" + troll.id()).body()).doesNotContain("Visit my shop");
        assertThat(mailbox.await(troll.email(), "Your content was hidden").body())
                .contains("Advertising.");
        // the owner is told on their account page; the text is kept, and shows again once restored
        assertThat(fixtures.signedIn(troll).get("/account").text()).contains("A moderator has hidden your bio");
        assertThat(db.sql("select bio from identity.accounts where id = ?")
                        .param(troll.id())
                        .query(String.class)
                        .single())
                .isEqualTo("Visit my shop for cheap pills");
        Page restored = admin.submit(
                "/admin/moderation",
                "/admin/moderation/reports/" + entryOf("profile:" + troll.id()),
                fields("decision", "restore"));
        assertThat(restored.text()).contains("Restored");
        assertThat(member.get("/people/" + troll.id()).body()).contains("Visit my shop");
    }
}
