package org.statcommons.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.JoinPolicy;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Chromium;
import org.statcommons.support.Fixtures;
import org.statcommons.support.Mailbox;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestSmtp;
import org.statcommons.support.Visitor;

/**
 * Issue 9, points 4 and 8, in a real browser. Getting in: someone without an account requests an invitation,
 * confirms their address, the secretariat approves and the person joins; the secretariat pastes a list with two bad
 * lines, mends it and sends it. Finding one's way: the community's navigation is the same on five of its screens
 * and fits a 375-pixel phone in at most two lines without scrolling sideways; a topic group's page lists its
 * discussion and meeting; the public landing page lists a published page.
 */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GettingInAndFindingTheWayBrowserIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP).withPerMethodLifecycle(false);

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    @LocalServerPort
    int port;

    final Mailbox mailbox = new Mailbox(smtp);
    Chromium browser;
    String base;

    @BeforeAll
    void startBrowser() {
        browser = Chromium.start();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) { // null when Chromium is missing and the class was skipped
            browser.close();
        }
    }

    @BeforeEach
    void freshVisitor() {
        base = "http://localhost:" + port;
        browser.open(base + "/");
        browser.driver().manage().deleteAllCookies();
    }

    @Test
    void someoneRequestsAnInvitationConfirmsTheSecretariatApprovesAndTheyJoin() {
        Account secretariat = fixtures.newcomer("Mere Tuilagi", PlatformRole.SECRETARIAT);
        Community community = fixtures.community("Pacific data integration", JoinPolicy.BY_REQUEST, secretariat);
        String slug = community.slug();
        String email = Fixtures.uniqueEmail("sione");

        browser.open(base + "/c/" + slug);
        assertThat(browser.mainText()).contains("New to StatCommons?");
        browser.follow("Request an invitation")
                .fill("Name", "Sione Tupou")
                .fill("E-mail address", email)
                .fill("Organisation", "Tonga Statistics Department")
                .choose("Country", "Tonga")
                .fill("Why you would like to join", "We link census and administrative data and want to learn.")
                .press("Send my request");
        assertThat(browser.path()).isEqualTo("/c/" + slug);
        assertThat(browser.mainText()).contains("We have sent a message to " + email);

        String confirm = mailbox.await(email, "Please confirm").link("/invitation-requests/");
        browser.open(base + confirm);
        assertThat(browser.mainText()).contains("Sione Tupou", "Pacific data integration");
        browser.press("Confirm my address");
        assertThat(browser.mainText()).contains("your address is confirmed");

        BrowserSteps.signIn(browser, base, secretariat);
        browser.open(base + "/c/" + slug).follow("Requests");
        assertThat(browser.mainText()).contains("Sione Tupou", "Tonga Statistics Department", "Tonga");
        browser.fill("Message (sent with the invitation, or with the answer if declined)", "Malo e lelei!")
                .press("Approve and invite");
        assertThat(browser.mainText()).contains("Approved; an invitation has been sent.");
        browser.press("Sign out");

        String invitation =
                mailbox.await(email, "Invitation to Pacific data integration").link("/invitations/");
        browser.open(base + invitation);
        assertThat(browser.field("Name").getDomProperty("value")).isEqualTo("Sione Tupou");
        assertThat(browser.field("Organisation").getDomProperty("value")).isEqualTo("Tonga Statistics Department");
        browser.fill("Password", "coral reef ledger 1875")
                .choose("Kind of organisation", "National statistical office")
                .choose("Country", "Tonga")
                .tick("I have read and accept the code of conduct (version 1).")
                .press("Create account and join");
        assertThat(browser.path()).isEqualTo("/c/" + slug);
        assertThat(browser.mainText()).contains("Welcome to StatCommons and to Pacific data integration");
    }

    @Test
    void theSecretariatPastesAListWithTwoBadLinesMendsItAndSendsIt() {
        Account secretariat = fixtures.newcomer("Lucía Herrera", PlatformRole.SECRETARIAT);
        Community community = fixtures.community("Pilot experts", JoinPolicy.BY_INVITATION, secretariat);
        String slug = community.slug();
        List<String> good =
                List.of(Fixtures.uniqueEmail("ana"), Fixtures.uniqueEmail("bao"), Fixtures.uniqueEmail("chidi"));
        String bad = "Ana Ruiz <" + good.get(0) + ">\n"
                + "bao.nguyen-at-gso.example\n"
                + "Chidi Okafor," + good.get(2) + ",NBS Nigeria,Chair\n";

        BrowserSteps.signIn(browser, base, secretariat);
        browser.open(base + "/c/" + slug).follow("Invitations").follow("Invite many people at once");
        browser.fill("People to invite", bad).press("Check the list");
        assertThat(browser.mainText())
                .contains("2 problems to mend. Nothing has been sent.")
                .contains("Line 2: \u201cbao.nguyen-at-gso.example\u201d is not an e-mail address.")
                .contains("Line 3: Unknown role \u201cChair\u201d");
        assertThat(browser.driver().findElements(By.xpath("//button[starts-with(normalize-space(), 'Send')]")))
                .isEmpty();
        assertThat(invitations(community)).isZero();

        String mended = bad.replace("bao.nguyen-at-gso.example", "Bao Nguyen <" + good.get(1) + ">")
                .replace(",Chair", ",Member");
        browser.fill("People to invite", mended).press("Check the list");
        assertThat(browser.mainText()).contains("The list is ready: 3 people will be invited.", "NBS Nigeria");
        assertThat(invitations(community)).isZero();
        browser.press("Send 3 invitations");
        assertThat(browser.path()).isEqualTo("/c/" + slug + "/invitations");
        assertThat(browser.mainText()).contains("3 invitations sent");
        for (String address : good) {
            assertThat(mailbox.await(address, "Invitation to Pilot experts").body())
                    .contains("Lucía Herrera invites you");
        }
    }

    @Test
    void theNavigationIsTheSameOnFiveScreensAndFitsAPhone() {
        Account secretariat = fixtures.newcomer("Nav Secretariat", PlatformRole.SECRETARIAT);
        Community community = fixtures.community("Way finding", JoinPolicy.BY_REQUEST, secretariat);
        String c = base + "/c/" + community.slug();
        Map<String, String> screens = new LinkedHashMap<>();
        screens.put(c, "About");
        screens.put(c + "/space", "Pages");
        screens.put(c + "/proposals", "Pages");
        screens.put(c + "/meetings", "Meetings");
        screens.put(c + "/discussions", "Discussions");
        screens.put(c + "/invitations", "Invitations");

        BrowserSteps.signIn(browser, base, secretariat);
        String navigation = null;
        String crumbs = null;
        for (Map.Entry<String, String> screen : screens.entrySet()) {
            browser.open(screen.getKey());
            String shown = browser.driver()
                    .findElement(By.cssSelector("nav.community"))
                    .getText();
            String trail =
                    browser.driver().findElement(By.cssSelector("nav.crumbs")).getText();
            navigation = navigation == null ? shown : navigation;
            crumbs = crumbs == null ? trail : crumbs;
            assertThat(shown).as(screen.getKey()).isEqualTo(navigation);
            assertThat(trail).as(screen.getKey()).isEqualTo(crumbs);
            assertThat(browser.driver()
                            .findElement(By.cssSelector("nav.community a[aria-current=page]"))
                            .getDomProperty("textContent"))
                    .as(screen.getKey())
                    .isEqualTo(screen.getValue());
        }
        assertThat(navigation.replace('\n', ' ')).isEqualTo("About Pages Discussions Meetings Members More Manage");
        assertThat(crumbs).isEqualTo("Communities › Way finding");

        chrome().executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", 375, "height", 800, "deviceScaleFactor", 2, "mobile", true));
        try {
            for (String screen : screens.keySet()) {
                browser.open(screen);
                assertThat(sidewaysOverflow()).as(screen).isZero();
                assertThat(navigationLines()).as(screen).isBetween(1L, 2L);
            }
            browser.open(c + "/space");
            browser.driver()
                    .findElement(By.xpath("//nav[@class='community']//summary[normalize-space()='Manage']"))
                    .click();
            assertThat(browser.driver().findElement(By.linkText("Audit log")).isDisplayed())
                    .isTrue();
            assertThat(sidewaysOverflow()).as("the open group").isZero();
        } finally {
            chrome().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }

        // without JavaScript, the groups are <details>: the links are in the page for any browser
        String page = fixtures.signedIn(secretariat)
                .get("/c/" + community.slug() + "/space")
                .body();
        assertThat(page).contains("<details>", "<summary", "/c/" + community.slug() + "/audit");
    }

    @Test
    void aTopicGroupListsItsDiscussionAndMeetingAndTheLandingPageItsPublishedPage() {
        Account secretariat = fixtures.newcomer("Topic Secretariat", PlatformRole.SECRETARIAT);
        Community community = fixtures.community("Record linkage", JoinPolicy.BY_REQUEST, secretariat);
        String slug = community.slug();
        Visitor office = fixtures.signedIn(secretariat);
        String topics = "/c/" + slug + "/topics";
        office.submit(topics, topics, fields("topic", "linkage", "name", "Linkage methods", "description", ""));
        Account tevita = fixtures.member(community, "Tevita Fifita", CommunityRole.MEMBER);
        office.submit(
                topics + "/linkage",
                topics + "/linkage/members",
                fields("accountId", String.valueOf(tevita.id()), "add", "true"));
        String discussions = "/c/" + slug + "/discussions";
        office.submit(
                discussions + "/new",
                discussions,
                fields("topic", "linkage", "title", "Blocking keys for names", "body", "Which keys work for you?"));
        long group = db.sql("select id from community.topic_groups where community_id = ? and slug = 'linkage'")
                .param(community.id())
                .query(Long.class)
                .single();
        String day = LocalDate.now(ZoneOffset.UTC).plusDays(10).toString();
        String meetings = "/c/" + slug + "/meetings";
        Visitor.Page proposed = office.submitNoFollow(
                meetings + "/new",
                meetings + "/new",
                fields(
                        "title",
                        "Linkage clinic",
                        "kind",
                        "REGULAR",
                        "duration",
                        "60",
                        "onlineLink",
                        "https://meet.example.org/linkage",
                        "place",
                        "",
                        "agenda",
                        "Bring your hardest pairs.",
                        "candidates",
                        day + " 09:00\n" + day + " 15:00",
                        "invite",
                        "TOPIC_GROUP",
                        "topicGroupId",
                        String.valueOf(group)));
        assertThat(proposed.status()).as(proposed.text()).isEqualTo(302);
        String page = fixtures.page(
                        office,
                        community,
                        "guides/linkage-guide",
                        "Linkage guide",
                        "Deterministic, then probabilistic.")
                .path();
        office.submit(page, page.replace("/space/", "/space/-/publish/"), fields());

        BrowserSteps.signIn(browser, base, secretariat);
        browser.open(base + "/c/" + slug).follow("Topic groups").follow("Linkage methods");
        List<String> sections = new ArrayList<>();
        for (WebElement region : browser.driver().findElements(By.cssSelector("main .listed"))) {
            sections.add(region.getText());
        }
        assertThat(String.join("\n", sections))
                .contains("Discussions", "Blocking keys for names", "Meetings", "Linkage clinic", "finding a time");
        browser.follow("Blocking keys for names");
        assertThat(browser.heading()).isEqualTo("Blocking keys for names");
        browser.press("Sign out");

        browser.open(base + "/c/" + slug);
        assertThat(browser.mainText()).contains("Published pages", "Linkage guide");
        browser.follow("Linkage guide");
        assertThat(browser.path()).isEqualTo(page.replace("/space/", "/p/"));
        assertThat(browser.mainText()).contains("Deterministic, then probabilistic.");
    }

    private ChromeDriver chrome() {
        return (ChromeDriver) browser.driver();
    }

    private int invitations(Community community) {
        return db.sql("select count(*) from community.invitations where community_id = ?")
                .param(community.id())
                .query(Integer.class)
                .single();
    }

    /** How many pixels the page is wider than the screen (0: nothing to scroll sideways). */
    private long sidewaysOverflow() {
        Number overflow = (Number)
                chrome().executeScript(
                                "return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth);");
        return overflow.longValue();
    }

    /** On how many lines the community navigation's entries lie. */
    private long navigationLines() {
        Number lines = (Number)
                chrome().executeScript("return new Set(Array.from(document.querySelectorAll('nav.community > ul > li'))"
                        + ".map(li => Math.round(li.getBoundingClientRect().top))).size;");
        return lines.longValue();
    }
}
