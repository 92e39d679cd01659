package org.statcommons.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Chromium;
import org.statcommons.support.Fixtures;
import org.statcommons.support.GitCli;
import org.statcommons.support.StatCommonsIntegrationTest;

/**
 * Issue 14's reuse across offices in a real browser: office A publishes a course; Bruno, who maintains office B's
 * courses, forks it through the form; every page of the fork names office A's course; office A fixes an episode over
 * Git; Bruno's fork says "The original has 1 new change", one click opens a proposal in the fork, and Bruno merges it.
 */
@StatCommonsIntegrationTest
class ForkTakesUpstreamChangesBrowserIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @LocalServerPort
    int port;

    @Test
    void officeBForksOfficeAsCourseAndTakesItsFixThroughAProposal() {
        Community officeA = fixtures.community("Statistics office A " + System.nanoTime());
        Community officeB = fixtures.community("Statistics office B " + System.nanoTime());
        Account ana = fixtures.member(officeA, "Ana Author", CommunityRole.FACILITATOR);
        Account bruno = fixtures.member(officeB, "Bruno Borrower", CommunityRole.FACILITATOR);
        String courses = "/c/" + officeA.slug() + "/courses";
        Map<String, Object> form =
                fields("title", "Git for statisticians", "language", "en", "licence", "CC-BY-4.0", "open", "true");
        String original = URI.create(fixtures.signedIn(ana)
                        .submitNoFollow(courses, courses, form)
                        .location())
                .getPath();
        String base = "http://localhost:" + port;

        try (Chromium browser = Chromium.start()) {
            BrowserSteps.signIn(browser, base, bruno);
            browser.open(base + original).follow("Fork or translate this course");
            assertThat(browser.heading()).isEqualTo("Fork or translate this course");
            browser.choose("Into the community", officeB.name())
                    .fill("Its address there (lower-case letters, digits and hyphens)", "git-office-b")
                    .press("Fork the course");
            assertThat(browser.path()).isEqualTo("/c/" + officeB.slug() + "/courses/git-office-b");
            assertThat(browser.mainText())
                    .contains("Adapted from Git for statisticians by " + officeA.name() + ", licence CC-BY-4.0")
                    .contains("This course has every change of the original.");
            browser.follow("Recording changes");
            assertThat(browser.mainText()).contains("Adapted from Git for statisticians");

            // office A fixes an episode over Git
            GitCli git = new GitCli();
            Path work = git.cloned(
                    port,
                    officeA.slug() + original.replaceAll("^.*/courses/", "/courses/"),
                    ana.email(),
                    fixtures.gitToken(ana));
            GitCli.Result pushed = git.commitAndPush(
                    work,
                    "episodes/02-first-commits.md",
                    "---\ntitle: Recording changes, corrected by office A\nteaching: 20\n---\n\nA fix.\n",
                    "Correct episode 2",
                    "origin",
                    "HEAD:main");
            assertThat(pushed.ok()).as(pushed.output()).isTrue();

            browser.open(base + "/c/" + officeB.slug() + "/courses/git-office-b");
            assertThat(browser.mainText()).contains("The original has 1 new change.");
            browser.press("Propose the original’s changes here");
            assertThat(browser.heading()).contains("Changes from the original, Git for statisticians");
            assertThat(browser.mainText()).contains("episodes/02-first-commits.md", "changed");
            browser.press("Merge into this course");
            assertThat(browser.mainText()).contains("Merged into the course.");
            browser.screenshot("issue14-upstream-merged");

            browser.open(base + "/c/" + officeB.slug() + "/courses/git-office-b");
            assertThat(browser.mainText())
                    .contains("Recording changes, corrected by office A")
                    .contains("This course has every change of the original.");
            browser.follow("Who reuses this course");
            assertThat(browser.mainText()).contains("Git for statisticians");
            browser.open(base + original + "/network");
            assertThat(browser.mainText()).contains(officeB.name() + " · en · CC-BY-4.0");
        }
    }
}
