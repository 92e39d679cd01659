package org.statcommons.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.statcommons.access.PlatformRole;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.SmallCellCensus;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestClock;

/**
 * The unfiltered catalogue's kept facet counts follow every change of a dataset at once (the trigger's version), and
 * a scheduled release's arrival at its time, which no change marks (the clock moved).
 */
@StatCommonsIntegrationTest
class CatalogueReaderIntegrationTests {

    static final CatalogueQuery ALL = new CatalogueQuery(null, null, null, null, null, null, null, null, null, 1);

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    CatalogueReader catalogue;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theKeptCountsFollowAReleaseAtOnceAndAScheduledOneAtItsTime() {
        Account office = fixtures.account("Counted office", PlatformRole.ADMINISTRATOR);
        assertThat(publishers()).doesNotContain("Counted now office", "Counted tomorrow office");

        PublishedDatasets.publish(fixtures, office, "Counted now", SmallCellCensus.CSV);
        assertThat(publishers()).as("the change seen at once").contains("Counted now office");
        assertThat(fixtures.anonymous().get("/data").body()).contains("Counted now");

        String tomorrow = clock.instant().plus(Duration.ofDays(1)).toString();
        PublishedDatasets.publish(fixtures, office, "Counted tomorrow", SmallCellCensus.CSV, Map.of(), tomorrow);
        assertThat(publishers()).contains("Counted now office").doesNotContain("Counted tomorrow office");
        assertThat(fixtures.anonymous().get("/data").body()).doesNotContain("Counted tomorrow");

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        assertThat(publishers()).as("at its time").contains("Counted now office", "Counted tomorrow office");
        assertThat(fixtures.anonymous().get("/data").body()).contains("Counted tomorrow");
        clock.advance(Duration.ofDays(-2));
        assertThat(publishers()).as("back in time: counted again").doesNotContain("Counted tomorrow office");
    }

    private java.util.List<String> publishers() {
        return catalogue.read(ALL, clock.instant()).facet("publisher").stream()
                .map(CataloguePage.FacetValue::value)
                .toList();
    }
}
