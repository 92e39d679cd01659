package org.statcommons.platform.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.statcommons.support.CpuTime;
import org.w3c.dom.Document;

/**
 * Charts are well-formed SVG whatever people typed, draw exactly the figures shown (none withheld), and cost time in
 * proportion to what they draw, however large or odd the input.
 */
class ChartDrawerTests {

    private static final String HOSTILE = "<script>alert('x')</script> & \"quoted\" \u0001";

    @Test
    void labelsAndTitlesOfCountsAreEscaped() throws Exception {
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
        parse(svg);
        parse(columns);
    }

    @Test
    void noCountsDrawNoChart() {
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
        String shortened = ChartDrawer.shortened(label, ChartDrawer.LABEL_MAX);
        assertThat(shortened.codePointCount(0, shortened.length())).isEqualTo(ChartDrawer.LABEL_MAX);
        assertThat(shortened).endsWith("…");
    }

    @Test
    void labelsOfSharesAreEscapedAndTheDrawingStaysWellFormed() throws Exception {
        String svg = ChartDrawer.bars(
                HOSTILE, HOSTILE, List.of(new ChartDrawer.Bar(HOSTILE, 40.0), new ChartDrawer.Bar("No", 60.0)));
        assertThat(svg)
                .doesNotContain("<script")
                .contains("&lt;script&gt;")
                .contains("&amp;")
                .contains("&quot;");
        Document doc = parse(svg);
        assertThat(doc.getElementsByTagName("rect").getLength()).isEqualTo(2);
        assertThat(doc.getDocumentElement()
                        .getElementsByTagName("title")
                        .item(0)
                        .getTextContent())
                .isEqualTo("<script>alert('x')</script> & \"quoted\" ");

        String stacked = ChartDrawer.stacked(
                HOSTILE,
                "d",
                List.of("Low", HOSTILE, "Mid", "High", "Top"),
                List.of(new ChartDrawer.Stack(HOSTILE, List.of(10.0, 20.0, 30.0, 25.0, 15.0))));
        assertThat(parse(stacked).getElementsByTagName("rect").getLength()).isEqualTo(5 + 5);
    }

    @Test
    void aWithheldShareIsNotDrawn() throws Exception {
        String svg =
                ChartDrawer.bars("t", "d", List.of(new ChartDrawer.Bar("Yes", 80.0), new ChartDrawer.Bar("No", null)));
        Document doc = parse(svg);
        assertThat(doc.getElementsByTagName("rect").getLength()).isEqualTo(1);
        assertThat(svg).contains("80.0 %").contains(">No<");

        String stacked = ChartDrawer.stacked(
                "t",
                "d",
                List.of("1", "2", "3", "4", "5"),
                List.of(new ChartDrawer.Stack("q", Arrays.asList(50.0, null, null, 50.0, 0.0))));
        // two segments and five legend keys
        assertThat(parse(stacked).getElementsByTagName("rect").getLength()).isEqualTo(2 + 5);
    }

    @Test
    void escapeLeavesOrdinaryTextAloneAndDropsWhatXmlRefuses() {
        assertThat(ChartDrawer.escape("Confiance — 信任 — ثقة")).isEqualTo("Confiance — 信任 — ثقة");
        assertThat(ChartDrawer.escape("a'b")).isEqualTo("a&#39;b");
        assertThat(ChartDrawer.escape("a\uD800b\uFFFEc\u0000d")).isEqualTo("abcd");
    }

    @Test
    void oddFiguresStillDrawWellFormedCharts() throws Exception {
        String odd = ChartDrawer.bars(
                "t",
                "d",
                List.of(
                        new ChartDrawer.Bar("nan", Double.NaN),
                        new ChartDrawer.Bar("over", 1e300),
                        new ChartDrawer.Bar("below", -5.0),
                        new ChartDrawer.Bar("", Double.NEGATIVE_INFINITY)));
        assertThat(parse(odd).getElementsByTagName("rect").getLength()).isEqualTo(4);
        String noPoints = ChartDrawer.stacked("t", "d", List.of(), List.of(new ChartDrawer.Stack("q", List.of(100.0))));
        assertThat(parse(noPoints).getElementsByTagName("rect").getLength()).isEqualTo(1);
        String huge = ChartDrawer.columns(
                "t",
                List.of("a", "b"),
                List.of("views"),
                List.of(List.of(Long.MAX_VALUE), List.of(-3L)),
                Long::toString,
                true);
        assertThat(huge).doesNotContain("NaN");
        parse(huge);
        String noSeries = ChartDrawer.columns("t", List.of("a"), List.of(), List.of(List.of()), Long::toString, false);
        assertThat(parse(noSeries).getElementsByTagName("rect").getLength()).isZero();
    }

