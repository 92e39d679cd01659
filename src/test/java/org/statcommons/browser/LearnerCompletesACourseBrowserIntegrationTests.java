package org.statcommons.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Accessibility;
import org.statcommons.support.Chromium;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;

/**
 * Issue 14's learner in office B, in a real browser: they download the course's offline zip, study each episode from
 * {@code file://}, follow each episode's link back online to mark it done (enrolled first, with the course page's
 * button), complete the course and open their certificate's public verification page, which names them. The course,
 * episode, certificate and "my learning" pages pass the accessibility checks (axe-core: no serious or critical rule).
 */
@StatCommonsIntegrationTest
class LearnerCompletesACourseBrowserIntegrationTests {

    private static final String[] EPISODES = {"01-why-version-control", "02-first-commits", "03-working-together"};

    @Autowired
    Fixtures fixtures;

    @LocalServerPort
    int port;

    @Test
    void aLearnerStudiesOfflineThenCompletesTheCourseOnlineAndOpensTheCertificate() {
        Community officeB = fixtures.community("Office B " + System.nanoTime());
        Account facilitator = fixtures.member(officeB, "Bea Facilitator", CommunityRole.FACILITATOR);
        Account learner = fixtures.member(officeB, "Lucía Learner", CommunityRole.MEMBER);
        String courses = "/c/" + officeB.slug() + "/courses";
        String course = URI.create(fixtures.signedIn(facilitator)
                        .submitNoFollow(
                                courses,
                                courses,
                                fields("title", "Git en la oficina", "language", "es", "licence", "CC-BY-4.0"))
                        .location())
                .getPath();
        Path offline = BrowserSteps.unzip(fixtures.signedIn(learner).download(course + "/offline.zip"));
        String base = "http://localhost:" + port;

        try (Chromium browser = Chromium.start()) {
            BrowserSteps.signIn(browser, base, learner);
            browser.open(base + course);
            browser.press("Enrol");
            assertThat(browser.mainText()).contains("You are enrolled.", "0 of 3 episodes done");
            List<String> violations = new ArrayList<>(Accessibility.violations(browser.driver()));
            for (String episode : EPISODES) {
                browser.open(
                        offline.resolve("episodes/" + episode + ".html").toUri().toString());
                assertThat(browser.driver().getCurrentUrl()).startsWith("file:");
                String online = browser.driver()
                        .findElement(By.linkText("Studied this episode? Mark it done online"))
                        .getAttribute("href");
                // the zip links to the site's public address; here the test server stands for it
                assertThat(URI.create(online).getPath()).isEqualTo(course + "/episodes/" + episode);
                browser.open(base + URI.create(online).getPath());
                browser.press("Mark this episode done");
                assertThat(browser.mainText()).contains("You marked this episode done.");
            }
            violations.addAll(Accessibility.violations(browser.driver()));
            assertThat(browser.mainText()).contains("3 of 3 episodes done", "Completed");
            browser.follow("Your certificate");
            assertThat(browser.heading()).isEqualTo("Certificate of completion");
            assertThat(browser.mainText()).contains("Lucía Learner", "Git en la oficina", officeB.name());
            violations.addAll(Accessibility.violations(browser.driver()));
            browser.open(base + "/academy/me");
            assertThat(browser.mainText()).contains("Git en la oficina", "3 of 3 episodes done");
            violations.addAll(Accessibility.violations(browser.driver()));
            assertThat(violations)
                    .as("serious or critical accessibility violations")
                    .isEmpty();
            browser.follow("Git en la oficina");
            browser.follow("Your certificate");
            String verification = browser.driver().getCurrentUrl();
            assertThat(verification).matches(".*/academy/certificates/[A-Za-z0-9_-]{43}");
            assertThat(fixtures.anonymous()
                            .get(URI.create(verification).getPath())
                            .text())
                    .contains("Lucía Learner");
        }
    }
}
