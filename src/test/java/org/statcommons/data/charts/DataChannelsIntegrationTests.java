package org.statcommons.data.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.statcommons.access.PlatformRole;
import org.statcommons.data.PublishedDatasets;
import org.statcommons.data.PublishedDatasets.Published;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * The other ways a released dataset is seen: its download counts (per release, day and route, on its page and in the
 * API), the Atom feeds of a community's and a dataset's releases, and the SDG pages grouping released datasets.
 */
@StatCommonsIntegrationTest
class DataChannelsIntegrationTests {

    @Autowired
    Fixtures fixtures;

    private static final String CSV = """
            REF_AREA,TIME_PERIOD,Victims (persons)
            KEN,2020,12
            KEN,2021,14
            """;

    @Test
    void downloadsAreCountedPerReleaseDayAndRouteWithoutWhoDownloaded() {
        Published data = PublishedDatasets.publish(
                fixtures, fixtures.account("Counting office", PlatformRole.ADMINISTRATOR), "Violence survey", CSV);
        Visitor reader = fixtures.anonymousApi();
        assertThat(reader.download(data.api() + "/download.csv").status()).isEqualTo(200);
        assertThat(reader.download(data.api() + "/download.csv").status()).isEqualTo(200);
        Visitor.Download json = reader.download(data.api() + "/download.json");
        assertThat(reader.download(data.api() + "/data?REF_AREA=KEN").status()).isEqualTo(200);
        assertThat(reader.download(data.api() + "/download.json", "If-None-Match", json.header("ETag"))
                        .status())
                .as("a 304 is no download")
                .isEqualTo(304);

        Page counts = reader.api("GET", data.api() + "/downloads", null);
        assertThat(counts.status()).isEqualTo(200);
        assertThat(counts.body())
                .contains("\"number\":1,\"total\":4")
                .contains("\"csv\":2,\"json\":1,\"xlsx\":0,\"api\":1,\"total\":4");
        assertThat(fixtures.anonymous().get(data.page()).body()).contains("Release 1: 4 downloads");
        assertThat(reader.api("GET", "/api/v1/datasets/987654321/downloads", null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aCommunitysAndADatasetsReleasesAreAtomFeeds() {
        Published data = PublishedDatasets.publish(
                fixtures, fixtures.account("Feed office", PlatformRole.ADMINISTRATOR), "Road deaths", CSV);
        Visitor reader = fixtures.anonymous();
        Page community = reader.getNoFollow("/c/" + data.community().slug() + "/data/releases.atom");
        assertThat(community.status()).isEqualTo(200);
        assertThat(community.contentType()).startsWith("application/atom+xml");
        assertThat(community.body()).contains("<entry>", "Road deaths: release 1", "First release");
        Page dataset = reader.getNoFollow("/data/" + data.id() + "/releases.atom");
        assertThat(dataset.body()).contains("Releases of Road deaths", "Road deaths: release 1");
        assertThat(reader.getNoFollow("/data/" + data.id() + "/releases.atom", "If-None-Match", dataset.header("ETag"))
                        .status())
                .isEqualTo(304);
        assertThat(reader.getNoFollow("/data/987654321/releases.atom").status()).isEqualTo(404);
        // the calendar's feed of every community's is written alike: the same release is the same entry
        String entryId = dataset.body()
                .substring(dataset.body().indexOf("<entry>"))
                .replaceFirst("(?s).*?<id>([^<]*)</id>.*", "$1");
        assertThat(entryId).contains("/data/" + data.id() + "/releases.atom#release-");
        Page calendar = reader.getNoFollow("/data/calendar.atom");
        assertThat(calendar.status()).isEqualTo(200);
        assertThat(calendar.body()).contains("Data releases", "<id>" + entryId + "</id>", "First release");
    }

    @Test
    void sdgPagesGroupReleasedDatasetsUnderTheirOfficialTitles() {
        Published data = PublishedDatasets.publish(
                fixtures,
                fixtures.account("SDG office", PlatformRole.ADMINISTRATOR),
                "Intimate partner violence",
                CSV,
                Map.of("sdgCodes", "5.2.1"));
        Visitor reader = fixtures.anonymous();
        Page goals = reader.get("/data/sdg");
        assertThat(goals.status()).isEqualTo(200);
        assertThat(goals.body()).contains("Gender equality", "Achieve gender equality and empower all women and girls");
        Page goal = reader.get("/data/sdg/5");
        assertThat(goal.body()).contains("Goal 5", "/data/sdg/5.2", "Intimate partner violence", "/data/" + data.id());
        Page indicator = reader.get("/data/sdg/5.2.1");
        assertThat(indicator.body())
                .contains(
                        "Indicator 5.2.1", "Proportion of ever-partnered women and girls", "Intimate partner violence");
        assertThat(reader.get("/data/sdg/1.1.1").body()).doesNotContain("Intimate partner violence");
        Page french = fixtures.anonymous().getNoFollow("/data/sdg/5", "Accept-Language", "fr");
        assertThat(french.body()).contains("Objectif 5", "autonomiser toutes les femmes et les filles");
        assertThat(reader.getNoFollow("/data/sdg/99").status()).isEqualTo(404);
        assertThat(reader.getNoFollow("/data/sdg/..%2F5").status()).isIn(400, 404);
    }
}
