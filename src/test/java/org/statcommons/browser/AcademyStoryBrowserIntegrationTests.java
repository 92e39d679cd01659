package org.statcommons.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Accessibility;
import org.statcommons.support.Chromium;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestClock;

/**
 * Issue 14's story in one real browser, every step through the pages as a person takes it: statistics office A
 * creates the Git course and releases it; office B translates it into French (a translation fork) and translates two
 * episodes in the browser; office A fixes an episode upstream, and B's translation says "The original has 1 new
 * change", opens the proposal of it and merges it; office B forks the course again, improves an episode and proposes
 * it back, and office A merges it; a person of each office fills in the self-assessment against a framework an
 * administrator imported, and the gap map shows the capability they want and no course teaches; a learner of office B
 * downloads the translation's offline zip, studies its episodes from {@code file://}, marks each done online, completes
 * the course and opens the certificate's public verification page. The screens people use on the way pass the
 * accessibility checks (axe-core: no serious or critical rule).
 */
@StatCommonsIntegrationTest
class AcademyStoryBrowserIntegrationTests {

    private static final String[] EPISODES = {"01-why-version-control", "02-first-commits", "03-working-together"};

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    @Autowired
    TestClock clock;

    @LocalServerPort
    int port;

    private String base;
    private Chromium browser;
    private final List<String> violations = new ArrayList<>();

