package org.statcommons.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
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
 * A discussion in a real browser: a member asks a question in a topic group, another quotes it and answers,
 * and the first marks that reply as the answer.
 */
@StatCommonsIntegrationTest
class DiscussionQuoteAndAnswerBrowserIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @LocalServerPort
    int port;

    @Test
    void aQuestionIsQuotedAnsweredAndTheAnswerMarked() {
        Community community = fixtures.community("Pacific price statistics");
        Account facilitator = fixtures.member(community, "Losana Vuki", CommunityRole.FACILITATOR);
        Account asker = fixtures.member(community, "Tevita Fifita", CommunityRole.MEMBER);
        Account answerer = fixtures.member(community, "Ana Kioa", CommunityRole.MEMBER);
        String base = "http://localhost:" + port;
        Visitor setup = fixtures.signedIn(facilitator);
        setup.submit(
                "/c/" + community.slug() + "/topics",
                "/c/" + community.slug() + "/topics",
                Map.of("topic", "cpi", "name", "Consumer prices", "description", ""));

        try (Chromium browser = Chromium.start()) {
            BrowserSteps.signIn(browser, base, asker);
            browser.open(base + "/c/" + community.slug()).follow("Discussions").follow("Start a discussion");
            browser.fill("Title", "Rebasing the CPI weights")
                    .choose("Topic group", "Consumer prices")
                    .fill("Text", "How often do you *rebase* the weights?")
                    .press("Start the discussion");
            assertThat(browser.heading()).isEqualTo("Rebasing the CPI weights");
            String discussion = browser.path();
            browser.press("Sign out");

            BrowserSteps.signIn(browser, base, answerer);
            browser.open(base + discussion);
            // the script puts the quote into the reply without leaving the page
            browser.driver()
                    .findElement(By.xpath("//button[normalize-space()='Quote']"))
                    .click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d ->
                            browser.field("Your reply").getDomProperty("value").contains("wrote]("));
            String quoted = browser.field("Your reply").getDomProperty("value");
            assertThat(quoted)
                    .startsWith("> [Tevita Fifita wrote](" + discussion + "#post-")
                    .contains("> How often do you *rebase* the weights?");
            browser.fill("Your reply", quoted + "Every five years, with the household survey, @\"Tevita Fifita\".")
                    .press("Reply");
            assertThat(browser.driver()
                            .findElement(By.cssSelector("article.post:last-of-type blockquote"))
                            .getText())
                    .contains("Tevita Fifita wrote", "How often do you rebase the weights?");
            assertThat(browser.mainText()).contains("Every five years, with the household survey");
            browser.screenshot("issue4-discussion-quote");
            browser.press("Sign out");

            BrowserSteps.signIn(browser, base, asker);
            browser.open(base + discussion).press("Mark as the answer");
            assertThat(browser.mainText()).contains("Marked as the answer.", "Go to the answer");
            assertThat(browser.driver()
                            .findElement(By.cssSelector("article.answer"))
                            .getText())
                    .contains("Ana Kioa", "Answer");
            browser.open(base + "/c/" + community.slug() + "/discussions?topic=cpi");
            assertThat(browser.mainText()).contains("Rebasing the CPI weights", "Answered", "Consumer prices");
            browser.screenshot("issue4-discussion-list");
        }
    }
}
