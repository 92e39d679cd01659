package org.statcommons.content.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.statcommons.support.CpuTime;

class PageMergeTests {

    private static final String BASE = "one\ntwo\nthree\nfour\nfive\n";

    @Test
    void combinesEditsToDifferentLines() {
        PageMerge.Merged merged = merge(BASE, "ONE\ntwo\nthree\nfour\nfive\n", "one\ntwo\nthree\nfour\nFIVE\n");
        assertThat(merged.conflicts()).isFalse();
        assertThat(merged.string()).isEqualTo("ONE\ntwo\nthree\nfour\nFIVE\n");
    }

    @Test
    void marksEditsToTheSameLine() {
        PageMerge.Merged merged = merge(BASE, "one\nmine\nthree\nfour\nfive\n", "one\ntheirs\nthree\nfour\nfive\n");
        assertThat(merged.conflicts()).isTrue();
        assertThat(merged.string())
                .isEqualTo("one\n<<<<<<< yours\nmine\n=======\ntheirs\n>>>>>>> theirs\nthree\nfour\nfive\n");
    }

    @Test
    void theSameEditTwiceIsNoConflict() {
        PageMerge.Merged merged = merge(BASE, "one\nsame\nthree\nfour\nfive\n", "one\nsame\nthree\nfour\nfive\n");
        assertThat(merged.conflicts()).isFalse();
        assertThat(merged.string()).isEqualTo("one\nsame\nthree\nfour\nfive\n");
    }

    /**
     * A megabyte page of 12,000 short lines changed everywhere on both sides: one line in two is the same rule
     * (80 dashes), so that the line diff falls back to Myers' algorithm on the whole page. Unbounded, JGit's line
     * merge took 3.5 s of processor time on this one (about 15 s on the page of the report); bounded, 0.2 s.
     */
    @Test
    void aMegabytePageChangedEverywhereOnBothSidesIsAConflictOfTheWholePageInBoundedTime() {
        String base = megabytePage("as first written, with the old figures");
        String yours = megabytePage("as one editor rewrote it, new figures");
        String theirs = megabytePage("as the other editor wrote, new ones");
        assertThat(base.length()).isBetween(1_000_000, 1_048_576);
        var merged =
                assertTimeoutPreemptively(Duration.ofMinutes(2), () -> CpuTime.of(() -> merge(base, yours, theirs)));
        assertThat(merged.result().conflicts()).isTrue();
        // one conflict of the whole page (but for the rule it ends with, the same on all sides)
        String marked = merged.result().string();
        assertThat(marked.split("<<<<<<< ", -1)).hasSize(2);
        assertThat(marked)
                .startsWith("<<<<<<< yours\n" + yours.substring(0, yours.length() - 81) + "=======\n")
                .endsWith(theirs.substring(0, theirs.length() - 81) + ">>>>>>> theirs\n" + "-".repeat(80) + "\n");
        assertThat(merged.cpu()).isLessThan(Duration.ofSeconds(1));
    }

    // far apart on a megabyte page, two edits still merge: the bound is on the work, not on the page's size
    @Test
    void editsFarApartOnAMegabytePageStillMerge() {
        String page = megabytePage("as first written, with the old figures");
        String yours = page.replace(row(10, "as first written, with the old figures"), "Row ten, rewritten.");
        String theirs = page.replace(row(5_990, "as first written, with the old figures"), "Row 5990, rewritten.");
        var merged = CpuTime.of(() -> merge(page, yours, theirs));
        assertThat(merged.result().conflicts()).isFalse();
        assertThat(merged.result().string()).contains("Row ten, rewritten.", "Row 5990, rewritten.");
        assertThat(merged.cpu()).isLessThan(Duration.ofSeconds(3));
    }

    private static String megabytePage(String words) {
        StringBuilder page = new StringBuilder();
        for (int i = 0; i < 6_000; i++) {
            page.append(row(i, words)).append("\n").append("-".repeat(80)).append("\n");
        }
        return page.toString();
    }

    private static String row(int i, String words) {
        return String.format("| Row %6d | %s | %-30s |", i, words, "figure " + i);
    }

    private static PageMerge.Merged merge(String base, String yours, String theirs) {
        return PageMerge.merge(
                base.getBytes(StandardCharsets.UTF_8),
                yours.getBytes(StandardCharsets.UTF_8),
                theirs.getBytes(StandardCharsets.UTF_8));
    }
}
