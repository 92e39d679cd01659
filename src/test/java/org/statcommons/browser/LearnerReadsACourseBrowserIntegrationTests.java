package org.statcommons.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Chromium;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;

/**
 * Issue 14's learner in a real browser: a facilitator creates a public course; a learner, not signed in, opens it,
 * reads its first episode with the exercise's solution folded, opens the solution, goes on to the next episode; then
 * studies offline: the course's zip unpacked on disk and opened from {@code file://}, its stylesheet applied and its
 * links leading from one episode to the next with no server. Then the facilitator releases the course as 1.0 in the
 * browser and the release is read, episode to episode, under its own address.
 */
@StatCommonsIntegrationTest
class LearnerReadsACourseBrowserIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @LocalServerPort
    int port;

    @Test
    void aLearnerReadsEpisodesOpensASolutionAndStudiesOffline() {
        Community community = fixtures.community("Training unit " + System.nanoTime());
        Account facilitator = fixtures.member(community, "Farah Facilitator", CommunityRole.FACILITATOR);
        String courses = "/c/" + community.slug() + "/courses";
        String course = fixtures.signedIn(facilitator)
                .submitNoFollow(
                        courses,
                        courses,
                        fields(
                                "title",
                                "Git for statisticians",
                                "language",
                                "en",
                                "licence",
                                "CC-BY-4.0",
                                "open",
                                "true"))
                .location();
        course = java.net.URI.create(course).getPath();
        Path offline = BrowserSteps.unzip(fixtures.anonymous().download(course + "/offline.zip"));

        try (Chromium browser = Chromium.start()) {
            browser.open("http://localhost:" + port + course);
            assertThat(browser.heading()).isEqualTo("Git for statisticians");
            browser.follow("Why version control?");
            assertThat(browser.heading()).isEqualTo("Why version control?");
            assertThat(browser.mainText()).contains("Explain what a version control system records.");

            WebElement solution = browser.driver().findElement(By.cssSelector("details.solution"));
            WebElement answer = solution.findElement(By.tagName("p"));
            assertThat(answer.isDisplayed()).as("folded until opened").isFalse();
            solution.findElement(By.tagName("summary")).click();
            assertThat(answer.isDisplayed()).isTrue();
            assertThat(answer.getText()).contains("git log");
            assertThat(browser.mainText()).doesNotContain("lost versions");

            browser.follow("Next: Recording changes");
            assertThat(browser.heading()).isEqualTo("Recording changes");

            // offline, from the files alone
            browser.open(offline.resolve("episodes/01-why-version-control.html")
                    .toUri()
                    .toString());
            assertThat(browser.heading()).isEqualTo("Why version control?");
            String accent = (String) ((JavascriptExecutor) browser.driver())
                    .executeScript(
                            "return getComputedStyle(document.querySelector('section.exercise')).borderTopStyle");
            assertThat(accent).as("course.css applied from file://").isEqualTo("solid");
            WebElement offlineSolution = browser.driver().findElement(By.cssSelector("details.solution p"));
            assertThat(offlineSolution.isDisplayed()).isFalse();
            browser.follow("Next: Recording changes");
            assertThat(browser.heading()).isEqualTo("Recording changes");
            browser.follow("Glossary");
            assertThat(browser.driver().findElement(By.tagName("table")).getText())
                    .contains("merge conflict");

            // the facilitator releases the course as 1.0 (the form proposes the version and the changes), and the
            // learner reads that release: its contents and episodes say so, and link within it
            String base = "http://localhost:" + port;
            BrowserSteps.signIn(browser, base, facilitator);
            browser.open(base + course).follow("Every release, with its changes");
            assertThat(browser.field("Version (such as 1.0, 1.1 or 2.0.1)").getAttribute("value"))
                    .isEqualTo("1.0");
            assertThat(browser.field("Changelog (Markdown)").getAttribute("value"))
                    .contains("Start the course Git for statisticians");
            browser.press("Release");
            assertThat(browser.mainText()).contains("Version 1.0 is released.", "Release 1.0", "Git tag v1.0");
            browser.follow("Read this release");
            assertThat(browser.mainText()).contains("You are reading release 1.0 of this course.");
            browser.follow("Why version control?");
            assertThat(browser.path()).isEqualTo(course + "/v/1.0/episodes/01-why-version-control");
            assertThat(browser.mainText()).contains("You are reading release 1.0 of this course.");
            browser.follow("Next: Recording changes");
            assertThat(browser.path()).isEqualTo(course + "/v/1.0/episodes/02-first-commits");
            browser.follow("Read it as it is now");
            assertThat(browser.path()).isEqualTo(course);
            assertThat(browser.mainText()).contains("Latest release: 1.0", "0 changes since the latest release");
        }
    }
}