    @Test
    void officesShareACourseAssessThemselvesAndALearnerCompletesItOffline() {
        Community officeA = fixtures.community("Statistics office A " + System.nanoTime());
        Community officeB = fixtures.community("Statistics office B " + System.nanoTime());
        Account ana = fixtures.member(officeA, "Ana Author", CommunityRole.FACILITATOR);
        Account bruno = fixtures.member(officeB, "Bruno Borrower", CommunityRole.FACILITATOR);
        Account lucia = fixtures.member(officeB, "Lucía Learner", CommunityRole.MEMBER);
        Account ada = fixtures.account("Ada Administrator", PlatformRole.ADMINISTRATOR);
        String code = "ST" + (System.nanoTime() % 1_000_000);
        // the secretariat confirmed that Ana and Bruno work for their offices
        confirmedPerson(ana, code + " Statistics office A", "WS");
        confirmedPerson(bruno, code + " Statistics office B", "TO");
        base = "http://localhost:" + port;
        String a = "/c/" + officeA.slug() + "/courses/";
        String b = "/c/" + officeB.slug() + "/courses/";

        try (Chromium started = Chromium.start()) {
            browser = started;

            // office A creates the course (it starts as the sample course) and releases it as 1.0
            as(ana);
            browser.open(base + "/c/" + officeA.slug() + "/courses")
                    .fill("Title", "Git for statisticians")
                    .fill("Language (a tag such as en, fr or zh-Hans)", "en")
                    .choose("Licence", "CC-BY-4.0")
                    .tick("Anyone may read it (public, listed in the academy’s catalogue)")
                    .press("Create the course");
            assertThat(browser.path()).isEqualTo(a + "git-for-statisticians");
            browser.follow("Every release, with its changes");
            assertThat(browser.field("Version (such as 1.0, 1.1 or 2.0.1)").getAttribute("value"))
                    .isEqualTo("1.0");
            assertThat(browser.field("Changelog (Markdown)").getAttribute("value"))
                    .contains("Start the course Git for statisticians");
            browser.press("Release");
            assertThat(browser.mainText()).contains("Version 1.0 is released.", "Git tag v1.0");
            browser.follow("Read this release").follow("Why version control?");
            assertThat(browser.path()).isEqualTo(a + "git-for-statisticians/v/1.0/episodes/01-why-version-control");
            assertThat(browser.mainText()).contains("You are reading release 1.0 of this course.");

            // office B translates it into French: a translation fork, then two episodes translated in the browser
            as(bruno);
            browser.open(base + a + "git-for-statisticians").follow("Fork or translate this course");
            browser.choose("Into the community", officeB.name())
                    .fill("Its address there (lower-case letters, digits and hyphens)", "git-pour-statisticiens")
                    .fill("Translate it into (a language tag such as fr; empty for a fork in the same language)", "fr")
                    .tick("Anyone may read it (a fork of a members-only course stays members only)")
                    .press("Fork the course");
            assertThat(browser.path()).isEqualTo(b + "git-pour-statisticiens");
            assertThat(browser.mainText())
                    .contains("Adapted from Git for statisticians by " + officeA.name() + ", licence CC-BY-4.0")
                    .contains("This course has every change of the original.")
                    .contains("Every episode is up to date with the original.");
            String translation = base + b + "git-pour-statisticiens";
            translate(translation, "Why version control?", "Pourquoi la gestion de versions ?", FRENCH_01);
            violations.addAll(Accessibility.violations(browser.driver()));
            translate(translation, "Recording changes", "Enregistrer des modifications", FRENCH_02);
            assertThat(browser.mainText()).contains("Adapted from Git for statisticians");
            browser.follow("Contents");
            assertThat(browser.mainText())
                    .contains("Pourquoi la gestion de versions ?", "Enregistrer des modifications")
                    .contains("This course has 2 changes of its own.");

            // office A fixes episode 3 upstream, in the browser
            as(ana);
            browser.open(base + a + "git-for-statisticians")
                    .follow("Working together")
                    .follow("Edit this episode");
            edit(text -> text.replace("Then, every day:", "Then, every working day:"), "Say every working day");
            assertThat(browser.mainText()).contains("The episode is saved.", "Then, every working day:");

            // office B's translation sees the fix, opens the proposal of it and merges it
            as(bruno);
            browser.open(base + b + "git-pour-statisticiens");
            assertThat(browser.mainText())
                    .contains("The original has 1 new change.")
                    .contains("03-working-together");
            browser.press("Propose the original’s changes here");
            assertThat(browser.heading()).contains("Changes from the original, Git for statisticians");
            assertThat(browser.mainText()).contains("episodes/03-working-together.md");
            violations.addAll(Accessibility.violations(browser.driver()));
            browser.press("Merge into this course");
            assertThat(browser.mainText()).contains("Merged into the course.");
            browser.open(base + b + "git-pour-statisticiens");
            assertThat(browser.mainText())
                    .contains("This course has every change of the original.")
                    .contains("Every episode is up to date with the original.")
                    .contains("Pourquoi la gestion de versions ?");
            browser.follow("Working together");
            assertThat(browser.mainText()).contains("Then, every working day:");

            // office B forks the course as it is, improves an episode and proposes the improvement back
            browser.open(base + a + "git-for-statisticians").follow("Fork or translate this course");
            browser.choose("Into the community", officeB.name())
                    .fill("Its address there (lower-case letters, digits and hyphens)", "git-office-b")
                    .tick("Anyone may read it (a fork of a members-only course stays members only)")
                    .press("Fork the course");
            browser.follow("Why version control?").follow("Edit this episode");
            edit(
                    text -> text.replace(
                            "::: instructor",
                            "::: callout\nStatistics Canada and the OECD wrote a Git manual for statistical offices.\n:::\n\n::: instructor"),
                    "Point to the OECD–Statistics Canada Git manual");
            browser.follow("Contents").press("Propose this course’s changes to the original");
            assertThat(browser.mainText())
                    .contains("The proposal is open: its course’s maintainers review and merge it.")
                    .contains("episodes/01-why-version-control.md");

            // office A merges it
            as(ana);
            browser.open(base + a + "git-for-statisticians");
            WebElement proposals = browser.driver()
                    .findElement(
                            By.xpath("//section[@aria-labelledby='reuse-heading']//a[normalize-space()='Proposals']"));
            browser.andWaitForTheNextPage(proposals::click);
            browser.follow(browser.driver()
                    .findElement(By.xpath("//a[contains(., 'Changes from Git for statisticians')]"))
                    .getText());
            browser.press("Merge into this course");
            assertThat(browser.mainText()).contains("Merged into the course.");
            browser.open(base + a + "git-for-statisticians").follow("Why version control?");
            assertThat(browser.mainText()).contains("Statistics Canada and the OECD wrote a Git manual");
            browser.open(base + a + "git-for-statisticians").follow("Who reuses this course");
            assertThat(browser.mainText())
                    .contains(officeB.name() + " · fr · CC-BY-4.0", "Translation")
                    .contains(officeB.name() + " · en · CC-BY-4.0");

            // an administrator imports a framework; a person of each office assesses their office against it
            as(ada);
            Path csv = temporaryFile(
                    "framework.csv",
                    code + "-1,Dissemination,\n" + code + "-1.1,Open data portals," + code + "-1\n" + code
                            + "-1.2,Statistical disclosure control," + code + "-1\n");
            browser.open(base + "/admin/frameworks").fill("Code", code).fill("Name", "Story " + code);
            browser.field("CSV file").sendKeys(csv.toString());
            browser.press("Import a framework");
            assertThat(browser.mainText()).contains(code);
            assess(ana, code, "awareness", "expert");
            assess(bruno, code, "practitioner", "expert");
            browser.open(base + "/academy")
                    .follow("Self-assessment of capabilities")
                    .follow("Gap map of " + code);
            assertThat(browser.mainText())
                    .contains("Gaps: wanted, and no course teaches them")
                    .contains(code + "-1.1 Open data portals wanted by 2 organisations")
                    .contains(code + "-1.1 Open data portals — gap");
            assertThat(browser.driver().findElement(By.cssSelector("main img")).getDomAttribute("alt"))
                    .contains("the table below gives the same figures");
            violations.addAll(Accessibility.violations(browser.driver()));

            // a learner of office B downloads the translation, studies offline, and completes the course online
            as(lucia);
            browser.open(base + b + "git-pour-statisticiens");
            Path offline = BrowserSteps.unzip(download("Download for offline use (zip)", "git-pour-statisticiens.zip"));
            browser.press("Enrol");
            assertThat(browser.mainText()).contains("You are enrolled.", "0 of 3 episodes done");
            violations.addAll(Accessibility.violations(browser.driver()));
            for (String episode : EPISODES) {
                browser.open(
                        offline.resolve("episodes/" + episode + ".html").toUri().toString());
                assertThat(browser.driver().getCurrentUrl()).startsWith("file:");
                String online = browser.driver()
                        .findElement(By.linkText("Studied this episode? Mark it done online"))
                        .getAttribute("href");
                if (episode.startsWith("01")) {
                    assertThat(browser.heading()).isEqualTo("Pourquoi la gestion de versions ?");
                    assertThat(browser.driver()
                                    .findElement(By.tagName("footer"))
                                    .getText())
                            .contains("Adapted from Git for statisticians by " + officeA.name());
                    String border = (String) ((JavascriptExecutor) browser.driver())
                            .executeScript("return getComputedStyle(document.querySelector('section.exercise'))"
                                    + ".borderTopStyle");
                    assertThat(border).as("course.css applied from file://").isEqualTo("solid");
                    WebElement solution = browser.driver().findElement(By.cssSelector("details.solution p"));
                    assertThat(solution.isDisplayed()).as("folded until opened").isFalse();
                    browser.driver()
                            .findElement(By.cssSelector("details.solution summary"))
                            .click();
                    assertThat(solution.isDisplayed()).isTrue();
                    browser.follow("Next: Enregistrer des modifications");
                    assertThat(browser.heading()).isEqualTo("Enregistrer des modifications");
                    browser.follow("Glossary");
                    assertThat(browser.driver().findElement(By.tagName("table")).getText())
                            .contains("merge conflict");
                }
                // the zip links to the site's public address; here the test server stands for it
                assertThat(URI.create(online).getPath()).isEqualTo(b + "git-pour-statisticiens/episodes/" + episode);
                browser.open(base + URI.create(online).getPath()).press("Mark this episode done");
                assertThat(browser.mainText()).contains("You marked this episode done.");
            }
            violations.addAll(Accessibility.violations(browser.driver()));
            assertThat(browser.mainText()).contains("3 of 3 episodes done", "Completed");
            browser.follow("Your certificate");
            assertThat(browser.heading()).isEqualTo("Certificate of completion");
            assertThat(browser.mainText()).contains("Lucía Learner", "Git for statisticians", officeB.name());
            violations.addAll(Accessibility.violations(browser.driver()));
            String verification = browser.driver().getCurrentUrl();
            assertThat(verification).matches(".*/academy/certificates/[A-Za-z0-9_-]{43}");
            browser.open(base + "/academy/me");
            assertThat(browser.mainText()).contains("3 of 3 episodes done");
            violations.addAll(Accessibility.violations(browser.driver()));

            // anyone opening the verification address sees who completed what
            browser.driver().manage().deleteAllCookies();
            browser.open(verification);
            assertThat(browser.mainText())
                    .contains("This certificate is valid: StatCommons recorded this completion.")
                    .contains("Lucía Learner");
            assertThat(violations)
                    .as("serious or critical accessibility violations")
                    .isEmpty();
        }
    }

