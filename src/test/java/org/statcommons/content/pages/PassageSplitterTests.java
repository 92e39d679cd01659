package org.statcommons.content.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statcommons.content.pages.PassageSplitter.Choice;
import org.statcommons.content.pages.PassageSplitter.Keep;
import org.statcommons.content.pages.PassageSplitter.Passage;
import org.statcommons.support.CpuTime;

/** A page's three versions split into common and conflicting passages, and put together again as chosen. */
class PassageSplitterTests {

    @Test
    void conflictsAreSplitFromWhatBothSidesAgreeOn() {
        List<Passage> passages =
                PassageSplitter.split("A.\n\nB.\n\nC.\n", "A.\n\nB mine.\n\nC.\n", "A.\n\nB theirs.\n\nC.\n");
        assertThat(passages)
                .containsExactly(
                        new Passage("A.\n\n", null, null),
                        new Passage(null, "B mine.\n", "B theirs.\n"),
                        new Passage("\nC.\n", null, null));
        assertThat(PassageSplitter.resolve(passages, List.of(new Choice(Keep.THEIRS, null))))
                .isEqualTo("A.\n\nB theirs.\n\nC.\n");
        assertThat(PassageSplitter.resolve(passages, List.of())).isEqualTo("A.\n\nB mine.\n\nC.\n");
        assertThat(PassageSplitter.resolve(passages, List.of(new Choice(Keep.EDITED, "B both.\r\nAgreed"))))
                .isEqualTo("A.\n\nB both.\nAgreed\n\nC.\n");
    }

    @Test
    void aPageCreatedTwiceIsOneConflictAndALastLineWithoutLineEndIsKept() {
        List<Passage> passages = PassageSplitter.split("", "Mine", "Theirs");
        assertThat(passages).containsExactly(new Passage(null, "Mine", "Theirs"));
        assertThat(PassageSplitter.resolve(passages, List.of(new Choice(Keep.THEIRS, ""))))
                .isEqualTo("Theirs");
    }

    @Test
    void lastLinesWithoutLineEndOnBothSidesOfANewPageSplitWithoutFailing() {
        // two saves at once of a new page, neither ending with a line end: a 500 before (found by a benchmark)
        List<Passage> passages = PassageSplitter.split("", "c\nc\nb", "b");
        assertThat(PassageSplitter.conflicts(passages)).isEqualTo(1);
        assertThat(PassageSplitter.resolve(passages, List.of())).isEqualTo("c\nc\nb");
        assertThat(PassageSplitter.resolve(passages, List.of(new Choice(Keep.THEIRS, null))))
                .isEqualTo("b");
    }

    @Test
    void anyThreeShortTextsSplitIntoPassagesThatPutTheSameTextTogetherAgain() {
        java.util.Random random = new java.util.Random(7);
        String[] parts = {"a\n", "b\n", "c\n", "", "a", "b", "\n"};
        for (int i = 0; i < 20_000; i++) {
            String base = shortText(random, parts);
            String mine = shortText(random, parts);
            String theirs = shortText(random, parts);
            List<Passage> passages = PassageSplitter.split(base, mine, theirs);
            assertThat(passages)
                    .allMatch(p -> p.conflict() ? p.mine() != null && p.theirs() != null : p.common() != null);
            if (mine.equals(theirs)) {
                assertThat(PassageSplitter.resolve(passages, List.of())).isEqualTo(mine);
            }
        }
    }

    private static String shortText(java.util.Random random, String[] parts) {
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(5); n > 0; n--) {
            text.append(parts[random.nextInt(parts.length)]);
        }
        return text.toString();
    }

    @Test
    void aDeletionAgainstAChangeOffersBoth() {
        List<Passage> passages = PassageSplitter.split("A.\nB.\nC.\n", "A.\nC.\n", "A.\nB changed.\nC.\n");
        assertThat(passages).contains(new Passage(null, "", "B changed.\n"));
    }

    @Test
    void aPageAtTheSizeLimitWithThousandsOfConflictsSplitsAndResolvesFast() {
        StringBuilder base = new StringBuilder();
        StringBuilder mine = new StringBuilder();
        StringBuilder theirs = new StringBuilder();
        // about 1 MB, the page size limit: 2,000 paragraphs of 500 characters, each changed on both sides
        for (int i = 0; base.length() < 1_000_000; i++) {
            String line =
                    ("Paragraph " + i + " of a long page about statistical registers and their quality. ").repeat(6);
            base.append(line).append("\n\n");
            mine.append(line).append(" Mine.\n\n");
            theirs.append(line).append(" Theirs.\n\n");
        }
        CpuTime.Measured<String> measured = CpuTime.of(() -> {
            List<Passage> passages = PassageSplitter.split(base.toString(), mine.toString(), theirs.toString());
            List<Choice> choices = new ArrayList<>();
            for (int i = 0; i < PassageSplitter.conflicts(passages); i++) {
                choices.add(new Choice(Keep.THEIRS, null));
            }
            return PassageSplitter.resolve(passages, choices);
        });
        assertThat(measured.result()).isEqualTo(theirs.toString());
        assertThat(measured.cpu()).isLessThan(Duration.ofSeconds(5));
    }
}
