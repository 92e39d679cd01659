package org.statcommons.data.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.PlatformRole;
import org.statcommons.data.PublishedDatasets;
import org.statcommons.data.PublishedDatasets.Published;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.SmallCellCensus;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestClock;
import org.statcommons.support.Visitor;

/**
 * A fixed release's whole distributions (the data API's CSV, SDMX-CSV) are files written once in the data directory:
 * the same bytes as the stream from the store, suppressed cells included; an embargoed release's file is reached by
 * no channel before its time; a missing file is served from the store and made again; a release taken back loses
 * its files.
 */
@StatCommonsIntegrationTest
class WholeReleaseFilesIntegrationTests {

    static final String HEADER = "REGION,SEX,AGE,TIME_PERIOD,Population (persons),OBS_STATUS,CONF_STATUS\n";

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    DistributionKeeper keeper;

    @Autowired
    Observations observations;

    @Autowired
    JdbcClient db;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aReleasedTableIsServedFromFilesOfTheStreamsBytesMadeAgainWhenMissing() throws Exception {
        Account office = fixtures.account("Files office", PlatformRole.ADMINISTRATOR);
        Published census = PublishedDatasets.publish(fixtures, office, "Census kept as files", SmallCellCensus.CSV);
        long release = release(census.id());
        byte[] csv = stream(release, HEADER, null);
        byte[] sdmx = stream(
                release,
                "DATAFLOW,REGION,SEX,AGE,TIME_PERIOD,OBS_VALUE,OBS_STATUS,CONF_STATUS\n",
                "STATCOMMONS:DF_" + census.id() + "(1.0)");
        assertThat(new String(csv, StandardCharsets.UTF_8))
                .startsWith(HEADER)
                .contains("North,F,Y_GE65,2024,,Q,A\n", ",Q,D\n")
                .doesNotContain("North,F,Y_GE65,2024,2");
        assertThat(new String(sdmx, StandardCharsets.UTF_8))
                .contains("STATCOMMONS:DF_" + census.id() + "(1.0),North,F,Y_GE65,2024,,Q,A\n");

        // written after the release's commit, in the background
        Path csvFile = written(release, "download.csv");
        Path sdmxFile = written(release, "sdmx-STATCOMMONS.csv");
        assertThat(Files.readAllBytes(csvFile)).isEqualTo(csv);
        assertThat(Files.readAllBytes(sdmxFile)).isEqualTo(sdmx);
        Visitor anyone = fixtures.anonymousApi();
        Visitor.Download download = anyone.download(census.api() + "/download.csv");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(csv);
        assertThat(download.header("Content-Length")).isEqualTo(Long.toString(csv.length));
        assertThat(download.header("Content-Type")).startsWith("text/csv");
        assertThat(anyone.download(census.api() + "/download.csv", "If-None-Match", download.header("ETag"))
                        .status())
                .isEqualTo(304);
        Visitor.Download flow = anyone.download("/sdmx/2.1/data/DF_" + census.id() + "?format=csv");
        assertThat(flow.status()).isEqualTo(200);
        assertThat(flow.body()).isEqualTo(sdmx);
        assertThat(flow.header("Content-Length")).isEqualTo(Long.toString(sdmx.length));
        // a slice is still read from the store
        assertThat(new String(
                        anyone.download(census.api() + "/data?format=csv&REGION=South")
                                .body(),
                        StandardCharsets.UTF_8))
                .startsWith(HEADER)
                .doesNotContain("North,");

        // lost (a cleaned data directory): the answer streams from the store, and the file is made again
        Files.delete(csvFile);
        Files.delete(sdmxFile);
        Visitor.Download streamed = anyone.download(census.api() + "/download.csv");
        assertThat(streamed.body()).isEqualTo(csv);
        assertThat(anyone.download("/sdmx/2.1/data/DF_" + census.id() + "?format=csv")
                        .body())
                .isEqualTo(sdmx);
        assertThat(Files.readAllBytes(written(release, "download.csv"))).isEqualTo(csv);
        assertThat(Files.readAllBytes(written(release, "sdmx-STATCOMMONS.csv"))).isEqualTo(sdmx);
        try (var names = Files.list(csvFile.getParent())) {
            assertThat(names.map(p -> p.getFileName().toString()))
                    .as("no temporary file is left")
                    .containsExactlyInAnyOrder("download.csv", "sdmx-STATCOMMONS.csv");
        }
    }

    @Test
    void anEmbargoedReleasesFileIsReachedByNoChannelBeforeItsTimeAndATakenBackOneLosesIt() throws Exception {
        Account office = fixtures.account("Embargo office", PlatformRole.ADMINISTRATOR);
        String tomorrow = clock.instant().plus(Duration.ofDays(1)).toString();
        Published census = PublishedDatasets.publish(
                fixtures, office, "Census under embargo", SmallCellCensus.CSV, Map.of(), tomorrow);
        long release = release(census.id());
        byte[] csv = stream(release, HEADER, null);
        // made ahead, when the release was scheduled
        assertThat(Files.readAllBytes(written(release, "download.csv"))).isEqualTo(csv);
        written(release, "sdmx-STATCOMMONS.csv");
        Visitor anyone = fixtures.anonymousApi();
        assertThat(anyone.download(census.api() + "/download.csv").status()).isEqualTo(404);
        assertThat(anyone.download("/sdmx/2.1/data/DF_" + census.id() + "?format=csv")
                        .status())
                .isEqualTo(404);

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        Visitor.Download out = anyone.download(census.api() + "/download.csv");
        assertThat(out.status()).isEqualTo(200);
        assertThat(out.body()).isEqualTo(csv);
        assertThat(out.header("Content-Length")).isEqualTo(Long.toString(csv.length));
        clock.reset();

        // another one scheduled, then taken back to draft: its files go (its data may change again)
        Published second = PublishedDatasets.publish(
                fixtures, office, "Census taken back", SmallCellCensus.CSV, Map.of(), tomorrow);
        long back = release(second.id());
        Path file = written(back, "download.csv");
        Visitor browser = fixtures.signedIn(office);
        assertThat(browser.submitNoFollow(second.page() + "/releases/" + back + "/unschedule", Map.of())
                        .status())
                .isEqualTo(302);
        assertThat(Files.exists(file)).isFalse();
        assertThat(keeper.file(back, "download.csv")).isEmpty();
    }

    private long release(long datasetId) {
        return db.sql("select id from data.releases where dataset_id = ? order by id desc limit 1")
                .param(datasetId)
                .query(Long.class)
                .single();
    }

    /** The answer as it was always made: the header, then PostgreSQL's {@code COPY} of the release. */
    private byte[] stream(long release, String header, String firstField) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(header.getBytes(StandardCharsets.UTF_8));
        observations.copyCsv(release, Observations.Layout.of(observations.components(release)), firstField, out);
        return out.toByteArray();
    }

    private Path written(long release, String name) {
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> keeper.file(release, name), Optional::isPresent)
                .orElseThrow();
    }
}
