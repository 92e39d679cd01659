package org.statcommons.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.statcommons.support.CpuTime;

class ConductComparisonTests {

    private static CodesOfConduct.Conduct version(int number, String body) {
        return new CodesOfConduct.Conduct(number, body, Instant.parse("2026-12-01T10:00:00Z"));
    }

    @Test
    void onlyTheChangedWordsAreMarked() {
        ConductComparison comparison = ConductComparison.of(
                version(1, "Be kind.\n\nShare what you can.\n"), version(2, "Be kind.\n\nShare all you can.\n"));
        assertThat(comparison.passages()).hasSize(1);
        assertThat(comparison.passages().get(0).lines().get(0))
                .extracting(piece -> piece.kind() + ":" + piece.text())
                .containsExactly("same:Share ", "removed:what", "added:all", "same: you can.");
        assertThat(ConductComparison.of(version(1, "Same"), version(2, "Same")).same())
                .isTrue();
    }

    /**
     * Two texts of 200 KB, every line and word different: 2,500 lines each, as many as Myers' algorithm is let
     * compare (its worst case), and as one long paragraph each.
     */
    @Test
    void twoFullyDifferentVersionsOf200KbCompareInBoundedTime() {
        StringBuilder oldLines = new StringBuilder();
        StringBuilder newLines = new StringBuilder();
        for (int i = 0; i < 2_500; i++) {
            oldLines.append(
                    String.format("Members treat each other with respect and listen before answering: %12d%n", i));
            newLines.append(
                    String.format("Participants keep every discussion courteous, even when they differ %11d%n", i));
        }
        assertThat(oldLines.length()).isEqualTo(200_000);
        String oldParagraph = "alpha beta ".repeat(18_200);
        String newParagraph = "gamma delta ".repeat(16_700);
        var compared = assertTimeoutPreemptively(
                Duration.ofMinutes(2),
                () -> CpuTime.of(() -> {
                    ConductComparison lines =
                            ConductComparison.of(version(1, oldLines.toString()), version(2, newLines.toString()));
                    ConductComparison words = ConductComparison.of(version(1, oldParagraph), version(2, newParagraph));
                    return lines.passages().size() + words.passages().size();
                }));
        assertThat(compared.result()).isPositive();
        assertThat(compared.cpu()).isLessThan(Duration.ofSeconds(3));
    }
}
