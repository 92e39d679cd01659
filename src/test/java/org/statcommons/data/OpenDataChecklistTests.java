package org.statcommons.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checklist computed from the description and the releases, never typed: each item and the score. */
class OpenDataChecklistTests {

    private static final Instant AT = Instant.parse("2026-12-06T10:00:00Z");

    private static Release release(int number, Instant out, boolean data, boolean disclosure) {
        return new Release(number, 1, number, "", out, false, out == null ? null : 7L, null, data, disclosure, 7, AT);
    }

    @Test
    void aFullDescriptionWithAReleasedCheckedTableScoresEight() {
        DatasetMetadata census = DataStorageIntegrationTests.census();
        DatasetMetadata documented = new DatasetMetadata(
                census.title(),
                census.description(),
                census.keywords(),
                census.themes(),
                census.sdgCodes(),
                census.contactName(),
                census.contactEmail(),
                census.temporalStart(),
                census.temporalEnd(),
                census.countries(),
                census.frequency(),
                census.licence(),
                census.accessRights(),
                census.conformsTo(),
                census.provenance(),
                "methodology/census.md",
                census.qualityStatement(),
                census.producerType(),
                census.collectionMethod(),
                census.quality());
        OpenDataChecklist checklist = OpenDataChecklist.of(documented, List.of(release(1, AT, true, true)));
        assertThat(checklist.score()).isEqualTo(OpenDataChecklist.ITEMS).isEqualTo(8);

        OpenDataChecklist withoutPage = OpenDataChecklist.of(census, List.of(release(1, AT, true, true)));
        assertThat(withoutPage.done(ChecklistItem.METHODOLOGY)).isFalse();
        assertThat(withoutPage.score()).isEqualTo(7);
    }

    @Test
    void releaseItemsComeFromReleasesOutOrScheduledAndTheLatestMustHavePassedDisclosure() {
        DatasetMetadata census = DataStorageIntegrationTests.census();
        OpenDataChecklist drafts = OpenDataChecklist.of(census, List.of(release(1, null, true, true)));
        assertThat(drafts.done(ChecklistItem.MACHINE_READABLE)).isFalse();
        assertThat(drafts.done(ChecklistItem.API_AVAILABLE)).isFalse();
        assertThat(drafts.done(ChecklistItem.DISCLOSURE_PASSED)).isFalse();

        OpenDataChecklist latestUnchecked =
                OpenDataChecklist.of(census, List.of(release(1, AT, true, true), release(2, AT, true, false)));
        assertThat(latestUnchecked.done(ChecklistItem.MACHINE_READABLE)).isTrue();
        assertThat(latestUnchecked.done(ChecklistItem.DISCLOSURE_PASSED)).isFalse();
    }

    @Test
    void anEmptyDescriptionHasOnlyItsDefaultLicence() {
        DatasetMetadata empty = new DatasetMetadata(
                "Untitled",
                "",
                List.of(),
                List.of(),
                List.of(),
                "",
                "",
                null,
                null,
                List.of(),
                Frequency.UNKNOWN,
                Licence.DEFAULT,
                AccessRights.PUBLIC,
                List.of(),
                "",
                null,
                "",
                ProducerType.STATISTICAL_OFFICE,
                "",
                QualityAssessment.NONE);
        OpenDataChecklist checklist = OpenDataChecklist.of(empty, List.of());
        assertThat(checklist.score()).isEqualTo(1);
        assertThat(checklist.done(ChecklistItem.LICENCE)).isTrue();
        assertThat(checklist.done(ChecklistItem.UPDATE_FREQUENCY)).isFalse();
    }
}
