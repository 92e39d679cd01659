package org.statcommons.platform.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.statcommons.support.CpuTime;

class WordDiffTests {

    @Test
    void marksTheChangedWordInsideAChangedLine() {
        List<WordDiff.Line> lines = WordDiff.lines(
                "Title\nThe census is held every ten years.\nEnd\n",
                "Title\nThe census is held every five years.\nEnd\n");
        assertThat(lines)
                .extracting(WordDiff.Line::kind)
                .containsExactly(WordDiff.Kind.SAME, WordDiff.Kind.CHANGED, WordDiff.Kind.SAME);
        WordDiff.Line changed = lines.get(1);
        assertThat(changed.oldNumber()).isEqualTo(2);
        assertThat(changed.newNumber()).isEqualTo(2);
        assertThat(changed.oldSpans())
                .containsExactly(
                        new WordDiff.Span("The census is held every ", false),
                        new WordDiff.Span("ten", true),
                        new WordDiff.Span(" years.", false));
        assertThat(changed.newSpans())
                .containsExactly(
                        new WordDiff.Span("The census is held every ", false),
                        new WordDiff.Span("five", true),
                        new WordDiff.Span(" years.", false));
    }

    @Test
    void numbersAddedAndRemovedLinesOnTheirOwnSide() {
        List<WordDiff.Line> lines = WordDiff.lines("a\nb\nc\n", "a\nc\nd\ne\n");
        assertThat(lines)
                .extracting(WordDiff.Line::kind)
                .containsExactly(
                        WordDiff.Kind.SAME,
                        WordDiff.Kind.REMOVED,
                        WordDiff.Kind.SAME,
                        WordDiff.Kind.ADDED,
                        WordDiff.Kind.ADDED);
        assertThat(lines).extracting(WordDiff.Line::oldNumber).containsExactly(1, 2, 3, 0, 0);
        assertThat(lines).extracting(WordDiff.Line::newNumber).containsExactly(1, 0, 2, 3, 4);
    }

    @Test
    void comparesWithNothingAndHandlesNonLatinWords() {
        assertThat(WordDiff.lines("", "new\n")).extracting(WordDiff.Line::kind).containsExactly(WordDiff.Kind.ADDED);
        WordDiff.Line line = WordDiff.lines("人口 普查 数据\n", "人口 抽样 数据\n").get(0);
        assertThat(line.newSpans()).contains(new WordDiff.Span("抽样", true));
    }

    // Myers' time grows with the differing lines times the differences: before the bound these took minutes
    @Test
    void twoUnrelatedMegabytePagesAreComparedInBoundedTime() {
        StringBuilder oldPage = new StringBuilder();
        StringBuilder newPage = new StringBuilder();
        for (int i = 0; oldPage.length() < 1_000_000; i++) {
            oldPage.append("old line ").append(i).append(" with some words\n");
            newPage.append("new text ").append(i * 7).append(" other words here\n");
        }
        var compared = bounded(() -> WordDiff.lines(oldPage.toString(), newPage.toString()));
        assertThat(compared.result()).isNotEmpty();
        assertThat(compared.cpu()).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void twoUnrelatedMegabyteLinesAreComparedInBoundedTime() {
        String oldLine = "a b ".repeat(250_000);
        String newLine = "c d ".repeat(250_000);
        var compared = bounded(() -> WordDiff.lines(oldLine, newLine));
        assertThat(compared.result()).hasSize(1);
        assertThat(compared.cpu()).isLessThan(Duration.ofSeconds(5));
    }

    /**
     * The processor time a comparison took (the bound: a busy machine does not fail it), stopped after two minutes
     * of waiting so that a comparison gone quadratic fails instead of running for an hour.
     */
    private static <T> CpuTime.Measured<T> bounded(Supplier<T> comparison) {
        return assertTimeoutPreemptively(Duration.ofMinutes(2), () -> CpuTime.of(comparison));
    }
}
