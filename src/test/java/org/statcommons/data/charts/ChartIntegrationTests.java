package org.statcommons.data.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.statcommons.access.PlatformRole;
import org.statcommons.data.Dataset;
import org.statcommons.data.Datasets;
import org.statcommons.data.PublishedDatasets;
import org.statcommons.data.PublishedDatasets.Published;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.i18n.Language;
import org.statcommons.support.CpuTime;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * A released dataset's chart: lines by a dimension's codes on the dataset page with the same figures as a table, a
 * suppressed cell drawn as a gap and marked (never zero, never its value), bars of one period, the embeddable SVG and
 * page framed by any site with an ETag, bad codes named.
 */
@StatCommonsIntegrationTest
class ChartIntegrationTests {

    @Autowired
    Fixtures fixtures;

    /** KEN/F/2021 is suppressed (stored without a value); UGA/M/2021 carries a value but says it is confidential. */
    private static final String CSV = """
            REF_AREA,SEX,TIME_PERIOD,Population (persons),OBS_STATUS,CONF_STATUS
            KEN,F,2020,1200,A,F
            KEN,F,2021,,Q,A
            KEN,F,2022,1260,A,F
            KEN,M,2020,1100,A,F
            KEN,M,2021,1150,A,F
            KEN,M,2022,1190,A,F
            UGA,F,2020,900,A,F
            UGA,F,2021,910,A,F
            UGA,M,2020,800,A,F
            UGA,M,2021,987654,A,C
            """;

    @Test
    void theDatasetPageDrawsTheChartAndItsTableWithoutAConfidentialValue() throws IOException {
        Published data = PublishedDatasets.publish(
                fixtures, fixtures.account("Chart office", PlatformRole.ADMINISTRATOR), "Population", CSV);
        Visitor reader = fixtures.anonymous();

        Page page = reader.get(data.page() + "?REF_AREA=KEN&SEX=*");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("<svg", "<polyline", "<caption>Population by period (held at: REF_AREA = KEN)</caption>")
                .contains("<th scope=\"col\">F<br>", "(persons)", "1,260", "<circle")
                .contains("<abbr title=\"confidential\">c</abbr>", "c: confidential")
                .doesNotContain("987654", "987,654");
        assertThat(gzipped(page.body())).as("compressed size").isLessThan(30 * 1024);
        assertThat(page.header("Content-Security-Policy")).contains("frame-ancestors 'none'");

        Page bars = reader.get(data.page() + "?SEX=M&REF_AREA=*&period=2021");
        assertThat(bars.body())
                .contains("Population in 2021 (held at: SEX = M)", "1,150")
                .doesNotContain("987654", "987,654", "<polyline");

        Page wrong = reader.get(data.page() + "?REF_AREA=XYZ");
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body()).contains("No observation has the code &quot;XYZ&quot; for REF_AREA.", "<svg");
    }

    @Test
    void theChartIsEmbeddableWithItsOwnPolicyAndAnEtag() {
        Published data = PublishedDatasets.publish(
                fixtures, fixtures.account("Embed office", PlatformRole.ADMINISTRATOR), "Births", CSV);
        Visitor site = fixtures.anonymous();
        String svg = "/data/" + data.id() + "/chart.svg?REF_AREA=UGA&SEX=*";
        Page image = site.getNoFollow(svg);
        assertThat(image.status()).isEqualTo(200);
        assertThat(image.contentType()).startsWith("image/svg+xml");
        assertThat(image.body())
                .startsWith("<svg")
                .contains("Chart of Births</title>")
                .doesNotContain("987654");
        assertThat(image.header("Content-Security-Policy")).contains("frame-ancestors *");
        String etag = image.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(site.getNoFollow(svg, "If-None-Match", etag).status()).isEqualTo(304);

        Page embed = site.getNoFollow("/data/" + data.id() + "/chart?REF_AREA=UGA&SEX=*");
        assertThat(embed.status()).isEqualTo(200);
        assertThat(embed.header("Content-Security-Policy")).contains("frame-ancestors *");
        assertThat(embed.body()).contains("<table", "<svg", "<abbr title=\"confidential\">c</abbr>");

        Page bad = site.getNoFollow("/data/" + data.id() + "/chart.svg?SEX=X&period=%3Cscript%3E");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("No observation has the code");
        assertThat(site.getNoFollow("/data/987654321/chart.svg").status()).isEqualTo(404);
    }

    @Test
    void aDatasetNotReleasedHasNoChart() {
        var office = fixtures.account("Draft office", PlatformRole.ADMINISTRATOR);
        var community = fixtures.community("Draft chart office", org.statcommons.access.JoinPolicy.OPEN, office);
        Page created = fixtures.signedIn(office)
                .submitNoFollow(
                        "/c/" + community.slug() + "/data",
                        java.util.Map.of("title", "Unreleased", "description", "Not out."));
        String path = java.net.URI.create(created.location()).getPath();
        String id = path.substring(path.lastIndexOf('/') + 1);
        assertThat(fixtures.anonymous()
                        .getNoFollow("/data/" + id + "/chart.svg")
                        .status())
                .isEqualTo(404);
    }

    @Autowired
    ChartPresenter presenter;

    @Autowired
    Datasets datasets;

    @Test
    void anAddressOfHugeOrManyCodesIsRefusedInBoundedTime() {
        Published data = PublishedDatasets.publish(
                fixtures, fixtures.account("Hostile chart office", PlatformRole.ADMINISTRATOR), "Hostile", CSV);
        Dataset dataset = datasets.byId(data.id()).orElseThrow();
        // far beyond what an address can carry (16 KB): a thousand values per dimension, each of 5,000 codes
        String manyCodes = IntStream.range(0, 5_000).mapToObj(i -> "X" + i).collect(Collectors.joining("+"));
        List<String> values = Collections.nCopies(1_000, manyCodes);
        Map<String, List<String>> hostile =
                Map.of("REF_AREA", values, "sex", values, "period", List.of("2021-".repeat(200_000)), "other", values);
        CpuTime.Measured<ChartView> lenient = CpuTime.of(() ->
                presenter.present(dataset, hostile, Language.ENGLISH, false).orElseThrow());
        assertThat(lenient.result().errors())
                .anyMatch(e -> e.startsWith("A query asks for at most 1"))
                .anyMatch(e -> e.contains("No observation has the code \"X0\" for REF_AREA."));
        assertThat(lenient.result().svg()).as("the default chart instead").contains("<polyline");
        assertThat(lenient.cpu()).isLessThan(Duration.ofSeconds(10));

        // the most one dimension may name, each unknown: refused, naming it, in bounded time
        Map<String, List<String>> atTheBound = Map.of(
                "REF_AREA",
                List.of(IntStream.range(0, ChartPresenter.ASKED)
                        .mapToObj(i -> "K" + i)
                        .collect(Collectors.joining("+"))));
        CpuTime.Measured<InvalidInputException> strict = CpuTime.of(() -> catchThrowableOfType(
                () -> presenter.present(dataset, atTheBound, Language.ENGLISH, true), InvalidInputException.class));
        assertThat(strict.result()).isNotNull();
        assertThat(strict.cpu()).isLessThan(Duration.ofSeconds(2));
    }

    private static int gzipped(String body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body.getBytes(StandardCharsets.UTF_8));
        }
        return out.size();
    }
}
