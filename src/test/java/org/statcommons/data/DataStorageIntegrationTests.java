package org.statcommons.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.statcommons.support.StatCommonsIntegrationTest;

/**
 * The storage the screens and {@code data.ingest} build on: a dataset's metadata read back as written (arrays, days,
 * the quality assessment), releases numbered 1, 2, … within their dataset, a release's state following from its
 * instant, and a release once out no longer changed by the data part's flags.
 */
@StatCommonsIntegrationTest
class DataStorageIntegrationTests {

    private static final Instant AT = Instant.parse("2026-12-06T10:00:00Z");

    @Autowired
    Datasets datasets;

    @Autowired
    Releases releases;

    @Autowired
    TransactionTemplate transactions;

    static DatasetMetadata census() {
        return new DatasetMetadata(
                "Population census 2020",
                "Persons by sex and district.",
                List.of("census", "population"),
                List.of(DataTheme.SOCI, DataTheme.REGI),
                List.of("5.2.1", "17"),
                "Census unit",
                "census@example.org",
                LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 12, 31),
                List.of("KE", "UG"),
                Frequency.DECENNIAL,
                Licence.CC0_1_0,
                AccessRights.PUBLIC,
                List.of("https://sdmx.org/"),
                "Enumerated by the national statistical office.",
                null,
                "Coverage 98 %.",
                ProducerType.CITIZEN_SCIENCE,
                "Volunteers' counts",
                new QualityAssessment(4, 3, null, 5, 2, 1));
    }

    @Test
    void aDatasetIsReadBackAsWritten() {
        long id = datasets.insert(1_000_001L, null, "Statistics Office", census(), 7, AT);
        Dataset dataset = datasets.byId(id).orElseThrow();
        assertThat(dataset.metadata()).isEqualTo(census());
        assertThat(dataset.metadata().sdgGoals()).containsExactly(5, 17);
        assertThat(dataset.publicAt(AT)).isFalse();
        assertThat(datasets.ofCommunity(1_000_001L, false, AT)).isEmpty();
        assertThat(datasets.ofCommunity(1_000_001L, true, AT))
                .extracting(Dataset::id)
                .containsExactly(id);

        datasets.setComputed(id, 6, AT.plusSeconds(60));
        assertThat(datasets.ofCommunity(1_000_001L, false, AT)).isEmpty();
        assertThat(datasets.ofCommunity(1_000_001L, false, AT.plusSeconds(60)))
                .extracting(Dataset::checklistScore)
                .containsExactly(6);
    }

    @Test
    void releasesAreNumberedAndTheirStateFollowsTheirInstant() {
        long datasetId = datasets.insert(1_000_002L, null, "Statistics Office", census(), 7, AT);
        long first = transactions.execute(s -> releases.insertDraft(datasetId, "First", 7, AT));
        long second = transactions.execute(s -> releases.insertDraft(datasetId, "Second", 7, AT));
        assertThat(releases.of(datasetId)).extracting(Release::number).containsExactly(2, 1);

        assertThat(releases.markDataConfirmed(first, true)).isTrue();
        Instant tomorrow = AT.plus(Duration.ofDays(1));
        assertThat(releases.release(first, tomorrow, true, 7, "Rita Reviewer")).isTrue();
        assertThat(releases.release(first, AT, false, 7, "Rita Reviewer")).isFalse();
        Release scheduled = releases.byId(first).orElseThrow();
        assertThat(scheduled.state(AT)).isEqualTo(ReleaseState.SCHEDULED);
        assertThat(scheduled.state(tomorrow)).isEqualTo(ReleaseState.RELEASED);
        assertThat(scheduled.releasedWithData(tomorrow)).isTrue();
        assertThat(releases.byId(second).orElseThrow().state(tomorrow)).isEqualTo(ReleaseState.DRAFT);

        assertThat(releases.markDisclosurePassed(first, true)).isFalse();
        assertThat(releases.calendar(AT, tomorrow.plusSeconds(1)))
                .extracting(Releases.Announced::releaseId)
                .contains(first);
        assertThat(releases.unschedule(first, tomorrow)).isFalse();
        assertThat(releases.unschedule(first, AT)).isTrue();
        assertThat(releases.byId(first).orElseThrow().state(tomorrow)).isEqualTo(ReleaseState.DRAFT);
    }
}
