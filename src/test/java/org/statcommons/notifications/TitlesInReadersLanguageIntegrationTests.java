package org.statcommons.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.statcommons.support.Visitor.fields;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.Mailbox;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestSmtp;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * Activity titles are written in each reader's language (issue 10): a discussion reply seen in Arabic in the
 * notifications list, the activity stream and the API, and e-mailed in Russian, with the discussion's title kept as
 * typed and isolated; a notice and a line stored before titles had keys still show their English.
 */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TitlesInReadersLanguageIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP);

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Pattern DISCUSSION = Pattern.compile("/discussions/(\\d+)");

    /** Typed text that looks like a time mark: it must show exactly as typed, never as a time. */
    private static final String TYPED = "Census {{time 2030-01-01T00:00:00Z UTC}} weights";

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    private void speaks(Account account, String language) {
        db.sql("update identity.accounts set interface_language = ? where id = ?")
                .params(language, account.id())
                .update();
    }

    private List<String> kindsOf(Account account) {
        return db.sql("""
                        select a.kind from notifications.notices n join notifications.activities a on a.id = n.activity_id
                         where n.account_id = ? order by n.id""").param(account.id()).query(String.class).list();
    }

    @Test
    void aDiscussionReplyIsReadInArabicAndMailedInRussian() {
        Community community = fixtures.community("Arab statistics");
        Account mele = fixtures.member(community, "Mele Taufa", CommunityRole.MEMBER);
        Account rita = fixtures.member(community, "Rita Petrova", CommunityRole.MEMBER);
        Account sione = fixtures.member(community, "Sione Vake", CommunityRole.MEMBER);
        speaks(mele, "ar");
        speaks(rita, "ru");
        db.sql(
                        "insert into notifications.community_choices (account_id, community_id, choice) values (?, ?, 'IMMEDIATE')")
                .params(rita.id(), community.id())
                .update();
        String base = "/c/" + community.slug() + "/discussions";
        Visitor meleWeb = fixtures.signedIn(mele);
        Page started =
                meleWeb.submitNoFollow(base + "/new", base, fields("title", TYPED, "body", "Which?", "topic", ""));
        assertThat(started.status()).as(started.body()).isEqualTo(302);
        Matcher id = DISCUSSION.matcher(started.location());
        assertThat(id.find()).isTrue();
        String thread = base + "/" + id.group(1);
        // Rita replies first, so she follows the discussion; then Sione's reply tells Mele and Rita
        Visitor ritaWeb = fixtures.signedIn(rita);
        assertThat(ritaWeb.submitNoFollow(thread, thread + "/replies", fields("body", "Mine."))
                        .status())
                .isEqualTo(302);
        await().atMost(PATIENCE).until(() -> kindsOf(mele).contains("REPLY"));
        Visitor sioneWeb = fixtures.signedIn(sione);
        assertThat(sioneWeb.submitNoFollow(thread, thread + "/replies", fields("body", "The register."))
                        .status())
                .isEqualTo(302);
        await().atMost(PATIENCE).until(() -> kindsOf(rita).contains("REPLY"));
        await().atMost(PATIENCE)
                .until(() -> kindsOf(mele).stream().filter("REPLY"::equals).count() == 2);

        String arabic = "ردّ <bdi>Sione Vake</bdi> في النقاش «<bdi>" + TYPED + "</bdi>»";
        Page list = meleWeb.get("/notifications");
        assertThat(list.body())
                .contains(arabic)
                .contains("ردّ <bdi>Rita Petrova</bdi> في النقاش")
                .doesNotContain("replied to");
        assertThat(list.body())
                .containsPattern("<a dir=\"auto\" href=\"/notifications/\\d+\">" + Pattern.quote(arabic));

        Page stream = meleWeb.get("/c/" + community.slug() + "/activity");
        assertThat(stream.body()).contains(arabic).doesNotContain("replied to");

        Page api = fixtures.bearer(fixtures.token(mele)).api("GET", "/api/v1/notifications", null);
        assertThat(api.body()).contains("ردّ Sione Vake في النقاش «" + TYPED + "»");

        Mailbox.Mail mail = new Mailbox(smtp).await(rita.email(), "Sione Vake");
        assertThat(mail.subject()).isEqualTo("[Arab statistics] Sione Vake ответил(а) в обсуждении «" + TYPED + "»");
        assertThat(mail.body()).startsWith("Sione Vake ответил(а) в обсуждении «" + TYPED + "»");

        // the stored English stays for what reads it (newsletters, the public Atom feed)
        assertThat(db.sql("select title from notifications.activities where community_id = ? and kind = 'REPLY'"
                                + " order by id desc limit 1")
                        .param(community.id())
                        .query(String.class)
                        .single()
                        .replace("\u2060", ""))
                .isEqualTo("Sione Vake replied to “" + TYPED + "”");
    }

    @Test
    void aNoticeAndALineStoredBeforeTitlesHadKeysShowTheirEnglish() {
        Community community = fixtures.community("Old titles");
        Account ana = fixtures.member(community, "Ana Old", CommunityRole.FACILITATOR);
        Account layla = fixtures.member(community, "Layla Arabic", CommunityRole.MEMBER);
        speaks(layla, "ar");
        long activity = db.sql("""
                        insert into notifications.activities (community_id, kind, actor_id, actor_name, title, excerpt, link,
                            about, item, happened_at)
                        values (?, 'REPLY', ?, 'Ana Old', 'Ana Old replied to “Before keys”', '', ?, 'thread:9', 'post:9', ?)
                        returning id""")
                .params(
                        community.id(),
                        ana.id(),
                        "/c/" + community.slug() + "/discussions/9",
                        java.sql.Timestamp.from(Instant.now()))
                .query(Long.class)
                .single();
        db.sql(
                        "insert into notifications.notices (account_id, activity_id, community_id, mailing) values (?, ?, ?, 'NONE')")
                .params(layla.id(), activity, community.id())
                .update();
        db.sql("""
                        insert into activity.lines (community_id, kind, actor_id, actor_name, title, link, visibility, about,
                            item, at)
                        values (?, 'REPLY', ?, 'Ana Old', 'Ana Old replied to “Before keys”', ?, 'MEMBERS', 'thread:9',
                            'post:9', now())""")
                .params(community.id(), ana.id(), "/c/" + community.slug() + "/discussions/9")
                .update();

        Visitor laylaWeb = fixtures.signedIn(layla);
        assertThat(laylaWeb.get("/notifications").body()).contains("Ana Old replied to “Before keys”");
        assertThat(laylaWeb.get("/c/" + community.slug() + "/activity").body())
                .contains("Ana Old replied to “Before keys”");
        assertThat(fixtures.bearer(fixtures.token(layla))
                        .api("GET", "/api/v1/notifications", null)
                        .body())
                .contains("\"title\":\"Ana Old replied to “Before keys”\"");
    }
}
