package org.statcommons.content.space;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

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

    private static PageMerge.Merged merge(String base, String yours, String theirs) {
        return PageMerge.merge(
                base.getBytes(StandardCharsets.UTF_8),
                yours.getBytes(StandardCharsets.UTF_8),
                theirs.getBytes(StandardCharsets.UTF_8));
    }
}
