package org.statcommons.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Chromium;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;

/**
 * Issue 3's story in a real browser: a member proposes a change to a guideline, a facilitator reviews the
 * changes, approves and merges them and publishes the page, and an anonymous visitor reads the published page
 * at its public address.
 */
@StatCommonsIntegrationTest
class ProposalToPublishedPageBrowserIntegrationTests {

    private static final String PAGE = "guidelines/data-integration";
    private static final String ADDED = "Link survey records to the business register by the tax identifier first.";

    @Autowired
    Fixtures fixtures;

    @LocalServerPort
    int port;

    @Test
    void aMembersProposalIsReviewedMergedPublishedAndReadByAnyone() {
        Community community = fixtures.community("Pacific data integration");
        Account facilitator = fixtures.member(community, "Losana Vuki", CommunityRole.FACILITATOR);
        Account member = fixtures.member(community, "Tevita Fifita", CommunityRole.MEMBER);
        String base = "http://localhost:" + port;
        String space = "/c/" + community.slug() + "/space";

        Visitor setup = fixtures.signedIn(facilitator);
        setup.submit(
                space + "/-/new",
                space + "/-/new",
                Map.of(
                        "path",
                        PAGE,
                        "title",
                        "Data integration",
                        "body",
                        "## Sources\n\nCensus, household surveys and administrative registers.\n\n## Linking records\n\n"
                                + "Agree on the identifiers before linking.\n",
                        "summary",
                        "First draft"));

        try (Chromium browser = Chromium.start()) {
            BrowserSteps.signIn(browser, base, member);
            browser.open(base + space + "/" + PAGE).follow("Propose a change");
            assertThat(browser.heading()).isEqualTo("Propose a change");
            String text = browser.field("Text").getDomProperty("value");
            browser.fill(
                            "Text",
                            text.replace(
                                    "Agree on the identifiers before linking.",
                                    "Agree on the identifiers before linking. " + ADDED))
                    .fill("What does your proposal change?", "Say which identifier to link by first")
                    .fill("Why? (optional)", "The tax identifier is the most complete key in Tonga and Fiji.")
                    .press("Propose");
            assertThat(browser.heading()).endsWith("Say which identifier to link by first");
            assertThat(browser.mainText()).contains("Waiting for review", "Tevita Fifita");
            String proposal = browser.path();
            browser.press("Sign out");

            BrowserSteps.signIn(browser, base, facilitator);
            browser.open(base + "/c/" + community.slug() + "/proposals");
            assertThat(browser.mainText())
                    .contains("Say which identifier to link by first Review requested Tevita Fifita");
            browser.driver()
                    .findElement(By.partialLinkText("Say which identifier"))
                    .click();
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
                    .until(driver -> browser.path().equals(proposal));
            assertThat(browser.driver()
                            .findElement(By.cssSelector(".passage ins"))
                            .getText())
                    .contains("tax identifier");
            browser.screenshot("issue3-proposal-review");
            browser.fill("Note for the author (optional)", "Clear and useful, thank you.")
                    .press("Approve");
            assertThat(browser.driver().findElement(By.id("status")).getText()).startsWith("Approved by");
            browser.press("Accept and publish into the space");
            assertThat(browser.driver().findElement(By.id("status")).getText()).startsWith("Accepted into the space");

            browser.open(base + space + "/" + PAGE);
            assertThat(browser.mainText()).contains(ADDED, "Not published");
            browser.press("Publish this version");
            assertThat(browser.mainText()).contains("Published");
            browser.press("Sign out");
            browser.driver().manage().deleteAllCookies();

            browser.open(base + "/c/" + community.slug() + "/p/" + PAGE);
            assertThat(browser.heading()).isEqualTo("Data integration");
            assertThat(browser.mainText()).contains(ADDED, "Census, household surveys");
            assertThat(browser.driver().findElements(By.xpath("//*[normalize-space()='Sign out']")))
                    .isEmpty();
            browser.screenshot("issue3-published-page");
        }
    }
}
