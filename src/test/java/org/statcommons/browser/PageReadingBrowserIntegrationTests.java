package org.statcommons.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.content.Pages;
import org.statcommons.identity.Account;
import org.statcommons.support.Chromium;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;

/**
 * Issue 9's reading and editing story in a real browser, two people on one page: Oscar and Ana edit the survey plan
 * at once; Oscar's save conflicts in two passages, and on the conflict screen he keeps Ana's version of one and
 * writes a combined version of the other; he follows the plan's link to a page nobody wrote yet and creates it; the
 * space's front page then shows the pages read most in the last 30 days and the total.
 */
@StatCommonsIntegrationTest
class PageReadingBrowserIntegrationTests {

    private static final Pattern BASE_COMMIT = Pattern.compile("name=\"baseCommit\"\\s+value=\"([0-9a-f]{40})\"");
    private static final String HUMAN = "Mozilla/5.0 (Windows NT 10.0; Win64; x64)";

    @Autowired
    Fixtures fixtures;

    @Autowired
    Pages pages;

    @LocalServerPort
    int port;

    @Test
    void twoPeopleResolveAConflictCreateAMissingPageAndSeeWhatIsRead() {
        Community community = fixtures.community("Household survey methods");
        Account ana = fixtures.member(community, "Ana Tuilagi", CommunityRole.FACILITATOR);
        Account oscar = fixtures.member(community, "Oscar Lindqvist", CommunityRole.FACILITATOR);
        String base = "http://localhost:" + port;
        String space = "/c/" + community.slug() + "/space";
        Visitor anaWeb = fixtures.signedIn(ana);
        fixtures.page(
                anaWeb,
                community,
                "survey-plan",
                "Survey plan",
                "Sampling: two stages.\n\nInterviews: in person.\n\nFollow the [[Field manual]].\n\nWeighting: by census.\n");

        try (Chromium browser = Chromium.start()) {
            browser.open(base + "/sign-in")
                    .fill("E-mail address", oscar.email())
                    .fill("Password", Fixtures.PASSWORD)
                    .press("Sign in");
            browser.open(base + space + "/-/edit/survey-plan");
            browser.fill(
                    "Text",
                    "Sampling: two stages, 400 areas.\n\nInterviews: in person.\n\nFollow the [[Field manual]].\n\n"
                            + "Weighting: by census, then calibrated.\n");

            // Ana saves first, changing the same two passages
            String anaBase =
                    group(BASE_COMMIT, anaWeb.get(space + "/-/edit/survey-plan").body());
            anaWeb.post(
                    space + "/-/edit/survey-plan",
                    fields(
                            "_csrf",
                            anaWeb.csrfToken(),
                            "baseCommit",
                            anaBase,
                            "title",
                            "Survey plan",
                            "body",
                            "Sampling: two stages, **stratified** by island.\n\nInterviews: in person.\n\n"
                                    + "Follow the [[Field manual]].\n\nWeighting: by the 2021 census.\n",
                            "summary",
                            "Strata"));

            browser.press("Save");
            String screen = browser.mainText();
            assertThat(screen)
                    .contains(
                            "Not saved",
                            "Ana Tuilagi saved this page on",
                            "Conflicting passage 1",
                            "Conflicting passage 2")
                    .doesNotContain("Someone", "<<<<<<<", "title: Survey plan");
            assertThat(browser.field("Title").getDomProperty("value")).isEqualTo("Survey plan");
            assertThat(browser.driver()
                            .findElement(By.cssSelector(".passage-conflict .theirs strong"))
                            .getText())
                    .isEqualTo("stratified");
            browser.screenshot("issue9-edit-conflict");
            browser.driver()
                    .findElement(By.cssSelector("input[name='choice-0'][value='theirs']"))
                    .click();
            browser.driver()
                    .findElement(By.cssSelector("input[name='choice-1'][value='edit']"))
                    .click();
            browser.driver().findElement(By.id("edited-1")).clear();
            browser.driver().findElement(By.id("edited-1")).sendKeys("Weighting: by the 2021 census, then calibrated.");
            browser.press("Save with these choices");
            assertThat(browser.heading()).isEqualTo("Survey plan");
            assertThat(browser.mainText())
                    .contains("Saved.", "stratified by island", "Weighting: by the 2021 census, then calibrated.")
                    .doesNotContain("400 areas");
            assertThat(pages.read(community.id(), "survey-plan.md").body())
                    .isEqualTo("Sampling: two stages, **stratified** by island.\n\nInterviews: in person.\n\n"
                            + "Follow the [[Field manual]].\n\nWeighting: by the 2021 census, then calibrated.\n");

            // the link to the page nobody wrote yet looks different and creates it
            assertThat(browser.driver().findElement(By.linkText("Field manual")).getDomAttribute("title"))
                    .isEqualTo("This page does not exist yet: create it");
            browser.follow("Field manual");
            assertThat(browser.heading()).isEqualTo("New page");
            assertThat(browser.field("Title").getDomProperty("value")).isEqualTo("Field manual");
            assertThat(browser.field("Path").getDomProperty("value")).isEqualTo("field-manual.md");
            browser.fill("Text", "Greet, explain the survey, ask for consent.").press("Create the page");
            assertThat(browser.heading()).isEqualTo("Field manual");
            browser.open(base + space + "/survey-plan");
            assertThat(browser.driver().findElement(By.linkText("Field manual")).getDomAttribute("title"))
                    .isNull();

            // people read the pages (the headless browser itself counts as a robot)
            for (int i = 0; i < 3; i++) {
                anaWeb.getNoFollow(space + "/survey-plan", "User-Agent", HUMAN);
            }
            anaWeb.getNoFollow(space + "/field-manual", "User-Agent", HUMAN);
            browser.open(base + space);
            assertThat(browser.mainText())
                    .contains("Most read in the last 30 days", "4 page views in the last 30 days")
                    .containsSubsequence("Survey plan — 3 views", "Field manual — 1 view");
            browser.screenshot("issue9-most-read");
        }
    }

    private static String group(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
