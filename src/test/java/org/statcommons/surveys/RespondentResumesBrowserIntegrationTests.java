package org.statcommons.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Chromium;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;

/**
 * Seed 000's respondent on a poor connection: on a throttled 2G link, without signing in, they read how their answers
 * are kept, save the first section, start the second and stop; later, in another browser with nothing remembered,
 * the same link brings them back to the second section with the first one's answers kept, and they finish.
 */
@StatCommonsIntegrationTest
class RespondentResumesBrowserIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    SurveyWaves surveyWaves;

    @Autowired
    JdbcClient db;

    @LocalServerPort
    int port;

    @Test
    void aRespondentStopsHalfWayAndResumesFromTheSameLink() {
        Community community = fixtures.community("Resuming respondents");
        Account owner = fixtures.member(community, "Ola Owner", CommunityRole.FACILITATOR);
        Account tevita = fixtures.member(community, "Tevita Tonga", CommunityRole.MEMBER);
        Questionnaire wave =
                surveyWaves.wave(community.id(), RespondentMode.PSEUDONYMOUS, AudienceKind.COMMUNITY, null, owner.id());
        String link = "http://localhost:" + port + "/surveys/answer/" + surveyWaves.invite(wave, tevita.id());

        try (Chromium browser = Chromium.start()) {
            ChromeDriver driver = (ChromeDriver) browser.driver();
            browser.throttledTo2G().open(link);
            assertThat(browser.mainText()).contains("Who sees your answers", "Pseudonymous:");
            browser.follow("Start");
            assertThat(browser.path()).endsWith("/sections/1");
            driver.findElement(By.cssSelector("input[name=role][value=nso]")).click();
            driver.findElement(By.cssSelector("input[name=staff]")).sendKeys("85");
            new Select(driver.findElement(By.cssSelector("select[name=country]"))).selectByValue("TO");
            browser.press("Save and continue");
            assertThat(browser.path()).endsWith("/sections/2");
            assertThat(browser.mainText()).contains("Section 1 is saved.");
            // half-way through the second section, the connection drops: nothing of it was sent
            driver.findElement(By.cssSelector("input[name=topics][value=a]")).click();
        }

        try (Chromium later = Chromium.start()) {
            ChromeDriver driver = (ChromeDriver) later.driver();
            later.open(link);
            assertThat(later.mainText()).contains("You have saved 1 of 3 sections");
            later.follow("Continue where I stopped");
            assertThat(later.path()).endsWith("/sections/2");
            assertThat(driver.findElement(By.cssSelector("input[name=topics][value=a]"))
                            .isSelected())
                    .isFalse();
            later.follow("Previous section");
            assertThat(driver.findElement(By.cssSelector("input[name=role][value=nso]"))
                            .isSelected())
                    .isTrue();
            assertThat(driver.findElement(By.cssSelector("input[name=staff]")).getDomProperty("value"))
                    .isEqualTo("85");
            later.press("Save and continue");
            driver.findElement(By.cssSelector("input[name=trust][value='4']")).click();
            later.press("Save and continue");
            assertThat(later.path()).endsWith("/sections/3");
            driver.findElement(By.cssSelector("input[name='grid.i1'][value='2']"))
                    .click();
            driver.findElement(By.cssSelector("input[name='grid.i2'][value='5']"))
                    .click();
            later.press("Save");
            later.press("Submit my answers");
            assertThat(later.mainText()).contains("Thank you: your answers are submitted.", "You have submitted");
        }
        assertThat(db.sql("select count(*) from surveys.responses where wave_id = ? and submitted_at is not null"
                                + " and sections_saved = 3 and account_id is null and pseudonym is not null")
                        .param(wave.wave().id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }
}
