package org.statcommons.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.JoinPolicy;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Chromium;
import org.statcommons.support.Fixtures;
import org.statcommons.support.SmallCellCensus;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestClock;
import org.statcommons.support.Visitor;

/**
 * Issue 13's story in a real browser: a statistical office's data editor uploads a census table (region × sex × age,
 * one cell counting 2 persons) through the screens, confirms its structure and sees the threshold suppress that cell
 * and the secondary suppression protect it; a reviewer schedules the release for tomorrow; it is invisible to the
 * public until the clock passes that instant; then an anonymous reader reads the dataset's page and downloads the
 * CSV, the cell blank with its status, and finds the dataset through the site search. The dataset, its draft and the data team are seeded: they are not the story.
 */
@StatCommonsIntegrationTest
class OpenDataStoryBrowserIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @LocalServerPort
    int port;

    @Test
    void anEditorUploadsACensusTableItsSmallCellIsProtectedAndItIsPublicOnlyOnceReleased() throws Exception {
        Account secretariat = fixtures.account("Amina Yusuf", PlatformRole.ADMINISTRATOR);
        Community community = fixtures.community("National statistics office", JoinPolicy.OPEN, secretariat);
        Account editor = fixtures.member(community, "Brian Otieno", CommunityRole.MEMBER);
        Account reviewer = fixtures.member(community, "Chen Wei", CommunityRole.MEMBER);
        Visitor office = fixtures.signedIn(secretariat);
        String list = "/c/" + community.slug() + "/data";
        office.submitNoFollow(list, list + "/team", Map.of("accountId", editor.id(), "standing", "DATA_EDITOR"));
        office.submitNoFollow(list, list + "/team", Map.of("accountId", reviewer.id(), "standing", "DATA_REVIEWER"));
        Visitor.Page created = office.submitNoFollow(
                list, Map.of("title", "Population census 2024", "description", "Persons by region, sex and age."));
        String page = URI.create(created.location()).getPath();
        office.submitNoFollow(page, page + "/releases", Map.of("changelog", "The 2024 census"));
        String datasetId = page.substring(page.lastIndexOf('/') + 1);
        Path file = Files.createTempFile("census-", ".csv");
        Files.writeString(file, SmallCellCensus.CSV, StandardCharsets.UTF_8);
        String base = "http://localhost:" + port;

        try (Chromium browser = Chromium.start()) {
            BrowserSteps.signIn(browser, base, editor);
            browser.open(base + page);
            browser.field("Data file").sendKeys(file.toAbsolutePath().toString());
            browser.press("Upload data");
            assertThat(browser.heading()).startsWith("Structure of census-");
            assertThat(browser.mainText()).contains("REGION", "North, North", "Y0T14, Y15T64, Y_GE65");
            new Select(browser.driver().findElement(By.id("code-list-0"))).selectByValue("FREE");
            new Select(browser.driver().findElement(By.id("code-list-2"))).selectByValue("FREE");
            browser.press("Confirm the structure and check the rows");
            assertThat(browser.mainText()).contains("No problem found");
            browser.press("Store in the draft");
            String report = browser.mainText();
            assertThat(report)
                    .contains(
                            "Disclosure check",
                            "REGION=North, SEX=F, AGE=Y_GE65",
                            "Fewer than 3 units: 2.",
                            "Secondary suppression, protecting the cell REGION=North, SEX=F, AGE=Y_GE65");

            browser.driver().manage().deleteAllCookies();
            BrowserSteps.signIn(browser, base, reviewer);
            String tomorrow = clock.instant()
                    .plus(Duration.ofDays(1))
                    .truncatedTo(ChronoUnit.MINUTES)
                    .atOffset(ZoneOffset.UTC)
                    .toString();
            browser.open(base + page).fill("Release 1: when", tomorrow).press("Release");
            assertThat(browser.mainText()).contains("Scheduled");

            Visitor anonymous = fixtures.anonymous();
            assertThat(anonymous.get("/data").body()).doesNotContain("Population census 2024");
            assertThat(anonymous.get(page).status()).isEqualTo(404);
            assertThat(fixtures.anonymousApi()
                            .download("/api/v1/datasets/" + datasetId + "/download.csv")
                            .status())
                    .isEqualTo(404);

            clock.advance(Duration.ofDays(2));
            browser.driver().manage().deleteAllCookies();
            browser.open(base + page);
            assertThat(browser.heading()).isEqualTo("Population census 2024");
            assertThat(browser.mainText()).doesNotContain("Fewer than 3 units", "Upload data");
            Visitor.Download csv = fixtures.anonymousApi().download("/api/v1/datasets/" + datasetId + "/download.csv");
            assertThat(csv.status()).isEqualTo(200);
            assertThat(new String(csv.body(), StandardCharsets.UTF_8))
                    .contains("North,F,Y_GE65,2024,,Q,A\n", "South,M,Y15T64,2024,998,A,\n");

            // a reader finds it through the site search in the header, named as a dataset, and opens it
            browser.open(base + "/").fill("Search", "population census");
            browser.andWaitForTheNextPage(() -> browser.field("Search").sendKeys(Keys.ENTER));
            assertThat(browser.mainText())
                    .contains("Dataset: Population census 2024")
                    .doesNotContain("998");
            browser.follow("Dataset: Population census 2024");
            assertThat(browser.path()).isEqualTo(page);
            assertThat(browser.heading()).isEqualTo("Population census 2024");

            // ── Later steps of issue 13, added after merging: the chart of the released data (datasee), a data
            // request (datasee), the SDMX 2.1 data and structure (sdmx), the DCAT-AP record passing SHACL (dcat) and
            // the CKAN package (dcat). Each reads the same released dataset: `page`, `datasetId`, the anonymous
            // `browser`; the cell North, F, Y_GE65 must show as confidential (Q, A) in each, never as 0. ──
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }
}
