package org.statcommons.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Chromium;
import org.statcommons.support.Fixtures;
import org.statcommons.support.Mailbox;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestSmtp;

/**
 * The platform's secretariat runs a survey of two communities from Administration › Surveys in a real browser (the
 * community surveys' own screens: start, a section, a question, the preview, the audience of chosen communities,
 * open, send), and a member answers it from the link in her e-mail, without signing in; the results count her.
 */
@StatCommonsIntegrationTest
class PlatformSurveyBrowserIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP);

    @Autowired
    Fixtures fixtures;

    @LocalServerPort
    int port;

    @Test
    void theSecretariatBuildsAndSendsAPlatformSurveyAndAMemberAnswersIt() {
        Community census = fixtures.community("Browser platform census");
        Community prices = fixtures.community("Browser platform prices");
        Account mele = fixtures.member(census, "Mele Member", CommunityRole.MEMBER);
        fixtures.join(prices, mele, CommunityRole.MEMBER);
        Account secretariat = fixtures.account("Sione Secretariat", PlatformRole.SECRETARIAT);
        String base = "http://localhost:" + port;

        try (Chromium browser = Chromium.start()) {
            BrowserSteps.signIn(browser, base, secretariat);
            browser.open(base + "/admin/surveys");
            assertThat(browser.mainText()).contains("Administration", "Surveys");
            browser.fill("Title", "Platform capacity survey").fill("First wave", "Baseline");
            browser.press("Start");
            assertThat(browser.mainText()).contains("The survey is started: add its first section.");
            assertThat(browser.path()).startsWith("/admin/surveys/");
            String survey = browser.path().replaceAll("/waves/\\d+$", "");

            browser.driver().findElement(By.id("title")).sendKeys("About you");
            browser.press("Add the section");
            WebElement form = browser.driver().findElement(By.xpath("//form[.//select[@name='kind']]"));
            new Select(form.findElement(By.name("kind"))).selectByValue("SINGLE_CHOICE");
            browser.andWaitForTheNextPage(() ->
                    form.findElement(By.cssSelector("button[type=submit]")).click());
            browser.fill("Code", "role")
                    .fill("The question", "Where do you work?")
                    .fill("Options, or the scale’s labels", "nso | National statistical office\nministry | Ministry");
            browser.press("Save");
            assertThat(browser.mainText()).contains("The question is added.");
            browser.follow("Preview as a respondent");
            assertThat(browser.mainText()).contains("This is a preview", "Where do you work?");

            browser.open(base + survey);
            browser.follow("Opening, closing and sending");
            browser.driver()
                    .findElement(By.cssSelector("input[name=audience][value=COMMUNITIES]"))
                    .click();
            browser.driver()
                    .findElement(By.cssSelector("input[name=communities][value='" + census.id() + "']"))
                    .click();
            browser.driver()
                    .findElement(By.cssSelector("input[name=communities][value='" + prices.id() + "']"))
                    .click();
            browser.press("Save");
            assertThat(browser.driver()
                            .findElement(By.cssSelector("input[name=audience][value=COMMUNITIES]"))
                            .isSelected())
                    .isTrue();
            assertThat(browser.driver()
                            .findElement(By.cssSelector("input[name=communities][value='" + census.id() + "']"))
                            .isSelected())
                    .isTrue();
            browser.press("Open now");
            browser.press("Send invitations");
            assertThat(browser.mainText()).containsPattern("(\\d+ invitations|One invitation) sent\\.");

            String link = new Mailbox(smtp)
                    .await(mele.email(), "Platform capacity survey")
                    .link("/surveys/answer/");
            try (Chromium member = Chromium.start()) {
                member.open(base + link);
                assertThat(member.mainText()).contains("Who sees your answers");
                member.follow("Start");
                member.driver()
                        .findElement(By.cssSelector("input[name=role][value=nso]"))
                        .click();
                member.press("Save");
                member.press("Submit my answers");
                assertThat(member.mainText()).contains("Thank you: your answers are submitted.");
            }

            browser.open(base + survey + "/results");
            assertThat(browser.mainText()).contains("Where do you work?", "National statistical office");
        }
    }
}