    /** Signs this person in, in place of whoever was signed in. */
    private void as(Account account) {
        browser.driver().manage().deleteAllCookies();
        BrowserSteps.signIn(browser, base, account);
    }

    /** Opens the episode of the translation, replaces its file by the French one and saves. */
    private void translate(String course, String english, String french, String file) {
        browser.open(course).follow(english).follow("Edit this episode");
        assertThat(browser.heading()).isEqualTo("Edit: " + english);
        violations.addAll(Accessibility.violations(browser.driver()));
        assertThat(browser.field("The episode’s file (front matter and Markdown)")
                        .getAttribute("value"))
                .startsWith("---\ntitle: " + english);
        edit(text -> file, "Translate " + english + " into French");
        assertThat(browser.mainText()).contains("The episode is saved.");
        assertThat(browser.heading()).isEqualTo(french);
    }

    /** Changes the text of the open edit form, says what changed and saves. */
    private void edit(java.util.function.UnaryOperator<String> change, String summary) {
        WebElement text = browser.field("The episode’s file (front matter and Markdown)");
        String changed = change.apply(text.getAttribute("value"));
        // typing a whole file key by key takes long; a person pastes it
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", text, changed);
        browser.fill("What you changed (optional)", summary).press("Save the episode");
    }

    /** The person opens the self-assessment of their office for this year and sets the first item's levels. */
    private void assess(Account person, String code, String current, String target) {
        as(person);
        browser.open(base + "/academy")
                .follow("Self-assessment of capabilities")
                .follow("Assess against Story " + code + " for "
                        + clock.instant().atZone(ZoneOffset.UTC).getYear());
        assertThat(browser.mainText()).contains(code + "-1.1 Open data portals");
        new Select(browser.driver().findElement(By.name("current[" + code + "-1.1]"))).selectByValue(current);
        new Select(browser.driver().findElement(By.name("target[" + code + "-1.1]"))).selectByValue(target);
        browser.press("Save the assessment");
        assertThat(browser.mainText()).contains("is saved");
        violations.addAll(Accessibility.violations(browser.driver()));
    }

