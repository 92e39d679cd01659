package org.statcommons.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
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
import org.statcommons.support.DcatShapes;
import org.statcommons.support.Fixtures;
import org.statcommons.support.SdmxDl;
import org.statcommons.support.SmallCellCensus;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestClock;
import org.statcommons.support.Visitor;

/**
 * Issue 13's story in a real browser: a statistical office's data editor uploads a census table (region × sex × age,
 * one cell counting 2 persons) through the screens, confirms its structure and sees the threshold suppress that cell
 * and the secondary suppression protect it; a reviewer schedules the release for tomorrow; it is invisible to the
 * public until the clock passes that instant; then an anonymous reader reads the dataset's page and downloads the
 * CSV, the cell blank with its status, finds the dataset through the site search and reads the chart, the cell a gap
 * marked confidential; a reader asks for a breakdown by district; an SDMX client reads the structure and the series,
 * the suppressed one without an observation; the DCAT-AP record passes the SHACL shapes; and another community's
 * secretariat harvests the server's CKAN API from the screen at once. The dataset, its draft and the data team are
 * seeded: they are not the story.
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

            // the chart of the census by age, for women in the North: the small cell is a gap marked confidential
            browser.open(base + page + "?REGION=North&SEX=F&AGE=*&period=2024#chart");
            String chart =
                    browser.driver().findElement(By.cssSelector("table.counts")).getAttribute("outerHTML");
            // Y0T14 is the secondary suppression that protects it in its row
            assertThat(chart).contains("<td>1,207</td>", "<td><abbr title=\"confidential\">c</abbr></td>");
            assertThat(chart.split("title=\"confidential\"", -1)).hasSize(3);
            assertThat(chart).doesNotContain("<td>2</td>", "431");
            assertThat(browser.mainText()).contains("c: confidential");

            // a reader without a community asks for a breakdown by district
            Account reader = fixtures.account("Dilnoza Karimova", PlatformRole.NONE);
            BrowserSteps.signIn(browser, base, reader);
            browser.open(base + list + "/requests")
                    .fill("What data do you need?", "Population by district")
                    .fill(
                            "Why, and in what detail (areas, periods, breakdowns)",
                            "The 2024 census by district, sex and age.")
                    .press("Ask for data");
            assertThat(browser.mainText()).contains("Population by district", "You support this request.");

            // the reader asks a question under the dataset, and its data editor answers it there
            browser.open(base + page)
                    .fill("Ask a question or leave a comment", "Is there a *table by district* for 2024?")
                    .press("Comment");
            assertThat(browser.path()).isEqualTo(page);
            assertThat(browser.mainText()).contains("Questions and comments", "Is there a table by district for 2024?");
            browser.driver().manage().deleteAllCookies();
            BrowserSteps.signIn(browser, base, editor);
            browser.open(base + page)
                    .fill("Reply", "Not yet: it is planned for 2025.")
                    .press("Reply");
            assertThat(browser.mainText())
                    .contains("Dilnoza Karimova", "Brian Otieno", "Not yet: it is planned for 2025.");
            browser.driver().manage().deleteAllCookies();

            // an SDMX client reads the structure and the women's series of the North: the suppressed series has no
            // observation, and no value anywhere is the small count
            String published = new String(csv.body(), StandardCharsets.UTF_8);
            String flow = "DF_" + datasetId;
            try (SdmxDl sdmx = SdmxDl.of(port)) {
                assertThat(sdmx.flows()).contains(flow);
                assertThat(sdmx.dimensions(flow)).containsExactly("REGION", "SEX", "AGE");
                Map<String, List<Double>> north = sdmx.values(flow, "North.F.");
                assertThat(north.get("North.F.Y15T64")).containsExactly(1207.0);
                assertThat(north.get("North.F.Y_GE65")).isNullOrEmpty();
                // by sex: a key of empty parts alone ("..") would be a dot-segment of the address
                Map<String, List<Double>> all = new HashMap<>(sdmx.values(flow, ".F."));
                all.putAll(sdmx.values(flow, ".M."));
                assertThat(all.values().stream().flatMap(List::stream)).doesNotContain(2.0);
                assertThat(all.values().stream().filter(List::isEmpty).count() + (12 - all.size()))
                        .as("series without a value: the suppressed cells of the CSV")
                        .isEqualTo(published
                                .lines()
                                .filter(l -> l.contains(",,Q,"))
                                .count());
            }

            // its DCAT-AP 3 record passes the SHACL shapes
            Visitor.Download record = anonymous.download("/catalog/datasets/" + datasetId + ".ttl");
            assertThat(record.status()).isEqualTo(200);
            Model model = DcatShapes.parse(record.body(), Lang.TURTLE);
            assertThat(new DcatShapes().violations(model)).isEmpty();
            assertThat(new String(record.body(), StandardCharsets.UTF_8)).contains("Population census 2024");

            // a regional portal's secretariat harvests this server's CKAN API, at once, through the screen
            Account regional = fixtures.account("Rosa Delgado", PlatformRole.SECRETARIAT);
            Community aggregator = fixtures.community("Regional data portal", JoinPolicy.OPEN, regional);
            String harvest = "/c/" + aggregator.slug() + "/data/harvest";
            BrowserSteps.signIn(browser, base, regional);
            browser.open(base + harvest)
                    .fill("Name", "National office")
                    .fill("Address", base + "/api/3/action")
                    .choose("Kind", "CKAN action API")
                    .fill("Every how many hours", "24")
                    .press("Harvest another portal")
                    .press("Harvest now");
            assertThat(browser.mainText()).contains("The harvest has begun");
            String harvested = await().atMost(Duration.ofSeconds(30))
                    .until(
                            () -> anonymous
                                    .get("/data?origin=National%20office&q=census")
                                    .body(),
                            body -> body.contains("Population census 2024"));
            assertThat(harvested).contains("from National office");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }
}
