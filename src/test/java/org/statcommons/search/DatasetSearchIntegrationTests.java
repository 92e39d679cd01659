package org.statcommons.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
 * Datasets in the site search: a released one is found by its metadata and its dimensions' names, named as a dataset
 * and linked to its page; never by an observation's value, published or suppressed; a draft by no one, a scheduled
 * one from its announced time on (the clock moved, nothing run); a rebuild of the index keeps them.
 */
@StatCommonsIntegrationTest
class DatasetSearchIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    SearchIndexer indexer;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aReleasedDatasetIsFoundByItsMetadataButNeverByAValue() {
        Account office = fixtures.account("Search data office", PlatformRole.ADMINISTRATOR);
        Published census = PublishedDatasets.publish(
                fixtures,
                office,
                "Zorblat census",
                SmallCellCensus.CSV,
                Map.of("keywords", "quuxhouseholds", "themes", "SOCI", "sdgCodes", "11.1.1"));
        String link = "/c/" + census.community().slug() + "/data/" + census.id();
        Visitor anyone = fixtures.anonymous();

        Visitor.Page found = anyone.get("/search?q=zorblat");
        assertThat(found.body()).contains(link, "Dataset:", "<mark>Zorblat</mark>");
        assertThat(anyone.api("GET", "/api/v1/search?q=zorblat", null).body())
                .contains("\"kind\":\"DATASET\"", "\"datasetId\":" + census.id(), "\"href\":\"" + link + "\"");
        for (String term : new String[] {
            "quuxhouseholds",
            "\"11.1.1\"",
            "zorblat REGION",
            "zorblat AGE",
            "zorblat soci",
            "zorblat \"Population and society\""
        }) {
            assertThat(anyone.get("/search?q=" + term.replace(" ", "%20").replace("\"", "%22"))
                            .body())
                    .as(term)
                    .contains(link);
        }

        // the published value 998 and the suppressed 2 are in the store, never in the index
        Visitor member = fixtures.signedIn(office);
        for (String value : new String[] {"998", "2", "1207", "zorblat 998", "zorblat 2"}) {
            for (Visitor reader : new Visitor[] {anyone, member}) {
                String body = reader.api("GET", "/api/v1/search?q=" + value.replace(" ", "%20"), null)
                        .body();
                assertThat(body).as(value).doesNotContain(link);
            }
        }
        assertThat(anyone.get("/search?q=zorblat").body()).doesNotContain("998", "1207", "431");

        // a rebuild of the community's index keeps it
        indexer.rebuild(census.community().id());
        assertThat(anyone.get("/search?q=zorblat").body()).contains(link);
    }

    @Test
    void aDraftIsFoundByNoOneAndAScheduledReleaseFromItsTimeOn() {
        Account office = fixtures.account("Scheduled search office", PlatformRole.ADMINISTRATOR);
        String tomorrow = clock.instant()
                .plus(1, ChronoUnit.DAYS)
                .truncatedTo(ChronoUnit.MINUTES)
                .toString();
        Published scheduled = PublishedDatasets.publish(
                fixtures, office, "Glimmerwick births", SmallCellCensus.CSV, Map.of(), tomorrow);
        String link = "/c/" + scheduled.community().slug() + "/data/" + scheduled.id();
        Visitor team = fixtures.signedIn(office);
        assertThat(team.get("/search?q=glimmerwick").body())
                .as("embargoed: not even its data team finds it")
                .doesNotContain(link);
        assertThat(fixtures.anonymous().get("/search?q=glimmerwick").body()).doesNotContain(link);

        Visitor.Page draft = team.submitNoFollow(
                "/c/" + scheduled.community().slug() + "/data",
                Map.of("title", "Snorkwidget draft", "description", "Not yet.", "contactEmail", "data@example.org"));
        assertThat(draft.status()).isEqualTo(302);
        assertThat(team.get("/search?q=snorkwidget").body()).doesNotContain("/data/");

        clock.advance(Duration.ofDays(1).plusMinutes(2));
        assertThat(fixtures.anonymous().get("/search?q=glimmerwick").body())
                .as("out at its time, by the clock alone")
                .contains(link, "Dataset:");
    }
}