    @Test
    void hugeInputIsDrawnInTimeInProportionToIt() {
        int rows = 2_000;
        String longLabel = "ب".repeat(1_000_000) + "<&>";
        List<String> labels = new ArrayList<>(Collections.nCopies(rows, longLabel));
        List<List<Long>> counts = IntStream.range(0, rows)
                .mapToObj(i -> List.of((long) i, (long) (rows - i)))
                .toList();
        List<ChartDrawer.Bar> bars = IntStream.range(0, rows)
                .mapToObj(i -> new ChartDrawer.Bar(longLabel, i % 100.0))
                .toList();
        List<String> points = Collections.nCopies(11, "ص".repeat(200));
        List<ChartDrawer.Stack> stacks = IntStream.range(0, 500)
                .mapToObj(i -> new ChartDrawer.Stack(longLabel, Collections.nCopies(11, 100 / 11.0)))
                .toList();
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            String columns = ChartDrawer.columns(longLabel, labels, List.of("a", "b"), counts, Long::toString, false);
            assertThat(columns).endsWith("</svg>");
            assertThat(ChartDrawer.bars(longLabel, labels, counts, Long::toString, true))
                    .endsWith("</svg>");
            assertThat(ChartDrawer.bars(longLabel, longLabel, bars)).endsWith("</svg>");
            assertThat(ChartDrawer.stacked("t", "d", points, stacks)).endsWith("</svg>");
        });
    }

    @Test
    void linesLeaveAGapAndAMarkWhereAValueIsConfidentialNeverAZero() throws Exception {
        String svg = ChartDrawer.lines(
                "Chart of <Population>",
                "Held at REF_AREA = \"KEN\"",
                List.of("2020", "2021", "2022", "2023"),
                List.of(
                        new ChartDrawer.Line(
                                "F & M", Arrays.asList(10.0, null, 12.0, 13.0), List.of(false, true, false, false)),
                        new ChartDrawer.Line(
                                "-5", Arrays.asList(-5.0, null, null, 4.0), List.of(false, false, false, false))),
                "c",
                v -> String.valueOf(v.longValue()),
                false);
        Document doc = parse(svg);
        assertThat(doc.getElementsByTagName("polyline").getLength())
                .as("one run of two points")
                .isEqualTo(1);
        assertThat(doc.getElementsByTagName("circle").getLength())
                .as("points alone as dots")
                .isEqualTo(3);
        assertThat(svg).contains("Chart of &lt;Population&gt;", "F &amp; M", ">c</text>", ">-5</text>");
        assertThat(ChartDrawer.lines("t", "d", List.of(), List.of(), "c", String::valueOf, false))
                .isEmpty();
    }

    @Test
    void amountsOfOnePeriodWriteTheMarkInsteadOfAMissingBar() throws Exception {
        String svg = ChartDrawer.amounts(
                "Births in 2021",
                "d",
                List.of(
                        new ChartDrawer.Amount("KEN", 900.0, ""),
                        new ChartDrawer.Amount("UGA", null, "c"),
                        new ChartDrawer.Amount("TZA", -3.0, "")),
                v -> String.valueOf(v.longValue()),
                true);
        Document doc = parse(svg);
        assertThat(doc.getElementsByTagName("rect").getLength()).isEqualTo(2);
        assertThat(svg).contains(">900</text>", ">c</text>", ">-3</text>");
    }

    @Test
    void hugeLinesAndAmountsAreDrawnInBoundedProcessorTime() {
        String longName = "ب".repeat(1_000_000) + "<&>";
        List<String> periods = IntStream.range(0, 2_000).mapToObj(i -> "P" + i).toList();
        List<ChartDrawer.Line> lines = IntStream.range(0, 200)
                .mapToObj(l -> new ChartDrawer.Line(
                        longName,
                        IntStream.range(0, periods.size())
                                .mapToObj(p -> p % 7 == 0 ? null : (p % 3 == 0 ? -1e300 : (double) p * l))
                                .toList(),
                        IntStream.range(0, periods.size())
                                .mapToObj(p -> p % 7 == 0)
                                .toList()))
                .toList();
        List<ChartDrawer.Amount> amounts = IntStream.range(0, 2_000)
                .mapToObj(i -> new ChartDrawer.Amount(longName, i % 5 == 0 ? null : i * 1e10, i % 5 == 0 ? "c" : ""))
                .toList();
        CpuTime.Measured<List<String>> drawn = CpuTime.of(() -> List.of(
                ChartDrawer.lines(longName, longName, periods, lines, "c", String::valueOf, false),
                ChartDrawer.amounts(longName, longName, amounts, String::valueOf, true)));
        assertThat(drawn.result())
                .allSatisfy(svg -> assertThat(svg).endsWith("</svg>").doesNotContain("NaN"));
        assertThat(drawn.cpu()).isLessThan(Duration.ofSeconds(10));
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
