package org.statcommons.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Chromium;
import org.statcommons.support.Fixtures;
import org.statcommons.support.Mailbox;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestSmtp;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * Issue 9's smaller things (§11), walked in one browser by the people of a statistics community: a link to a page
 * nobody wrote yet offers the facilitator the new-page form, a member a proposal and a guest a note; "Publish this
 * version" sits with the page's actions; a comment's notice names the page by its title; the secretariat changes the
 * code of conduct and a member reads what changed since the version they accepted, compares two versions and
 * accepts; the audit log tells it in words; {@code /favicon.ico} is the icon; an invited person chooses their kind
 * of organisation (no default) from a form whose time zones are canonical, grouped by region, with offsets; and a
 * meeting poll with members in Apia and Paris never suggests a time someone said "No" to ahead of one all can attend,
 * and marks each invitee's own weekend.
 */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SmallThingsBrowserIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP);

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId APIA = ZoneId.of("Pacific/Apia");

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    @LocalServerPort
    int port;

    Chromium browser;
    String base;
    String space;
    Community community;
    Account sofia;
    Account fatima;
    Account tevita;
    Account pierre;
    Account gina;

    @BeforeAll
    void setUp() {
        base = "http://localhost:" + port;
        community = fixtures.community("Data integration community of practice");
        space = "/c/" + community.slug() + "/space";
        sofia = fixtures.member(community, "Sofia Secretariat", CommunityRole.SECRETARIAT);
        fatima = fixtures.member(community, "Fatima Haddad", CommunityRole.FACILITATOR);
        tevita = fixtures.member(community, "Tevita Tupou", CommunityRole.MEMBER);
        pierre = fixtures.member(community, "Pierre Martin", CommunityRole.MEMBER);
        gina = fixtures.member(community, "Gina Guest", CommunityRole.GUEST);
        for (Account person : List.of(sofia, fatima, tevita, pierre, gina)) {
            // all of them were invited, so none has the limits of a new account of open sign-up
            db.sql("update identity.accounts set vouched_at = now(), time_zone = ? where id = ?")
                    .params(person == tevita ? APIA.getId() : PARIS.getId(), person.id())
                    .update();
        }
        Page plan = fixtures.page(
                fixtures.signedIn(fatima),
                community,
                "survey-plan",
                "Survey plan",
                "Sampling: two stages.\n\nFollow the [[Field manual]].\n");
        assertThat(plan.status()).isEqualTo(200);
        browser = Chromium.start();
    }

    @AfterAll
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aLinkToAMissingPageOffersWhatEachPersonMayDoAndPublishingSitsWithThePageActions() {
        BrowserSteps.signIn(browser, base, fatima);
        browser.open(base + space + "/survey-plan");
        // "Publish this version" comes right after the page's actions, before its title and its files
        WebElement publishing = (WebElement) chrome().executeScript(
                        "return document.querySelector('nav[aria-label=\"This page\"]').nextElementSibling;");
        assertThat(publishing.getText()).isEqualTo("Publish this version");
        assertThat(chrome().executeScript("return document.querySelector('.page-publishing')"
                        + ".compareDocumentPosition(document.querySelector('h1')) & Node.DOCUMENT_POSITION_FOLLOWING"))
                .isNotEqualTo(0L);
        browser.follow("Field manual");
        assertThat(browser.heading()).isEqualTo("New page");
        assertThat(browser.field("Title").getDomProperty("value")).isEqualTo("Field manual");
        browser.press("Sign out");

        // a member who may not edit is offered a proposal of the new page, the same form when typing the address
        BrowserSteps.signIn(browser, base, tevita);
        browser.open(base + space + "/survey-plan");
        assertThat(browser.driver().findElement(By.linkText("Field manual")).getDomAttribute("title"))
                .isEqualTo("This page does not exist yet: create it");
        browser.follow("Field manual");
        assertThat(browser.heading()).isEqualTo("Propose a change");
        assertThat(browser.field("Page title").getDomProperty("value")).isEqualTo("Field manual");
        assertThat(browser.field("Page address").getDomProperty("value")).isEqualTo("field-manual.md");
        browser.open(base + space + "/-/new?path=methods/linkage.md&title=Record+linkage");
        assertThat(browser.path()).isEqualTo("/c/" + community.slug() + "/proposals/new");
        assertThat(browser.field("Page title").getDomProperty("value")).isEqualTo("Record linkage");
        assertThat(browser.field("Page address").getDomProperty("value")).isEqualTo("methods/linkage.md");
        browser.press("Sign out");

        // a guest reads that the page does not exist yet, and no link
        BrowserSteps.signIn(browser, base, gina);
        browser.open(base + space + "/survey-plan");
        assertThat(browser.mainText()).contains("Field manual (this page does not exist yet)");
        assertThat(browser.driver().findElements(By.linkText("Field manual"))).isEmpty();
        assertThat(browser.driver().findElements(By.xpath("//button[normalize-space()='Publish this version']")))
                .isEmpty();
        browser.press("Sign out");
    }

    @Test
    void aCommentNoticeNamesThePageByItsTitle() {
        BrowserSteps.signIn(browser, base, fatima);
        browser.open(base + space + "/survey-plan");
        browser.press("Follow comments on this page");
        browser.press("Sign out");

        BrowserSteps.signIn(browser, base, pierre);
        browser.open(base + space + "/survey-plan");
        browser.fill("Start a thread on the whole page", "Two stages: which frame for the first?")
                .press("Comment");
        browser.press("Sign out");

        BrowserSteps.signIn(browser, base, fatima);
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            browser.open(base + "/notifications");
            return browser.mainText().contains("Pierre Martin commented on “Survey plan”");
        });
        assertThat(browser.mainText()).doesNotContain("survey-plan.md");
        browser.press("Sign out");
    }

    @Test
    void aMemberReadsWhatChangedInTheCodeOfConductAndTheAuditLogTellsItInWords() {
        BrowserSteps.signIn(browser, base, sofia);
        browser.open(base + "/c/" + community.slug() + "/code-of-conduct");
        browser.follow("Edit the code of conduct");
        String first = browser.field("Text (Markdown)").getDomProperty("value");
        browser.fill("Text (Markdown)", first.replaceFirst("(?s)\\n\\n", "\n\nAnswer within two working days.\n\n"))
                .press("Save new version");
        assertThat(browser.mainText()).contains("Saved as version 2");
        browser.press("Sign out");

        BrowserSteps.signIn(browser, base, tevita);
        browser.open(base + "/c/" + community.slug() + "/code-of-conduct");
        assertThat(browser.mainText()).contains("The code of conduct has changed since you accepted it");
        browser.follow("What changed since you accepted version 1");
        assertThat(browser.heading()).isEqualTo("Compare versions of the code of conduct");
        assertThat(browser.driver().findElements(By.cssSelector(".passage ins")))
                .extracting(WebElement::getText)
                .contains("Answer within two working days.");
        assertThat(browser.field("From").getDomProperty("value")).isEqualTo("1");
        assertThat(browser.field("to").getDomProperty("value")).isEqualTo("2");
        // the form works without JavaScript: two selects and a button
        browser.chooseValue("From", "2").press("Compare");
        assertThat(browser.mainText()).contains("This is the same version twice");
        browser.follow("All versions");
        assertThat(browser.mainText()).contains("Version 2", "Version 1", "Sofia Secretariat");
        browser.screenshot("issue9-conduct-versions");
        browser.follow("The current code of conduct");
        browser.tick("I have read and accept the code of conduct (version 2).").press("Accept");
        assertThat(browser.mainText()).contains("Thank you for accepting the code of conduct.");
        browser.press("Sign out");

        BrowserSteps.signIn(browser, base, sofia);
        browser.open(base + "/c/" + community.slug() + "/audit");
        assertThat(browser.mainText())
                .contains("Code of conduct changed", "Accepted the code of conduct")
                .doesNotContain("CONDUCT_EDITED", "CONDUCT_ACCEPTED");
        browser.press("Sign out");
    }

    @Test
    void theIconAnswersAtFaviconIco() {
        browser.open(base + "/favicon.ico");
        assertThat(browser.driver().getPageSource()).contains("<svg");
        Page icon = fixtures.anonymous().getNoFollow("/favicon.ico");
        assertThat(icon.status()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
    }

    @Test
    void anInvitedPersonChoosesTheirKindOfOrganisationAndAZoneByRegion() {
        String invitee = Fixtures.uniqueEmail("ana");
        BrowserSteps.signIn(browser, base, sofia);
        browser.open(base + "/c/" + community.slug() + "/invitations");
        browser.fill("E-mail address", invitee).press("Send invitation");
        browser.press("Sign out");

        browser.open(base + new Mailbox(smtp).await(invitee, "").link("/invitations/"));
        // no kind of organisation is chosen for anyone, and one must be
        assertThat(browser.field("Kind of organisation").getDomProperty("value"))
                .isEmpty();
        assertThat(browser.field("Kind of organisation").getDomAttribute("required"))
                .isNotNull();
        // canonical zones only, grouped by region, each with its offset now
        List<String> regions = browser.driver().findElements(By.cssSelector("#timeZone optgroup")).stream()
                .map(group -> group.getDomAttribute("label"))
                .toList();
        assertThat(regions).contains("Africa", "Europe", "Pacific");
        WebElement apia = browser.driver()
                .findElement(By.cssSelector("#timeZone optgroup[label=Pacific] option[value='Pacific/Apia']"));
        assertThat(apia.getText()).isEqualTo("Apia (UTC+13:00)");
        assertThat(browser.driver().findElements(By.cssSelector("#timeZone option[value='Africa/Asmera']")))
                .isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("#timeZone option[value='Africa/Asmara']")))
                .hasSize(1);
        browser.screenshot("issue9-kind-and-zones");
    }

    /**
     * Four times proposed by Fatima in Paris to Tevita (Apia) and Pierre (Paris). Thursday 20:00 in Paris (Friday
     * 08:00 in Apia) suits both, if late for Paris; Friday 09:00 in Paris (21:00 in Apia) would spare Paris, but
     * Pierre answered "No"; Friday 14:00 in Paris is Saturday 02:00 in Apia; Sunday 20:00 in Paris is Monday 08:00
     * in Apia.
     */
    @Test
    void thePollNeverSuggestsATimeSomeoneRefusedAheadOfOneAllCanAttendAndMarksEachOnesWeekend() {
        LocalDate thursday = LocalDate.now(PARIS).plusDays(10).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        LocalDate friday = thursday.plusDays(1);
        LocalDate sunday = thursday.plusDays(3);
        Visitor organiser = fixtures.bearer(fixtures.token(fatima));
        Page poll = organiser.api(
                "POST",
                "/api/v1/communities/" + community.slug() + "/meetings",
                "{\"title\":\"Record linkage clinic\",\"candidates\":[\"" + thursday + " 20:00\",\"" + friday
                        + " 09:00\",\"" + friday + " 14:00\",\"" + sunday + " 20:00\"],"
                        + "\"invite\":\"CHOSEN\",\"people\":[" + tevita.id() + "," + pierre.id() + "]}");
        assertThat(poll.status()).as(poll.body()).isEqualTo(201);
        String meeting =
                base + "/c/" + community.slug() + "/meetings/" + BrowserSteps.firstNumber("\"id\":(\\d+)", poll.body());

        BrowserSteps.signIn(browser, base, pierre);
        browser.open(meeting);
        // his own weekend is Sunday's time, not Friday's (a Saturday in Apia)
        assertThat(BrowserSteps.legends(browser))
                .filteredOn(legend -> legend.endsWith("your weekend"))
                .singleElement()
                .asString()
                .startsWith("Sun ");
        BrowserSteps.answer(browser, "YES", "NO", "YES", "IF_NEED_BE");
        browser.press("Save my answers");
        browser.press("Sign out");

        BrowserSteps.signIn(browser, base, tevita);
        browser.open(meeting);
        assertThat(BrowserSteps.legends(browser))
                .filteredOn(legend -> legend.endsWith("your weekend"))
                .singleElement()
                .asString()
                .startsWith("Sat ")
                .contains("02:00 (Pacific/Apia");
        BrowserSteps.answer(browser, "YES", "YES", "NO", "IF_NEED_BE");
        browser.press("Save my answers");
        browser.screenshot("issue9-apia-weekend");
        browser.press("Sign out");

        BrowserSteps.signIn(browser, base, fatima);
        browser.open(meeting);
        List<WebElement> suggested =
                browser.driver().findElements(By.xpath("//tr[.//strong[normalize-space()='Suggested']]/th"));
        assertThat(suggested).hasSize(1);
        assertThat(suggested.get(0).getText()).startsWith("Thu ").contains(", 20:00 (Europe/Paris");
        browser.screenshot("issue9-fair-suggestion");
        browser.press("Sign out");
    }

    private ChromeDriver chrome() {
        return (ChromeDriver) browser.driver();
    }
}
