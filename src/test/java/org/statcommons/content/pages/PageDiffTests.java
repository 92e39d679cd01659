package org.statcommons.content.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.statcommons.support.CpuTime;

class PageDiffTests {

    @Test
    void marksTheChangedWordInsideAChangedLine() {
        List<Comparison.Line> lines = PageDiff.lines(
                "Title\nThe census is held every ten years.\nEnd\n",
                "Title\nThe census is held every five years.\nEnd\n");
        assertThat(lines)
                .extracting(Comparison.Line::kind)
                .containsExactly(Comparison.Kind.SAME, Comparison.Kind.CHANGED, Comparison.Kind.SAME);
        Comparison.Line changed = lines.get(1);
        assertThat(changed.oldNumber()).isEqualTo(2);
        assertThat(changed.newNumber()).isEqualTo(2);
        assertThat(changed.oldSpans())
                .containsExactly(
                        new Comparison.Span("The census is held every ", false),
                        new Comparison.Span("ten", true),
                        new Comparison.Span(" years.", false));
        assertThat(changed.newSpans())
                .containsExactly(
                        new Comparison.Span("The census is held every ", false),
                        new Comparison.Span("five", true),
                        new Comparison.Span(" years.", false));
    }

    @Test
    void numbersAddedAndRemovedLinesOnTheirOwnSide() {
        List<Comparison.Line> lines = PageDiff.lines("a\nb\nc\n", "a\nc\nd\ne\n");
        assertThat(lines)
                .extracting(Comparison.Line::kind)
                .containsExactly(
                        Comparison.Kind.SAME,
                        Comparison.Kind.REMOVED,
                        Comparison.Kind.SAME,
                        Comparison.Kind.ADDED,
                        Comparison.Kind.ADDED);
        assertThat(lines).extracting(Comparison.Line::oldNumber).containsExactly(1, 2, 3, 0, 0);
        assertThat(lines).extracting(Comparison.Line::newNumber).containsExactly(1, 0, 2, 3, 4);
    }

    @Test
    void comparesWithNothingAndHandlesNonLatinWords() {
        assertThat(PageDiff.lines("", "new\n"))
                .extracting(Comparison.Line::kind)
                .containsExactly(Comparison.Kind.ADDED);
        Comparison.Line line = PageDiff.lines("人口 普查 数据\n", "人口 抽样 数据\n").get(0);
        assertThat(line.newSpans()).contains(new Comparison.Span("抽样", true));
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
        var compared = bounded(() -> PageDiff.lines(oldPage.toString(), newPage.toString()));
        assertThat(compared.result()).isNotEmpty();
        assertThat(compared.cpu()).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void twoUnrelatedMegabyteLinesAreComparedInBoundedTime() {
        String oldLine = "a b ".repeat(250_000);
        String newLine = "c d ".repeat(250_000);
        var compared = bounded(() -> PageDiff.lines(oldLine, newLine));
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