    /** Clicks the download link and waits for the browser to have saved the whole file. */
    private Path download(String linkText, String fileName) {
        Path folder = temporaryFile("downloads", null);
        ((org.openqa.selenium.chrome.ChromeDriver) browser.driver())
                .executeCdpCommand(
                        "Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", folder.toString()));
        browser.driver().findElement(By.linkText(linkText)).click();
        Path saved = folder.resolve(fileName);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Files.isRegularFile(saved) && !Files.exists(folder.resolve(fileName + ".crdownload")));
        return saved;
    }

    /** A new file with this text, or a new folder when the text is null. */
    private static Path temporaryFile(String name, String text) {
        try {
            Path folder = Files.createTempDirectory("academy-story");
            if (text == null) {
                return folder;
            }
            return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An organisation record with this person as a confirmed member (as the secretariat confirms them). */
    private void confirmedPerson(Account account, String organisation, String country) {
        long id = db.sql("""
                        insert into organisations.organisations (name, kind, country, normalised_name, created_by,
                            created_at, updated_at) values (?, 'NATIONAL_STATISTICAL_OFFICE', ?, lower(?), 1, now(), now())
                        returning id""")
                .params(organisation, country, organisation)
                .query(Long.class)
                .single();
        db.sql("insert into organisations.affiliations (account_id, organisation_id, claimed_at, confirmed_at)"
                        + " values (?, ?, now(), now())")
                .params(account.id(), id)
                .update();
    }

    private static final String FRENCH_01 = """
            ---
            title: Pourquoi la gestion de versions ?
            teaching: 10
            exercises: 5
            questions: ["Pourquoi garder les programmes et les notes d’un processus statistique sous gestion de versions ?"]
            objectives: ["Expliquer ce qu’enregistre un système de gestion de versions."]
            keypoints: ["La gestion de versions enregistre chaque version, qui l’a faite et pourquoi."]
            ---

            Une chaîne de production de statistiques officielles est faite de programmes, de nomenclatures, de
            paramètres et de notes qui changent à chaque édition.

            Un **système de gestion de versions** comme Git enregistre chaque version de chaque fichier, avec son
            auteur, sa date et un message qui dit pourquoi il a changé.

            ![Trois commits, l’un après l’autre](fig/commits.svg)

            ::: exercise
            Le taux de chômage publié l’an dernier ne peut pas être reproduit. Que faudrait-il savoir du programme ?

            ::: solution
            Quelle version du programme a tourné, avec quels paramètres et quels fichiers : `git log` répond.
            :::
            :::
            """;

    private static final String FRENCH_02 = """
            ---
            title: Enregistrer des modifications
            teaching: 20
            exercises: 15
            questions: ["Comment enregistrer une version de mes fichiers ?"]
            objectives: ["Créer un dépôt et enregistrer des modifications avec git add et git commit."]
            keypoints: ["git add choisit ce qui entre dans le prochain commit ; git commit l’enregistre."]
            ---

            Créez un dossier pour un petit programme d’estimation et faites-en un dépôt :

            ```
            git init estimation
            ```
            """;
}
