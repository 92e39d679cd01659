package org.statcommons.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
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
import org.statcommons.support.Accessibility;
import org.statcommons.support.Chromium;
import org.statcommons.support.Fixtures;
import org.statcommons.support.Keyboard;
import org.statcommons.support.Layout;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * Issue 10, accessibility as a tested property: axe-core checks every kind of page — signed out, signed in, forms
 * with errors, and in Arabic — and a serious or critical violation fails. One community with a page (published), a
 * proposal, a discussion and a meeting poll is shared by the checks, and so is one browser.
 */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    @LocalServerPort
    int port;

    Chromium browser;
    String base;
    Community community;
    Account admin;
    long discussion;
    long poll;
    long proposal;
    long body;
    long decision;
    String workplan;

    @BeforeAll
    void setUp() {
        base = "http://localhost:" + port;
        admin = fixtures.account("Amina Diallo", PlatformRole.ADMINISTRATOR);
        community = fixtures.community("Gender statistics network", JoinPolicy.OPEN, admin);
        Account member = fixtures.member(community, "Rustam Nazarov", CommunityRole.MEMBER);
        db.sql("update identity.accounts set vouched_at = now() where id = ?")
                .param(admin.id())
                .update();
        Visitor facilitator = fixtures.signedIn(admin);
        String space = Fixtures.space(community);
        Page page = fixtures.page(
                facilitator,
                community,
                "time-use",
                "Time-use surveys",
                "## Why\n\nUnpaid care work is *invisible* in [national accounts](https://example.org).\n\n"
                        + "| Country | Year |\n|---|---|\n| Senegal | 2021 |\n");
        assertThat(page.status()).as(page.text()).isEqualTo(200);
        Page published = facilitator.submit(space + "/time-use", space + "/-/publish/time-use", Map.of());
        assertThat(published.status()).as(published.text()).isEqualTo(200);

        Visitor api = fixtures.bearer(fixtures.token(admin));
        String communityApi = "/api/v1/communities/" + community.slug();
        Page started = api.api(
                "POST",
                communityApi + "/discussions",
                "{\"title\":\"Measuring unpaid care\",\"body\":\"Which classification do you use?\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        discussion = BrowserSteps.firstNumber("\"id\":(\\d+)", started.body());
        Page meeting = api.api(
                "POST",
                communityApi + "/meetings",
                "{\"title\":\"Time-use clinic\",\"candidates\":[\"2030-03-01 10:00\",\"2030-03-02 10:00\"],"
                        + "\"invite\":\"CHOSEN\",\"people\":[" + member.id() + "," + admin.id() + "]}");
        assertThat(meeting.status()).as(meeting.body()).isEqualTo(201);
        poll = BrowserSteps.firstNumber("\"id\":(\\d+)", meeting.body());
        String latest = db.sql("select id from content.commits where community_id = ? order by seq desc limit 1")
                .param(community.id())
                .query(String.class)
                .single();
        Page proposed = api.api(
                "POST",
                communityApi + "/proposals",
                "{\"path\":\"care.md\",\"title\":\"Care work\",\"body\":\"Care work counts.\",\"baseCommit\":\""
                        + latest + "\",\"proposalTitle\":\"Add care work\",\"proposalDescription\":\"A start.\"}");
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        proposal = BrowserSteps.firstNumber("\"id\":(\\d+)", proposed.body());

        // governance: a body, a decision, a workplan whose timeline has an overdue item and a coming one
        Page committee = api.api("POST", communityApi + "/bodies", "{\"name\":\"Steering Committee\"}");
        assertThat(committee.status()).as(committee.body()).isEqualTo(201);
        body = BrowserSteps.firstNumber("\"id\":(\\d+)", committee.body());
        Page consent = api.api(
                "POST",
                communityApi + "/decisions",
                "{\"title\":\"Adopt the time-use guide\",\"kind\":\"CONSENT\",\"deadline\":\""
                        + java.time.Instant.now().plus(java.time.Duration.ofDays(30)) + "\"}");
        assertThat(consent.status()).as(consent.body()).isEqualTo(201);
        decision = BrowserSteps.firstNumber("\"id\":(\\d+)", consent.body());
        String workplans = "/c/" + community.slug() + "/workplans";
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        Page plan = facilitator.submitNoFollow(
                workplans,
                workplans,
                Map.of(
                        "title",
                        "Workplan",
                        "kind",
                        "ANNUAL",
                        "startsOn",
                        today.minusMonths(6).toString(),
                        "endsOn",
                        today.plusMonths(6).toString()));
        assertThat(plan.status()).as(plan.text()).isEqualTo(302);
        workplan = plan.location().replaceAll("^https?://[^/]+", "");
        for (String[] item : List.of(
                new String[] {
                    "Methods workshop",
                    today.minusMonths(5).toString(),
                    today.minusMonths(1).toString()
                },
                new String[] {
                    "Guide in three languages",
                    today.minusMonths(2).toString(),
                    today.plusMonths(4).toString()
                })) {
            Page added = facilitator.submit(
                    workplan,
                    workplan + "/items",
                    Map.of(
                            "activity",
                            item[0],
                            "owners",
                            "Secretariat",
                            "startsOn",
                            item[1],
                            "dueOn",
                            item[2],
                            "status",
                            "IN_PROGRESS"));
            assertThat(added.status()).as(added.text()).isEqualTo(200);
        }
        // the walk checks these screens as they are: each must be the screen itself, not an error
        String c = "/c/" + community.slug();
        for (String screen : List.of(
                "/organisations/manage",
                c + "/bodies/" + body,
                c + "/co-leads",
                c + "/decisions/" + decision,
                c + "/workstreams/new",
                workplan,
                c + "/outputs",
                c + "/progress-reports",
                c + "/drives")) {
            assertThat(facilitator.get(screen).status()).as(screen).isEqualTo(200);
        }
        assertThat(facilitator.get(workplan).body()).contains("<svg", "(overdue)");
        browser = Chromium.start();
    }

    @AfterAll
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void signedOut() {
        browser.open(base + "/sign-in");
        browser.driver().manage().deleteAllCookies();
    }

    @Test
    void everyKindOfPageHasNoSeriousOrCriticalViolation() {
        // the check itself: a page without a title, a language, an image text and labels fails it
        browser.open("data:text/html,<html><body><img src=x><input id=a></body></html>");
        assertThat(String.join("\n", Accessibility.violations(browser.driver())))
                .contains("critical image-alt", "critical label", "serious html-has-lang");
        List<String> found = new ArrayList<>();
        String c = base + "/c/" + community.slug();
        String space = c + "/space";

        // signed out
        for (String page : List.of(
                "/",
                "/c/" + community.slug(),
                "/c/" + community.slug() + "/p/time-use",
                "/sign-in",
                "/sign-up",
                "/search?q=care")) {
            found.addAll(check(base + page));
        }
        // a refused sign-in
        browser.open(base + "/sign-in")
                .fill("E-mail address", admin.email())
                .fill("Password", "not the password at all")
                .press("Sign in");
        assertThat(browser.mainText()).isNotEmpty();
        found.addAll(Accessibility.violations(browser.driver()));

        // signed in, on every kind of screen
        BrowserSteps.signIn(browser, base, admin);
        for (String page : List.of(base + "/", c, space, space + "/time-use", space + "/-/edit/time-use")) {
            found.addAll(check(page));
        }
        browser.fill("Text", "## Why\n\nUnpaid care work is *invisible* in national accounts.\n")
                .press("Save");
        found.addAll(check(space + "/-/history/time-use"));
        browser.driver().findElements(By.cssSelector("main a[href*='/-/compare/']")).stream()
                .findFirst()
                .ifPresent(link -> browser.open(
                        link.getDomAttribute("href").startsWith("http")
                                ? link.getDomAttribute("href")
                                : base + link.getDomAttribute("href")));
        assertThat(browser.path()).contains("/-/compare/");
        found.addAll(Accessibility.violations(browser.driver()));
        for (String page : List.of(
                c + "/proposals",
                c + "/proposals/" + proposal,
                c + "/discussions",
                c + "/discussions/" + discussion,
                c + "/meetings/" + poll,
                base + "/notifications",
                base + "/account",
                base + "/people/" + admin.id(),
                base + "/admin",
                // governance
                base + "/organisations",
                base + "/organisations/manage",
                c + "/bodies",
                c + "/bodies/" + body,
                c + "/co-leads",
                c + "/decisions",
                c + "/decisions/new",
                c + "/decisions/" + decision,
                c + "/workstreams",
                c + "/workstreams/new",
                c + "/workplans",
                base + workplan,
                c + "/outputs",
                c + "/progress-reports",
                c + "/drives")) {
            found.addAll(check(page));
        }
        // an empty required field, refused by the server (the browser's own check is taken off, as a script-less
        // or older browser would not have it)
        browser.open(c + "/discussions/new");
        ((ChromeDriver) browser.driver())
                .executeScript("document.querySelectorAll('[required]').forEach(f => f.removeAttribute('required'))");
        browser.press("Start the discussion");
        found.addAll(Accessibility.violations(browser.driver()));

        // in Arabic, right to left
        for (String page : List.of(
                base + "/?lang=ar",
                c + "?lang=ar",
                space + "/time-use?lang=ar",
                c + "/discussions/" + discussion + "?lang=ar",
                c + "/meetings/" + poll + "?lang=ar",
                base + workplan + "?lang=ar",
                c + "/decisions/" + decision + "?lang=ar",
                base + "/account?lang=ar")) {
            found.addAll(check(page));
        }
        assertThat(browser.driver().findElement(By.tagName("html")).getDomAttribute("dir"))
                .isEqualTo("rtl");
        browser.open(base + "/?lang=en");
        browser.press("Sign out");

        assertThat(found).as("serious and critical axe-core violations").isEmpty();
    }

    @Test
    void signingInEditingAnsweringAPollAndReplyingTakeOnlyTheKeyboard() {
        String c = base + "/c/" + community.slug();
        Keyboard keys = new Keyboard(browser);

        // the skip link comes first and takes focus to the main content
        browser.open(base + "/sign-in");
        keys.tab();
        assertThat(keys.focused().getDomAttribute("class")).isEqualTo("skip");
        keys.press(Keys.ENTER);
        assertThat(keys.focused().getDomAttribute("id")).isEqualTo("main");
        keys.tabTo(field("E-mail address")).type(admin.email());
        keys.tabTo(field("Password")).type(Fixtures.PASSWORD).submit(Keys.ENTER);
        assertThat(browser.driver()
                        .findElement(By.cssSelector("header.site bdi"))
                        .getText())
                .isEqualTo("Amina Diallo");

        // edit a page: the Edit link, the end of the text, the Save button
        browser.open(c + "/space/time-use");
        keys.tabTo(link("Edit")).submit(Keys.ENTER);
        keys.tabTo(field("Text")).press(Keys.chord(Keys.CONTROL, Keys.END)).type("\n\nTyped without a mouse.\n");
        keys.tabTo(button("Save")).submit(Keys.ENTER);
        assertThat(browser.mainText()).contains("Typed without a mouse.");

        // answer the meeting poll: Space picks the first answer of each proposed time, Shift+Tab goes back
        browser.open(c + "/meetings/" + poll);
        keys.tabTo(By.cssSelector("#answer-form input[type=radio]")).press(Keys.SPACE);
        keys.tab();
        WebElement second = keys.focused();
        assertThat(second.getDomAttribute("name")).startsWith("answer-");
        keys.backTab();
        assertThat(keys.focused().isSelected())
                .as("Shift+Tab went back to %s", Keyboard.describe(keys.focused()))
                .isTrue();
        keys.tab().press(Keys.ARROW_DOWN);
        keys.tabTo(button("Save my answers")).submit(Keys.ENTER);
        assertThat(browser.driver().findElements(By.cssSelector("#answer-form input[type=radio]:checked")))
                .hasSize(2);

        // a reply refused for being empty: the summary is announced and linked to the field, then a reply is posted
        browser.open(c + "/discussions/" + discussion);
        keys.tabTo(field("Your reply"));
        ((ChromeDriver) browser.driver()).executeScript("arguments[0].removeAttribute('required')", keys.focused());
        keys.tabTo(button("Reply")).submit(Keys.ENTER);
        WebElement summary = keys.focused();
        assertThat(summary.getDomAttribute("role")).isEqualTo("alert");
        WebElement reply = browser.field("Your reply");
        assertThat(reply.getDomAttribute("aria-invalid")).isEqualTo("true");
        String message = browser.driver()
                .findElement(By.id(reply.getDomAttribute("aria-describedby")))
                .getText();
        assertThat(message).isNotBlank();
        assertThat(summary.getText()).contains(message);
        keys.press(Keys.TAB);
        keys.tabTo(field("Your reply")).type("Answered with the keyboard alone.");
        keys.tabTo(button("Reply")).submit(Keys.ENTER);
        assertThat(browser.mainText()).contains("Answered with the keyboard alone.");

        // no trap: Tab goes through the whole page and comes back round to the skip link
        keys.throughThePage();
        browser.press("Sign out");
    }

    @Test
    void aLanguageFortyPercentLongerFitsPhoneAndLaptopWidths() {
        ChromeDriver driver = (ChromeDriver) browser.driver();
        String c = "/c/" + community.slug();
        List<String> signedOut = List.of("/", c, c + "/p/time-use", "/sign-in", "/search?q=care");
        List<String> signedIn = List.of(
                "/",
                c,
                c + "/space",
                c + "/space/time-use",
                c + "/space/-/edit/time-use",
                c + "/space/-/history/time-use",
                c + "/proposals/" + proposal,
                c + "/discussions",
                c + "/discussions/" + discussion,
                c + "/meetings/" + poll,
                "/notifications",
                "/account");
        List<String> found = new ArrayList<>();
        try {
            for (int width : List.of(375, 1280)) {
                Layout.width(driver, width);
                for (String page : signedOut) {
                    found.addAll(pseudo(base + page));
                }
            }
            BrowserSteps.signIn(browser, base, admin);
            for (int width : List.of(375, 1280)) {
                Layout.width(driver, width);
                for (String page : signedIn) {
                    found.addAll(pseudo(base + page));
                }
            }
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        browser.open(base + "/").press("Sign out");
        assertThat(found)
                .as("text clipped or overflowing in the pseudo language")
                .isEmpty();
    }

    private List<String> pseudo(String url) {
        ChromeDriver driver = (ChromeDriver) browser.driver();
        browser.open(url);
        Layout.pseudoLocalise(driver);
        assertThat(browser.heading()).contains("·]");
        return Layout.problems(driver);
    }

    /**
     * A 2G connection (250 kbit/s each way, 300 ms round trip), the browser's cache off: each main page, with its
     * style sheet and icon, is loaded (its load event) within 3 s. The server's own time to answer is taken off,
     * as it depends on how busy this machine is, not on the connection; what is left is bytes and round trips.
     */
    @Test
    void theMainPagesLoadWithinThreeSecondsOn2G() {
        ChromeDriver driver = (ChromeDriver) browser.driver();
        String c = base + "/c/" + community.slug();
        BrowserSteps.signIn(browser, base, admin);
        browser.throttledTo2G();
        driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        Map<String, Long> times = new java.util.LinkedHashMap<>();
        try {
            for (String page : List.of(
                    base + "/", c, c + "/space/time-use", c + "/discussions/" + discussion, c + "/meetings/" + poll)) {
                browser.open(page);
                // the page counts as loaded (readyState "complete") a moment before its load event has ended: wait for
                // the end to be recorded, or the time would read as nothing
                Number millis = new org.openqa.selenium.support.ui.WebDriverWait(
                                driver, java.time.Duration.ofSeconds(10))
                        .until(d ->
                                (Number) driver.executeScript("const n = performance.getEntriesByType('navigation')[0];"
                                        + " if (!n || n.loadEventEnd === 0) return null;"
                                        + " const server = Math.max(0, n.responseStart - n.requestStart - 300);"
                                        + " return Math.round(n.loadEventEnd - n.startTime - server);"));
                times.put(page, millis.longValue());
            }
        } finally {
            driver.executeCdpCommand(
                    "Network.emulateNetworkConditions",
                    Map.of("offline", false, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
            driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", false));
        }
        browser.press("Sign out");
        assertThat(times)
                .as("load times on 2G, in ms")
                .allSatisfy((page, ms) -> assertThat(ms).as(page).isPositive().isLessThan(3000));
    }

    /**
     * The main pages in Arabic, right to left, each saved as target/screenshots/arabic-story-*.png: the interface's
     * headings are Arabic, and the arrow of the breadcrumb points the way Arabic reads (mirrored).
     */
    @Test
    void aMemberWalksTheMainPagesInArabic() {
        ChromeDriver driver = (ChromeDriver) browser.driver();
        String c = base + "/c/" + community.slug();
        Map<String, String> signedOut = new java.util.LinkedHashMap<>();
        signedOut.put("home", base + "/");
        signedOut.put("community-landing", c);
        signedOut.put("sign-in", base + "/sign-in");
        Map<String, String> signedIn = new java.util.LinkedHashMap<>();
        signedIn.put("dashboard", base + "/");
        signedIn.put("community", c);
        signedIn.put("page", c + "/space/time-use");
        signedIn.put("discussions", c + "/discussions");
        signedIn.put("discussion", c + "/discussions/" + discussion);
        signedIn.put("meeting-poll", c + "/meetings/" + poll);
        signedIn.put("notifications", base + "/notifications");
        signedIn.put("account", base + "/account");
        List<java.nio.file.Path> shots = new ArrayList<>();
        signedOut.forEach((name, url) -> shots.add(arabic(name, url)));
        browser.fill("عنوان البريد الإلكتروني", admin.email())
                .fill("كلمة المرور", Fixtures.PASSWORD)
                .press("تسجيل الدخول");
        signedIn.forEach((name, url) -> shots.add(arabic(name, url)));
        for (String interfaceHeading : List.of("discussions", "notifications", "account")) {
            browser.open(signedIn.get(interfaceHeading) + "?lang=ar");
            assertThat(browser.heading()).as(interfaceHeading).containsPattern("\\p{IsArabic}");
        }
        browser.open(c + "?lang=ar");
        WebElement arrow = driver.findElement(By.cssSelector("nav.crumbs .direction"));
        assertThat(arrow.getCssValue("transform")).isEqualTo("matrix(-1, 0, 0, 1, 0, 0)");
        browser.open(c + "?lang=en");
        assertThat(driver.findElement(By.cssSelector("nav.crumbs .direction")).getCssValue("transform"))
                .isEqualTo("none");
        browser.press("Sign out");
        assertThat(shots).hasSize(11).allSatisfy(shot -> assertThat(shot).isNotEmptyFile());
    }

    private java.nio.file.Path arabic(String name, String url) {
        browser.open(url + "?lang=ar");
        WebElement html = browser.driver().findElement(By.tagName("html"));
        assertThat(html.getDomAttribute("lang")).as(url).isEqualTo("ar");
        assertThat(html.getDomAttribute("dir")).as(url).isEqualTo("rtl");
        assertThat(browser.mainText()).as(url).containsPattern("\\p{IsArabic}");
        return browser.screenshot("arabic-story-" + name);
    }

    private By field(String label) {
        return By.id(browser.field(label).getDomAttribute("id"));
    }

    private static By link(String text) {
        return By.xpath("//main//a[normalize-space()='" + text + "']");
    }

    private static By button(String text) {
        return By.xpath("//main//button[normalize-space()='" + text + "']");
    }

    private List<String> check(String url) {
        browser.open(url);
        return Accessibility.violations(browser.driver());
    }
}
