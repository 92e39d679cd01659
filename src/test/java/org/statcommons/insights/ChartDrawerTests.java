package org.statcommons.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChartDrawerTests {

    @Test
    void labelsAndTitlesAreEscaped() {
        String svg = ChartDrawer.bars(
                "Pages & <views>",
                List.of("<script>alert(1)</script>", "\"quoted\" 'page'"),
                List.of(List.of(5L), List.of(2L)),
                Long::toString,
                false);
        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(svg).contains("<title>Pages &amp; &lt;views&gt;</title>", "&quot;quoted&quot; &#39;page&#39;");
        String columns = ChartDrawer.columns(
                "t", List.of("a\u0001b"), List.of("<joined>", "left"), List.of(List.of(1L, 2L)), Long::toString, false);
        assertThat(columns).contains("&lt;joined&gt;").doesNotContain("\u0001");
    }

    @Test
    void noDataDrawsNoChart() {
        assertThat(ChartDrawer.bars("t", List.of(), List.of(), Long::toString, false))
                .isEmpty();
        assertThat(ChartDrawer.columns("t", List.of(), List.of("a"), List.of(), Long::toString, false))
                .isEmpty();
    }

    @Test
    void onePointIsOneFullBarAndZerosDrawNothingTall() {
        String svg = ChartDrawer.columns(
                "t", List.of("March"), List.of("views"), List.of(List.of(7L)), Long::toString, false);
        assertThat(svg).containsOnlyOnce("<rect").contains("height=\"" + ChartDrawer.PLOT + "\"", ">March<", ">7<");
        String zeros = ChartDrawer.columns(
                "t", List.of("a", "b"), List.of("views"), List.of(List.of(0L), List.of(0L)), Long::toString, false);
        assertThat(zeros).contains("height=\"0\"").doesNotContain("NaN");
        String bar = ChartDrawer.bars("t", List.of("Fiji"), List.of(List.of(3L, 1L)), Long::toString, false);
        assertThat(bar).containsOnlyOnce("<rect").contains(">Fiji<", ">3<");
    }

    @Test
    void aRightToLeftChartIsMirrored() {
        String ltr = ChartDrawer.bars("t", List.of("a"), List.of(List.of(3L)), Long::toString, false);
        String rtl = ChartDrawer.bars("t", List.of("a"), List.of(List.of(3L)), Long::toString, true);
        assertThat(ltr).contains("<rect x=\"" + (ChartDrawer.LABELS + 8) + "\"");
        assertThat(rtl)
                .doesNotContain("<rect x=\"" + (ChartDrawer.LABELS + 8) + "\"")
                .contains("text-anchor=\"start\"");
    }

    @Test
    void aLongLabelIsShortenedByWholeCharacters() {
        String label = "😀".repeat(40);
        String shortened = ChartDrawer.shortened(label);
        assertThat(shortened.codePointCount(0, shortened.length())).isEqualTo(ChartDrawer.LABEL_MAX);
        assertThat(shortened).endsWith("…");
    }
}
