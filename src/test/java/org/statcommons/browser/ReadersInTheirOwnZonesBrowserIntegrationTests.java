package org.statcommons.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Chromium;
import org.statcommons.support.DefaultModerationLimits;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestSmtp;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * Issue 9's everyday story in one browser, with the real limits for new accounts. A data-integration community has
 * members in Kathmandu (UTC+5:45), Apia (UTC+13, a Saturday already when Paris has Friday afternoon) and Paris: each
 * reads the meeting poll, their answers, the scheduled meeting, the meetings list, the activity and their
 * notifications in their own time zone, with the organiser's second; a reader who is not signed in reads UTC with
 * the offset; a member whose profile has no zone is offered the browser's. An invited person, whose first password
 * is refused, keeps the code-of-conduct tick and what they typed, then posts a reply with links at once. A member
 * quotes a post into the reply they are typing.
 */
@StatCommonsIntegrationTest
@DefaultModerationLimits
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadersInTheirOwnZonesBrowserIntegrationTests {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestSmtp.SETUP);

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    @LocalServerPort
    int port;

    Chromium browser;
    String base;
    Community community;
    Account secretariat;
    Account fatima;
    Account kamala;
    Account tevita;
    /** A Friday at least ten days ahead, 13:00 UTC: 14:00 in Paris, 18:45 in Kathmandu, Saturday 02:00 in Apia. */
    LocalDate friday;

    Instant fridayAt13Utc;

    @BeforeAll
    void setUp() {
        base = "http://localhost:" + port;
        community = fixtures.community("Data integration community of practice");
        secretariat = fixtures.member(community, "Sofia Secretariat", CommunityRole.SECRETARIAT);
        fatima = fixtures.member(community, "Fatima Haddad", CommunityRole.FACILITATOR);
        kamala = fixtures.member(community, "Kamala Shrestha", CommunityRole.MEMBER);
        tevita = fixtures.member(community, "Tevita Tupou", CommunityRole.MEMBER);
        zone(fatima, "Europe/Paris");
        zone(kamala, "Asia/Kathmandu");
        zone(tevita, "Pacific/Apia");
        // the secretariat and the facilitator were invited: they post (meetings, discussions) without the limits
        // for new accounts of open sign-up, which Kamala and Tevita, made as if by open sign-up, still have
        for (Account invited : List.of(secretariat, fatima)) {
            db.sql("update identity.accounts set vouched_at = now() where id = ?")
                    .param(invited.id())
                    .update();
        }
        friday = LocalDate.now(ZoneOffset.UTC).plusDays(10).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        fridayAt13Utc = friday.atTime(13, 0).toInstant(ZoneOffset.UTC);
        browser = Chromium.start();
    }

    @AfterAll
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void eachMemberReadsThePollTheMeetingAndTheirNoticesInTheirOwnZone() {
        String api = "/api/v1/communities/" + community.slug() + "/meetings";
        Visitor organiser = fixtures.bearer(fixtures.token(fatima));
        String people = "[" + kamala.id() + "," + tevita.id() + "]";
        // times are typed in the organiser's zone: 14:00 in Paris
        Page poll = organiser.api(
                "POST",
                api,
                "{\"title\":\"Record linkage clinic\",\"candidates\":[\"" + friday + " 14:00\"],"
                        + "\"invite\":\"CHOSEN\",\"people\":" + people + "}");
        assertThat(poll.status()).as(poll.body()).isEqualTo(201);
        long pollId = BrowserSteps.firstNumber("\"id\":(\\d+)", poll.body());
        Page held = organiser.api(
                "POST",
                api,
                "{\"title\":\"Steering call\",\"candidates\":[\"" + friday + " 14:00\"],"
                        + "\"invite\":\"CHOSEN\",\"people\":" + people + "}");
        long heldId = BrowserSteps.firstNumber("\"id\":(\\d+)", held.body());
        long candidate = BrowserSteps.firstNumber("\"candidates\":\\[\\{\"id\":(\\d+)", held.body());
        Page scheduled = organiser.api("POST", api + "/" + heldId + "/schedule", "{\"candidateId\":" + candidate + "}");
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(200);
        String day = friday.getDayOfMonth() + " " + month(friday);
        String nextDay = friday.plusDays(1).getDayOfMonth() + " " + month(friday.plusDays(1));
        String inKathmandu = "Fri " + day + " " + friday.getYear() + ", 18:45 (Asia/Kathmandu, UTC+05:45)";
        String inParis = "Europe/Paris: Fri " + day + " " + friday.getYear() + ", 14:00";
        String inApia = "Sat " + nextDay + " " + friday.plusDays(1).getYear() + ", 02:00 (Pacific/Apia, UTC+13:00)";
        String meetings = base + "/c/" + community.slug() + "/meetings";

        BrowserSteps.signIn(browser, base, kamala);
        browser.open(meetings + "/" + pollId);
        assertThat(browser.mainText())
                .contains("Proposed times, in your time zone (Asia/Kathmandu), then in the organiser's (Europe/Paris)")
                .contains(inKathmandu + " — " + inParis);
        assertThat(BrowserSteps.legends(browser)).containsExactly(inKathmandu + " — " + inParis);
        browser.open(meetings + "/" + heldId);
        assertThat(browser.mainText()).contains("When\n" + inKathmandu + " — " + inParis + ", 60 minutes");
        browser.open(meetings);
        assertThat(browser.mainText()).contains("Steering call", inKathmandu);
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            browser.open(base + "/notifications");
            return browser.mainText().contains("“Steering call” is scheduled for " + inKathmandu + " — " + inParis);
        });
        browser.screenshot("issue9-kathmandu-notices");
        browser.press("Sign out");

        BrowserSteps.signIn(browser, base, tevita);
        browser.open(meetings + "/" + pollId);
        assertThat(browser.mainText()).contains(inApia + " — " + inParis);
        // Saturday 02:00 in Apia: their answer form says it is their weekend
        assertThat(BrowserSteps.legends(browser)).containsExactly(inApia + " — " + inParis + " your weekend");
        browser.screenshot("issue9-apia-poll");
        browser.press("Sign out");

        BrowserSteps.signIn(browser, base, fatima);
        browser.open(meetings + "/" + heldId);
        // the organiser's own zone is not repeated
        assertThat(browser.mainText())
                .contains("Fri " + day + " " + friday.getYear() + ", 14:00 (Europe/Paris, UTC+01:00), 60 minutes")
                .doesNotContain(inParis);
        browser.press("Sign out");
    }

    @Test
    void aReaderWhoIsNotSignedInReadsUtcWithTheOffsetAndAMemberTheirOwnTime() {
        Visitor facilitator = fixtures.signedIn(fatima);
        assertThat(fixtures.page(facilitator, community, "linkage-guide", "Linkage guide", "How we link records.")
                        .status())
                .isEqualTo(200);
        String space = "/c/" + community.slug() + "/space";
        Page published = facilitator.submit(space + "/linkage-guide", space + "/-/publish/linkage-guide", Map.of());
        assertThat(published.status()).as(published.text()).isEqualTo(200);
        Instant at = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> db.sql("select max(at) from activity.lines where community_id = ? and kind = ?")
                                .params(community.id(), "PAGE_PUBLISHED")
                                .query(java.sql.Timestamp.class)
                                .optional()
                                .map(java.sql.Timestamp::toInstant)
                                .orElse(null),
                        java.util.Objects::nonNull);
        String utc = at.atZone(ZoneOffset.UTC)
                .toLocalDateTime()
                .toString()
                .substring(0, 16)
                .replace('T', ' ');
        String kathmandu = at.atZone(java.time.ZoneId.of("Asia/Kathmandu"))
                .toLocalDateTime()
                .toString()
                .substring(0, 16)
                .replace('T', ' ');
        String activity = base + "/c/" + community.slug() + "/activity";

        browser.open(activity);
        assertThat(browser.mainText()).contains("Linkage guide", utc + " UTC+00:00");
        BrowserSteps.signIn(browser, base, kamala);
        browser.open(activity);
        assertThat(browser.mainText()).contains("Linkage guide", kathmandu + " UTC+05:45");
        browser.press("Sign out");
    }

    @Test
    void aMemberWithoutAZoneIsOfferedTheBrowsersAndThenReadsTheirTimes() {
        Account nadia = fixtures.member(community, "Nadia Sharma", CommunityRole.MEMBER);
        zone(nadia, null);
        chrome().executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Asia/Kathmandu"));
        try {
            BrowserSteps.signIn(browser, base, nadia);
            browser.open(base + "/account");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                    .until(d ->
                            "Asia/Kathmandu".equals(browser.field("Time zone").getDomProperty("value")));
            assertThat(browser.mainText()).contains("Proposed from your browser: Kathmandu");
            browser.screenshot("issue9-zone-proposed");
            browser.press("Save profile");
            assertThat(db.sql("select time_zone from identity.accounts where id = ?")
                            .param(nadia.id())
                            .query(String.class)
                            .single())
                    .isEqualTo("Asia/Kathmandu");
            // a profile that has a zone is left as it is
            browser.open(base + "/account");
            assertThat(browser.mainText()).doesNotContain("Proposed from your browser");
            browser.press("Sign out");
        } finally {
            chrome().executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", ""));
        }
    }

    @Test
    void anInvitedPersonKeepsTheTickAfterAPasswordErrorThenPostsLinksAtOnce() throws Exception {
        Visitor secretariatVisitor = fixtures.signedIn(secretariat);
        String invitee = Fixtures.uniqueEmail("losa");
        String invitations = "/c/" + community.slug() + "/invitations";
        assertThat(secretariatVisitor
                        .submit(invitations, invitations, Map.of("email", invitee, "role", "MEMBER"))
                        .status())
                .isEqualTo(200);
        long discussion = discussion("Linking census and tax records", "Which keys do you link on?");

        browser.open(invitationLink(invitee));
        browser.fill("Password", "short")
                .fill("Name", "Losa Faleolo")
                .fill("Organisation", "Samoa Bureau of Statistics")
                .choose("Kind of organisation", "National statistical office")
                .choose("Country", "Samoa")
                .tick("I have read and accept the code of conduct (version 1).");
        // the browser would refuse the short password itself; the server's refusal is what is walked here
        chrome().executeScript("document.getElementById('password').removeAttribute('minlength')");
        browser.press("Create account and join");
        assertThat(browser.mainText()).contains("at least 12 characters");
        assertThat(browser.field("I have read and accept the code of conduct (version 1).")
                        .isSelected())
                .isTrue();
        assertThat(browser.field("Name").getDomProperty("value")).isEqualTo("Losa Faleolo");
        assertThat(browser.field("Organisation").getDomProperty("value")).isEqualTo("Samoa Bureau of Statistics");
        assertThat(browser.field("Password").getDomProperty("value")).isEmpty();
        browser.screenshot("issue9-password-refused-tick-kept");
        browser.fill("Password", "tapa cloth lagoon 1962").press("Create account and join");
        assertThat(browser.mainText()).contains("Welcome to StatCommons and to " + community.name());

        // invited, so trusted from the first minute: three links in a first reply
        browser.open(base + "/c/" + community.slug() + "/discussions/" + discussion);
        browser.fill(
                        "Your reply",
                        "We link on three keys, see https://sbs.example.ws/keys, https://sbs.example.ws/method and"
                                + " https://sbs.example.ws/code.")
                .press("Reply");
        assertThat(browser.mainText()).contains("We link on three keys").doesNotContain("at most 2 links");
        browser.press("Sign out");
    }

    @Test
    void aQuoteJoinsTheReplyBeingTypedAtTheCursor() {
        long discussion = discussion("Probabilistic or deterministic?", "Which do you use for the census?");
        BrowserSteps.signIn(browser, base, kamala);
        browser.open(base + "/c/" + community.slug() + "/discussions/" + discussion);
        WebElement reply = browser.field("Your reply");
        reply.sendKeys("We started deterministic.\n\nThen we moved on.");
        // the cursor goes back to the end of the first paragraph, where the quote belongs
        chrome().executeScript(
                        "var box = arguments[0]; var at = box.value.indexOf('\\n'); box.setSelectionRange(at, at);",
                        reply);
        browser.driver()
                .findElement(By.xpath("//button[normalize-space()='Quote']"))
                .click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> reply.getDomProperty("value").contains("wrote]("));
        String typed = reply.getDomProperty("value");
        assertThat(typed)
                .startsWith("We started deterministic.\n\n> [Fatima Haddad wrote](")
                .contains("> Which do you use for the census?")
                .endsWith("Then we moved on.");
        browser.screenshot("issue9-quote-in-typed-reply");
        browser.press("Reply");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("article.post:last-of-type"))
                        .getText())
                .contains("We started deterministic.", "Fatima Haddad wrote", "Then we moved on.");
        browser.press("Sign out");
    }

    private long discussion(String title, String body) {
        Page started = fixtures.bearer(fixtures.token(fatima))
                .api(
                        "POST",
                        "/api/v1/communities/" + community.slug() + "/discussions",
                        "{\"title\":\"" + title + "\",\"body\":\"" + body + "\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        return BrowserSteps.firstNumber("\"id\":(\\d+)", started.body());
    }

    private ChromeDriver chrome() {
        return (ChromeDriver) browser.driver();
    }

    private void zone(Account account, String zone) {
        db.sql("update identity.accounts set time_zone = ? where id = ?")
                .params(zone, account.id())
                .update();
    }

    private static String month(LocalDate day) {
        return day.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH);
    }

    /** Waits for the community's invitation to arrive over SMTP and reads the link a person would click. */
    private String invitationLink(String to) throws Exception {
        Pattern link = Pattern.compile(Pattern.quote(base) + "/invitations/[A-Za-z0-9_-]+");
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage message : mail.getReceivedMessages()) {
                if (message.getAllRecipients()[0].toString().equals(to)) {
                    Matcher found = link.matcher((String) message.getContent());
                    assertThat(found.find()).as("a link in the invitation").isTrue();
                    return found.group();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no invitation to " + to + " within 30 s");
    }
}
