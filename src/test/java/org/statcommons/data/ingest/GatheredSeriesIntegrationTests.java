package org.statcommons.data.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.statcommons.access.PlatformRole;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor.Page;

/**
 * A file that gives each series' rows together has its series gathered while it is validated, and the store takes them
 * as they are; a file where a series comes back later, has a repeated key or a problem on its last line is stored from
 * its staged rows as before (or not at all while a problem remains), with the same problems named and, once stored,
 * the same data.
 */
@StatCommonsIntegrationTest
class GatheredSeriesIntegrationTests {

    private static final String HEADER = "REF_AREA,SEX,TIME_PERIOD,OBS_VALUE,OBS_STATUS\n";

    @Autowired
    Fixtures fixtures;

    @Autowired
    UploadSeries uploadSeries;

    @Test
    void aFileGroupedBySeriesIsStoredAsTheSameCellsInAnyOrder() {
        Account secretariat = fixtures.account("Gathering secretariat", PlatformRole.SECRETARIAT);
        // periods out of order within a series, two frequencies, an empty value, NaN, an exponent, an empty status
        String grouped = HEADER + """
                KEN,F,2021,11,A
                KEN,F,2020,10,
                KEN,F,2020-Q3,NaN,E
                KEN,M,2020,,M
                UGA,F,2020,7.5e1,A
                """;
        String recurring = HEADER + """
                KEN,F,2021,11,A
                KEN,M,2020,,M
                UGA,F,2020,7.5e1,A
                KEN,F,2020,10,
                KEN,F,2020-Q3,NaN,E
                """;
        DraftUpload gathered = DraftUpload.of(fixtures, secretariat, "Grouped by series");
        long fast = gathered.confirmedUpload(grouped);
        assertThat(gathered(fast)).isTrue();
        assertThat(gathered.store(fast).body()).contains("\"observations\":5");
        assertThat(gathered(fast)).isFalse();

        DraftUpload staged = DraftUpload.of(fixtures, secretariat, "Series back later");
        long slow = staged.confirmedUpload(recurring);
        assertThat(gathered(slow)).isFalse();
        assertThat(staged.store(slow).body()).contains("\"observations\":5");

        String csv = gathered.downloadCsv();
        assertThat(csv)
                .isEqualTo(staged.downloadCsv())
                .containsSubsequence(
                        "KEN,F,2020,10,A", "KEN,F,2020-Q3,,E", "KEN,F,2021,11,A", "KEN,M,2020,,M", "UGA,F,2020,75,A");
    }

    @Test
    void aKeyRepeatedAfterItsSeriesCameBackIsNamedAndNothingIsGathered() {
        DraftUpload draft = DraftUpload.of(
                fixtures, fixtures.account("Repeated key secretariat", PlatformRole.SECRETARIAT), "Repeated key");
        long upload = draft.upload(HEADER + """
                KEN,F,2020,1,A
                KEN,F,2021,2,A
                UGA,F,2020,3,A
                KEN,F,2020,4,A
                """);
        assertThat(draft.confirm(upload).body())
                .contains("Line 5: the same REF_AREA, SEX, TIME_PERIOD as line 2.", "\"problemCount\":1");
        assertThat(gathered(upload)).isFalse();
        Page refused = draft.store(upload);
        assertThat(refused.status()).isEqualTo(409);
    }

    @Test
    void aBadValueOnTheLastLineIsNamedAndNothingIsGathered() {
        DraftUpload draft = DraftUpload.of(
                fixtures, fixtures.account("Last line secretariat", PlatformRole.SECRETARIAT), "Bad last line");
        long upload = draft.upload(HEADER + """
                KEN,F,2020,1,A
                KEN,F,2021,2,A
                UGA,F,2020,3,A
                UGA,F,2021,x,A
                """);
        assertThat(draft.confirm(upload, "{\"name\":\"OBS_VALUE\",\"role\":\"MEASURE\"}")
                        .body())
                .contains("Line 5, column OBS_VALUE: \\\"x\\\" is not a number.", "\"problemCount\":1");
        assertThat(gathered(upload)).isFalse();
        assertThat(draft.store(upload).status()).isEqualTo(409);

        // the same file corrected is gathered whole, its last series too (counts large enough not to be suppressed)
        long corrected = draft.upload(HEADER + """
                KEN,F,2020,100,A
                KEN,F,2021,200,A
                UGA,F,2020,300,A
                UGA,F,2021,400,A
                """);
        assertThat(draft.confirm(corrected).body()).contains("\"problemCount\":0");
        assertThat(gathered(corrected)).isTrue();
        assertThat(draft.store(corrected).body()).contains("\"observations\":4");
        assertThat(draft.downloadCsv()).contains("UGA,F,2021,400,A");
    }

    private boolean gathered(long upload) {
        return uploadSeries.exists(upload);
    }
}
