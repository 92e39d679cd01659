package org.statcommons.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.statcommons.support.Visitor.fields;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.platform.activity.Activity;
import org.statcommons.platform.activity.ActivityKind;
import org.statcommons.platform.activity.Audience;
import org.statcommons.platform.activity.ContentHidden;
import org.statcommons.platform.activity.Subject;
import org.statcommons.platform.activity.Visibility;
import org.statcommons.support.Fixtures;
import org.statcommons.support.Mailbox;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestSmtp;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * Activities told by a feature become notices for the right people (never the actor, never someone who left),
 * in the app, by e-mail at once or in a digest by each person's choice; one-click unsubscribe stops the next
 * digest; hidden content disappears from the page, the API and the digest.
 */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationsIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP);

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    SendDigests digests;

    @Autowired
    TellAudience delivery;

    @Autowired
    Notices notices;

    Mailbox mailbox;

    /** Publishes an activity the way a feature does: inside its transaction. */
    private void tell(Activity activity) {
        transaction.executeWithoutResult(status -> events.publishEvent(activity));
    }

    private static Activity activity(
            Community community, Account actor, ActivityKind kind, String title, String item, Audience audience) {
        return Activity.of(kind, community.id(), Instant.now())
                .by(actor.id(), actor.displayName())
                .title(title)
                .excerpt("An excerpt of " + title)
                .link("/c/" + community.slug() + "/discussions/1")
                .visibleTo(Visibility.MEMBERS)
                .about(Subject.parse("thread:1"))
                .item(Subject.parse(item))
                .tell(audience)
                .build();
    }

    private List<String> titlesOf(Account account) {
        return db.sql("""
                        select a.title from notifications.notices n join notifications.activities a on a.id = n.activity_id
                         where n.account_id = ? and not n.hidden order by n.id""").param(account.id()).query(String.class).list();
    }

    private void awaitNotice(Account account, String title) {
        await().atMost(PATIENCE).until(() -> titlesOf(account).contains(title));
    }

    private void choose(Account account, Community community, Choice choice) {
        db.sql("insert into notifications.community_choices (account_id, community_id, choice) values (?, ?, ?)")
                .params(account.id(), community.id(), choice.name())
                .update();
    }

    private List<Mailbox.Mail> mailTo(Account account) {
        return new Mailbox(smtp).all(account.email());
    }

    @Test
    void everyMemberButTheActorIsToldByTheirChoice() throws Exception {
        Community community = fixtures.community("Household surveys");
        Account ana = fixtures.member(community, "Ana Actor", CommunityRole.FACILITATOR);
        Account ivo = fixtures.member(community, "Ivo Immediate", CommunityRole.MEMBER);
        Account dina = fixtures.member(community, "Dina Daily", CommunityRole.MEMBER);
        Account otto = fixtures.member(community, "Otto Off", CommunityRole.MEMBER);
        choose(ivo, community, Choice.IMMEDIATE);
        choose(otto, community, Choice.OFF);

        tell(activity(
                community,
                ana,
                ActivityKind.DISCUSSION_STARTED,
                "Ana started “Weights for 2027”",
                "thread:1",
                Audience.everyMember()));

        awaitNotice(ivo, "Ana started “Weights for 2027”");
        awaitNotice(dina, "Ana started “Weights for 2027”");
        assertThat(titlesOf(ana)).as("the actor is not told").isEmpty();
        assertThat(titlesOf(otto)).as("off means nothing").isEmpty();

        Mailbox.Mail mail = new Mailbox(smtp).await(ivo.email(), "Weights for 2027");
        assertThat(mail.subject()).isEqualTo("[Household surveys] Ana started “Weights for 2027”");
        assertThat(mail.body()).contains("An excerpt of", "/c/" + community.slug() + "/discussions/1", "/unsubscribe/");
        MimeMessage raw = received(ivo.email());
        assertThat(raw.getHeader("List-Unsubscribe", null))
                .matches("<http://localhost:\\d+/unsubscribe/[A-Za-z0-9_-]+>");
        assertThat(raw.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(mailTo(dina)).as("daily digest: no e-mail now").isEmpty();

        // in the app: the header counts, the page lists, opening marks read
        Visitor browser = fixtures.signedIn(ivo);
        Page home = browser.get("/communities");
        assertThat(home.body()).contains("Notifications (1 unread)");
        Page list = browser.get("/notifications");
        assertThat(list.body()).contains("Ana started “Weights for 2027”", "Household surveys", "New");
        long id = db.sql("select id from notifications.notices where account_id = ?")
                .param(ivo.id())
                .query(Long.class)
                .single();
        Page opened = browser.getNoFollow("/notifications/" + id);
        assertThat(opened.status()).isEqualTo(302);
        assertThat(opened.location()).endsWith("/c/" + community.slug() + "/discussions/1");
        assertThat(browser.get("/communities").body()).doesNotContain("unread").contains("Notifications");
    }

    @Test
    void theHeadersCountIsKeptBetweenPagesAndFollowsEveryChangeAtOnce() {
        Community community = fixtures.community("Kept counts");
        Account ana = fixtures.member(community, "Ana Counter", CommunityRole.FACILITATOR);
        Account ivo = fixtures.member(community, "Ivo Counted", CommunityRole.MEMBER);
        Visitor browser = fixtures.signedIn(ivo);
        assertThat(browser.get("/communities").body()).doesNotContain("unread");
        assertThat(browser.get("/communities").body()).as("counted once, kept").doesNotContain("unread");

        // a new notice: its recipient's kept count is forgotten
        tell(activity(
                community, ana, ActivityKind.DISCUSSION_STARTED, "First count", "thread:41", Audience.everyMember()));
        awaitNotice(ivo, "First count");
        await().atMost(PATIENCE).until(() -> browser.get("/communities").body().contains("Notifications (1 unread)"));
        tell(activity(
                community, ana, ActivityKind.DISCUSSION_STARTED, "Second count", "thread:42", Audience.everyMember()));
        awaitNotice(ivo, "Second count");
        await().atMost(PATIENCE).until(() -> browser.get("/communities").body().contains("Notifications (2 unread)"));

        // a moderator hides an item: its notices leave everyone's count
        notices.hide(community.id(), "thread:42", true);
        assertThat(browser.get("/communities").body()).contains("Notifications (1 unread)");

        // reading: the count is gone at the next page
        Page read = browser.submitNoFollow("/notifications", "/notifications/read", Map.of());
        assertThat(read.status()).isEqualTo(302);
        assertThat(browser.get("/communities").body()).doesNotContain("unread");

        // removed from the community: its notices are not counted, though the kept count had them
        tell(activity(
                community, ana, ActivityKind.DISCUSSION_STARTED, "Third count", "thread:43", Audience.everyMember()));
        awaitNotice(ivo, "Third count");
        await().atMost(PATIENCE).until(() -> browser.get("/communities").body().contains("Notifications (1 unread)"));
        fixtures.remove(community, ivo);
        assertThat(browser.get("/communities").body()).doesNotContain("unread");
    }

    @Test
    void theSameEventDeliveredAgainTellsOnce() {
        Community community = fixtures.community("Redelivery");
        Account ana = fixtures.member(community, "Ana Again", CommunityRole.FACILITATOR);
        Account ivo = fixtures.member(community, "Ivo Once", CommunityRole.MEMBER);
        choose(ivo, community, Choice.IMMEDIATE);
        Activity once = activity(community, ana, ActivityKind.REPLY, "Told once", "post:21", Audience.person(ivo.id()));
        tell(once);
        awaitNotice(ivo, "Told once");
        new Mailbox(smtp).await(ivo.email(), "Told once");
        // as the listener does when the event publication registry republishes it (a crash before it recorded
        // the completion)
        assertThat(delivery.tell(once).emails()).isZero();
        assertThat(titlesOf(ivo)).containsExactly("Told once");
        assertThat(new Mailbox(smtp).settled(ivo.email(), Duration.ofSeconds(1), db))
                .hasSize(1);
    }

    @Test
    void aHiddenDiscussionTakesTheNoticesAboutItAlong() {
        Community community = fixtures.community("Hidden thread");
        Account ana = fixtures.member(community, "Ana Hidden", CommunityRole.MEMBER);
        Account bo = fixtures.member(community, "Bo Hidden", CommunityRole.MEMBER);
        tell(activity(community, ana, ActivityKind.REPLY, "A reply in a thread", "post:31", Audience.person(bo.id())));
        tell(Activity.of(ActivityKind.REPLY, community.id(), Instant.now())
                .by(ana.id(), ana.displayName())
                .title("A reply elsewhere")
                .link("/c/" + community.slug() + "/discussions/2")
                .visibleTo(Visibility.MEMBERS)
                .about(Subject.parse("thread:2"))
                .item(Subject.parse("post:32"))
                .tell(Audience.person(bo.id()))
                .build());
        awaitNotice(bo, "A reply in a thread");
        awaitNotice(bo, "A reply elsewhere");
        // the activities of this class are about thread:1
        transaction.executeWithoutResult(
                s -> events.publishEvent(new ContentHidden(community.id(), Subject.parse("thread:1"), true)));
        await().atMost(PATIENCE).until(() -> titlesOf(bo).equals(List.of("A reply elsewhere")));
        transaction.executeWithoutResult(
                s -> events.publishEvent(new ContentHidden(community.id(), Subject.parse("thread:1"), false)));
        await().atMost(PATIENCE).until(() -> titlesOf(bo).size() == 2);
    }

    @Test
    void theApiListsAndMarksRead() {
        Community community = fixtures.community("Price statistics");
        Account ana = fixtures.member(community, "Ana Api", CommunityRole.FACILITATOR);
        Account bo = fixtures.member(community, "Bo Reader", CommunityRole.MEMBER);
        tell(activity(
                community, ana, ActivityKind.REPLY, "Ana replied to “CPI basket”", "post:7", Audience.person(bo.id())));
        // listeners run in parallel: the second is told once the first arrived, so that "newest" is well defined
        awaitNotice(bo, "Ana replied to “CPI basket”");
        tell(activity(community, ana, ActivityKind.REPLY, "Ana replied again", "post:8", Audience.person(bo.id())));
        awaitNotice(bo, "Ana replied again");

        String token = fixtures.token(bo);
        Page page = fixtures.bearer(token).api("GET", "/api/v1/notifications", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "\"unread\":2",
                        "\"kind\":\"REPLY\"",
                        "\"community\":\"Price statistics\"",
                        "\"title\":\"Ana replied again\"");
        assertThat(page.body().indexOf("Ana replied again"))
                .as("newest first")
                .isLessThan(page.body().indexOf("Ana replied to"));
        long first = db.sql("select min(id) from notifications.notices where account_id = ?")
                .param(bo.id())
                .query(Long.class)
                .single();
        assertThat(fixtures.bearer(token)
                        .api("POST", "/api/v1/notifications/" + first + "/read", null)
                        .status())
                .isEqualTo(204);
        assertThat(fixtures.bearer(token)
                        .api("GET", "/api/v1/notifications", null)
                        .body())
                .contains("\"unread\":1");
        assertThat(fixtures.bearer(token)
                        .api("POST", "/api/v1/notifications/read", null)
                        .body())
                .contains("\"marked\":1");
        assertThat(fixtures.bearer(token)
                        .api("POST", "/api/v1/notifications/999999999/read", null)
                        .status())
                .isEqualTo(404);
        assertThat(fixtures.bearer(fixtures.token(ana))
                        .api("POST", "/api/v1/notifications/" + first + "/read", null)
                        .status())
                .as("someone else's notice")
                .isEqualTo(404);
        assertThat(fixtures.anonymous()
                        .api("GET", "/api/v1/notifications", null)
                        .status())
                .isEqualTo(401);
        assertThat(fixtures.anonymous().getNoFollow("/notifications").status()).isEqualTo(302);
    }

    @Test
    void aRemovedMemberHearsNothingMore() {
        Community community = fixtures.community("Census");
        Account ana = fixtures.member(community, "Ana Census", CommunityRole.FACILITATOR);
        Account rita = fixtures.member(community, "Rita Removed", CommunityRole.MEMBER);
        Account stay = fixtures.member(community, "Sam Stays", CommunityRole.MEMBER);
        tell(activity(
                community, ana, ActivityKind.DISCUSSION_STARTED, "Before removal", "thread:2", Audience.everyMember()));
        awaitNotice(rita, "Before removal");

        fixtures.remove(community, rita);
        // named as a follower too: still not told, since she can no longer see the community
        tell(activity(
                community,
                ana,
                ActivityKind.REPLY,
                "After removal",
                "post:9",
                Audience.everyMember().and(Set.of(rita.id()))));
        awaitNotice(stay, "After removal");
        assertThat(titlesOf(rita)).containsExactly("Before removal");
    }

    /**
     * Removed from a community, a person no longer reads what they were told while they belonged: not on the page,
     * in the header's count, through the API or in the next digest; the decision that removed them stays theirs.
     * A member who still belongs keeps seeing all of it.
     */
    @Test
    void aRemovedMemberNoLongerReadsWhatTheyWereToldWhileTheyBelonged() {
        Community community = fixtures.community("Members-only budget");
        Community elsewhere = fixtures.community("Open data elsewhere");
        Account sofia = fixtures.member(community, "Sofia Organiser", CommunityRole.SECRETARIAT);
        Account rita = fixtures.member(community, "Rita Removed Later", CommunityRole.MEMBER);
        Account sam = fixtures.member(community, "Sam Still Member", CommunityRole.MEMBER);
        fixtures.join(elsewhere, rita, CommunityRole.MEMBER);
        String organiser = fixtures.token(sofia);
        String api = "/api/v1/communities/" + community.slug();
        String secretLink = "https://meet.example.org/budget-room-" + community.id();
        Page meeting = fixtures.bearer(organiser)
                .api(
                        "POST",
                        api + "/meetings",
                        "{\"title\":\"Budget 2027, members only\"," + "\"onlineLink\":\"" + secretLink
                                + "\",\"candidates\":[\"" + Instant.now().plus(Duration.ofDays(20)) + "\"]}");
        assertThat(meeting.status()).as(meeting.body()).isEqualTo(201);
        // a notice that waits for the daily digest (meetings e-mail their own invitations)
        tell(activity(
                community,
                sofia,
                ActivityKind.DISCUSSION_STARTED,
                "Budget figures, members only",
                "thread:41",
                Audience.everyMember()));
        tell(activity(
                elsewhere,
                sofia,
                ActivityKind.REPLY,
                "A reply elsewhere for Rita",
                "post:40",
                Audience.person(rita.id())));
        for (Account person : List.of(rita, sam)) {
            await().atMost(PATIENCE)
                    .until(() -> titlesOf(person).stream()
                                    .filter(t -> t.contains("Budget"))
                                    .count()
                            == 2);
        }
        awaitNotice(rita, "A reply elsewhere for Rita");
        long ritasMeetingNotice = db.sql("""
                        select n.id from notifications.notices n join notifications.activities a on a.id = n.activity_id
                         where n.account_id = ? and a.kind = 'MEETING_POLL'""").param(rita.id()).query(Long.class).single();
        Visitor ritasBrowser = fixtures.signedIn(rita);
        assertThat(ritasBrowser.get("/notifications").body()).contains("Budget 2027, members only", secretLink);

        Page removed = fixtures.bearer(organiser)
                .api("DELETE", api + "/memberships/" + rita.id(), "{\"reason\":\"Left the office\"}");
        assertThat(removed.status()).as(removed.body()).isEqualTo(204);
        awaitNotice(rita, "You were removed from Members-only budget");

        Page page = ritasBrowser.get("/notifications");
        assertThat(page.body())
                .as("the page")
                .contains("You were removed from Members-only budget", "A reply elsewhere for Rita")
                .doesNotContain("Budget 2027", secretLink, "Budget figures");
        assertThat(ritasBrowser.get("/communities").body())
                .as("the header's count: the removal and the reply elsewhere")
                .contains("Notifications (2 unread)");
        assertThat(ritasBrowser
                        .getNoFollow("/notifications/" + ritasMeetingNotice)
                        .status())
                .as("opening it")
                .isEqualTo(404);
        String ritasToken = fixtures.token(rita);
        Page list = fixtures.bearer(ritasToken).api("GET", "/api/v1/notifications", null);
        assertThat(list.body())
                .as("the API")
                .contains("\"unread\":2", "\"total\":2", "You were removed from")
                .doesNotContain("Budget 2027", secretLink, "Budget figures");
        assertThat(fixtures.bearer(ritasToken)
                        .api("POST", "/api/v1/notifications/" + ritasMeetingNotice + "/read", null)
                        .status())
                .isEqualTo(404);

        Visitor samsBrowser = fixtures.signedIn(sam);
        assertThat(samsBrowser.get("/notifications").body())
                .contains("Budget 2027, members only", secretLink, "Budget figures");
        assertThat(fixtures.bearer(fixtures.token(sam))
                        .api("GET", "/api/v1/notifications", null)
                        .body())
                .contains("Budget 2027, members only", "Budget figures", "\"total\":2");

        // what happened while she belonged but is delivered only now (the event publication registry republishes
        // what a crash interrupted), to someone who chose e-mail at once: neither stored nor e-mailed
        choose(rita, community, Choice.IMMEDIATE);
        Activity late = new Activity(
                community.id(),
                ActivityKind.REPLY,
                sofia.id(),
                sofia.displayName(),
                "A reply told late",
                null,
                "Budget details",
                "/c/" + community.slug() + "/discussions/1",
                Visibility.MEMBERS,
                Subject.parse("thread:41"),
                Subject.parse("post:42"),
                Audience.person(rita.id()),
                false,
                Instant.now().minus(Duration.ofMinutes(5)));
        assertThat(delivery.tell(late)).isEqualTo(TellAudience.Told.NOBODY);
        assertThat(titlesOf(rita)).doesNotContain("A reply told late");

        digests.send(DigestPeriod.DAILY, Instant.parse("2032-03-01T06:00:00Z"));
        Mailbox.Mail ritasDigest = new Mailbox(smtp).await(rita.email(), "daily StatCommons digest");
        assertThat(ritasDigest.body())
                .as("the digest")
                .contains("A reply elsewhere for Rita")
                .doesNotContain("Budget", "Members-only budget");
        assertThat(new Mailbox(smtp)
                        .await(sam.email(), "daily StatCommons digest")
                        .body())
                .contains("Budget figures, members only");
    }

    @Test
    void mentionsStayInTheAppWhenOff() {
        Community community = fixtures.community("Gender statistics");
        Account ana = fixtures.member(community, "Ana Mentions", CommunityRole.MEMBER);
        Account otto = fixtures.member(community, "Otto Quiet", CommunityRole.MEMBER);
        choose(otto, community, Choice.OFF);
        tell(activity(
                community, ana, ActivityKind.DISCUSSION_STARTED, "Not for Otto", "thread:3", Audience.everyMember()));
        tell(activity(
                community, ana, ActivityKind.MENTION, "Ana mentioned you", "post:10", Audience.person(otto.id())));
        awaitNotice(otto, "Ana mentioned you");
        assertThat(titlesOf(otto)).containsExactly("Ana mentioned you");
    }

    @Test
    void aDailyDigestArrivesAndOneClickUnsubscribeStopsTheNext() throws Exception {
        Community labour = fixtures.community("Labour force");
        Community trade = fixtures.community("Trade");
        Account ana = fixtures.member(labour, "Ana Digest", CommunityRole.FACILITATOR);
        Account dana = fixtures.member(labour, "Dana Digest", CommunityRole.MEMBER);
        fixtures.join(trade, dana, CommunityRole.MEMBER);
        tell(activity(
                labour,
                ana,
                ActivityKind.DISCUSSION_STARTED,
                "Ana started “Informal work”",
                "thread:11",
                Audience.everyMember()));
        tell(activity(
                labour,
                ana,
                ActivityKind.REPLY,
                "Ana replied to “Informal work”",
                "post:12",
                Audience.person(dana.id())));
        tell(activity(labour, ana, ActivityKind.REPLY, "A hidden reply", "post:13", Audience.person(dana.id())));
        tell(activity(
                trade,
                ana,
                ActivityKind.PAGE_COMMENT,
                "Ana commented on “HS codes”",
                "comment:14",
                Audience.person(dana.id())));
        awaitNotice(dana, "Ana started “Informal work”");
        awaitNotice(dana, "Ana replied to “Informal work”");
        awaitNotice(dana, "Ana commented on “HS codes”");
        awaitNotice(dana, "A hidden reply");
        // the moderators tell the author of the hidden reply (they e-mail it themselves): that notice stays
        tell(Activity.of(ActivityKind.MODERATION_DECISION, labour.id(), Instant.now())
                .by(null, "The moderators")
                .title("Your reply was hidden")
                .excerpt("Off topic.")
                .link("/c/" + labour.slug())
                .visibleTo(Visibility.PERSONAL)
                .about(Subject.parse("post:13"))
                .item(Subject.parse("post:13"))
                .tell(Audience.person(dana.id()))
                .mailedByFeature()
                .build());
        awaitNotice(dana, "Your reply was hidden");

        // a moderator hid one reply: gone from the page, the API and the digest
        transaction.executeWithoutResult(
                s -> events.publishEvent(new ContentHidden(labour.id(), Subject.parse("post:13"), true)));
        await().atMost(PATIENCE).until(() -> !titlesOf(dana).contains("A hidden reply"));
        assertThat(titlesOf(dana)).contains("Your reply was hidden");
        Visitor browser = fixtures.signedIn(dana);
        assertThat(browser.get("/notifications").body())
                .contains("Informal work")
                .doesNotContain("A hidden reply");
        assertThat(fixtures.bearer(fixtures.token(dana))
                        .api("GET", "/api/v1/notifications", null)
                        .body())
                .contains("Informal work")
                .doesNotContain("A hidden reply");

        Instant slot = Instant.parse("2030-01-01T06:00:00Z");
        digests.send(DigestPeriod.DAILY, slot);
        Mailbox.Mail digest = new Mailbox(smtp).await(dana.email(), "daily StatCommons digest");
        assertThat(digest.subject()).isEqualTo("Your daily StatCommons digest: 3 notifications");
        assertThat(digest.body())
                .contains(
                        "== Labour force ==",
                        "== Trade ==",
                        "Replies (1)",
                        "New discussions (1)",
                        "Comments on pages (1)",
                        "Ana replied to “Informal work”")
                .doesNotContain("A hidden reply");
        MimeMessage raw = received(dana.email());
        assertThat(raw.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        String unsubscribe = raw.getHeader("List-Unsubscribe", null).replaceAll("^<http://localhost:\\d+|>$", "");

        // the same slot again (a second server, a restart): nothing more
        digests.send(DigestPeriod.DAILY, slot);
        assertThat(new Mailbox(smtp).settled(dana.email(), Duration.ofSeconds(1), db))
                .hasSize(1);

        // a mail client's one-click POST: no session, no CSRF token
        Visitor mailClient = fixtures.anonymous();
        Page confirm = mailClient.get(unsubscribe);
        assertThat(confirm.status()).isEqualTo(200);
        assertThat(confirm.body()).contains("Stop all notification e-mails");
        Page done = mailClient.postNoFollow(unsubscribe, Map.of("List-Unsubscribe", "One-Click"));
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.body()).contains("off for every community");

        tell(activity(labour, ana, ActivityKind.REPLY, "After unsubscribing", "post:15", Audience.person(dana.id())));
        tell(activity(
                labour, ana, ActivityKind.MENTION, "Ana mentioned you after", "post:16", Audience.person(dana.id())));
        awaitNotice(dana, "Ana mentioned you after");
        digests.send(DigestPeriod.DAILY, slot.plus(Duration.ofDays(1)));
        assertThat(new Mailbox(smtp).settled(dana.email(), Duration.ofSeconds(2), db))
                .as("no next digest")
                .hasSize(1);

        assertThat(fixtures.anonymous()
                        .postNoFollow("/unsubscribe/forged-token", Map.of())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void dailyDigestsGoOutInEachPersonsOwnMorning() {
        Community community = fixtures.community("Price statistics worldwide");
        Account ana = fixtures.member(community, "Ana Worldwide", CommunityRole.FACILITATOR);
        Account paris = fixtures.member(community, "Pierre Paris", CommunityRole.MEMBER);
        Account newYork = fixtures.member(community, "Nadia New York", CommunityRole.MEMBER);
        db.sql("update identity.accounts set time_zone = 'Europe/Paris' where id = ?")
                .param(paris.id())
                .update();
        db.sql("update identity.accounts set time_zone = 'America/New_York' where id = ?")
                .param(newYork.id())
                .update();
        tell(activity(
                community,
                ana,
                ActivityKind.DISCUSSION_STARTED,
                "Worldwide prices",
                "thread:20",
                Audience.everyMember()));
        awaitNotice(paris, "Worldwide prices");
        awaitNotice(newYork, "Worldwide prices");

        // 06:00 UTC on a winter day is 07:00 in Paris (the default digest hour) and 01:00 in New York
        Instant parisMorning = Instant.parse("2031-01-07T06:00:00Z");
        digests.sendLocalMorning(DigestPeriod.DAILY, parisMorning);
        new Mailbox(smtp).await(paris.email(), "daily StatCommons digest");
        assertThat(new Mailbox(smtp).settled(newYork.email(), Duration.ofSeconds(1), db))
                .as("still night in New York")
                .isEmpty();

        Instant newYorkMorning = Instant.parse("2031-01-07T12:00:00Z");
        digests.sendLocalMorning(DigestPeriod.DAILY, newYorkMorning);
        new Mailbox(smtp).await(newYork.email(), "daily StatCommons digest");
        digests.sendLocalMorning(DigestPeriod.DAILY, newYorkMorning);
        assertThat(new Mailbox(smtp).settled(newYork.email(), Duration.ofSeconds(1), db))
                .as("one digest per morning")
                .hasSize(1);
        assertThat(new Mailbox(smtp).settled(paris.email(), Duration.ofSeconds(1), db))
                .as("Paris had its digest")
                .hasSize(1);
    }

    @Test
    void choicesAreSavedFromTheAccountPage() {
        Community community = fixtures.community("Choices");
        Account pia = fixtures.member(community, "Pia Chooser", CommunityRole.MEMBER);
        Visitor browser = fixtures.signedIn(pia);
        Page form = browser.get("/account/notifications");
        assertThat(form.body()).contains("Choices", "Daily digest", "Weekly digest");
        Page bad = browser.submit(
                "/account/notifications",
                "/account/notifications",
                fields("default", "hourly", "c" + community.id(), "WEEKLY"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("Choose one of");
        assertThat(db.sql("select count(*) from notifications.community_choices where account_id = ?")
                        .param(pia.id())
                        .query(Integer.class)
                        .single())
                .as("nothing saved")
                .isZero();
        Page saved = browser.submit(
                "/account/notifications",
                "/account/notifications",
                fields("default", "WEEKLY", "c" + community.id(), "IMMEDIATE"));
        assertThat(saved.body()).contains("saved");
        assertThat(db.sql("select choice from notifications.community_choices where account_id = ?")
                        .param(pia.id())
                        .query(String.class)
                        .single())
                .isEqualTo("IMMEDIATE");
        String api = fixtures.bearer(fixtures.token(pia))
                .api("GET", "/api/v1/notifications/settings", null)
                .body();
        assertThat(api).contains("\"defaultChoice\":\"weekly\"", "\"" + community.id() + "\":\"immediate\"");
        Page put = fixtures.bearer(fixtures.token(pia))
                .api("PUT", "/api/v1/notifications/settings", "{\"communities\":{\"" + community.id() + "\":\"off\"}}");
        assertThat(put.status()).isEqualTo(200);
        assertThat(put.body()).contains("\"defaultChoice\":\"weekly\"", "\"" + community.id() + "\":\"off\"");
        assertThat(fixtures.bearer(fixtures.token(pia))
                        .api("PUT", "/api/v1/notifications/settings", "{\"defaultChoice\":\"sometimes\"}")
                        .status())
                .isEqualTo(400);
    }

    /** The interface language of the person's profile, as they would choose it on /account. */
    private void speaks(Account account, String language) {
        db.sql("update identity.accounts set interface_language = ? where id = ?")
                .params(language, account.id())
                .update();
    }

    @Test
    void aMemberWhoReadsArabicIsWrittenToInArabic() throws Exception {
        Community community = fixtures.community("Arab household surveys");
        Account ana = fixtures.member(community, "Ana Actor", CommunityRole.FACILITATOR);
        Account layla = fixtures.member(community, "Layla Immediate", CommunityRole.MEMBER);
        Account omar = fixtures.member(community, "Omar Daily", CommunityRole.MEMBER);
        choose(layla, community, Choice.IMMEDIATE);
        speaks(layla, "ar");
        speaks(omar, "ar");

        tell(activity(
                community,
                ana,
                ActivityKind.DISCUSSION_STARTED,
                "Ana started “Census 2030”",
                "thread:41",
                Audience.everyMember()));
        Mailbox.Mail mail = new Mailbox(smtp).await(layla.email(), "Census 2030");
        assertThat(mail.language()).isEqualTo("ar");
        assertThat(mail.body())
                .contains("افتح: ", "اخترت أن تُبلَّغ بما يجري في Arab household surveys فورًا.")
                .doesNotContain("Open:", "You chose")
                // the title starts with a Latin word: the right-to-left mark keeps the line right to left
                .startsWith("\u200FAna started “Census 2030”");

        tell(activity(
                community,
                ana,
                ActivityKind.REPLY,
                "Ana replied to “Census 2030”",
                "post:42",
                Audience.person(omar.id())));
        awaitNotice(omar, "Ana started “Census 2030”");
        awaitNotice(omar, "Ana replied to “Census 2030”");
        digests.send(DigestPeriod.DAILY, Instant.parse("2030-03-01T06:00:00Z"));
        Mailbox.Mail digest = new Mailbox(smtp).await(omar.email(), "StatCommons");
        assertThat(digest.language()).isEqualTo("ar");
        // two notices: Arabic's dual ("two notifications"), not a number and a plural
        assertThat(digest.subject()).isEqualTo("ملخص StatCommons اليومي: إشعاران");
        assertThat(digest.body())
                .startsWith("ملخصك اليومي من StatCommons: إشعاران.")
                .contains("نقاشات جديدة (1)", "الردود (1)", "كل الإشعارات: ")
                .doesNotContain("New discussions", "All notifications");
        // English stays English
        Account eve = fixtures.member(community, "Eve English", CommunityRole.MEMBER);
        choose(eve, community, Choice.IMMEDIATE);
        tell(activity(
                community,
                ana,
                ActivityKind.DISCUSSION_STARTED,
                "Ana started “Survey weights”",
                "thread:43",
                Audience.everyMember()));
        Mailbox.Mail english = new Mailbox(smtp).await(eve.email(), "Survey weights");
        assertThat(english.language()).isEqualTo("en");
        assertThat(english.body()).contains("Open: ", "You chose to hear of Arab household surveys immediately.");
    }

    private MimeMessage received(String to) throws Exception {
        MimeMessage found = null;
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().contains(to)) {
                found = message;
            }
        }
        assertThat(found).as("a message to " + to).isNotNull();
        return found;
    }
}
