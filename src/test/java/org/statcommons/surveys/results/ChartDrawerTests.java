package org.statcommons.surveys.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Charts are well-formed SVG whatever owners typed, and draw exactly the figures shown (none withheld). */
class ChartDrawerTests {

    private static final String HOSTILE = "<script>alert('x')</script> & \"quoted\" \u0001";

    @Test
    void labelsAreEscapedAndTheDrawingStaysWellFormed() throws Exception {
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
    void aWithheldFigureIsNotDrawn() throws Exception {
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
    void escapeLeavesOrdinaryTextAlone() {
        assertThat(ChartDrawer.escape("Confiance — 信任 — ثقة")).isEqualTo("Confiance — 信任 — ثقة");
        assertThat(ChartDrawer.escape("a'b")).isEqualTo("a&#39;b");
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
