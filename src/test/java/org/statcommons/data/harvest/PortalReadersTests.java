package org.statcommons.data.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.statcommons.support.CpuTime;
import tools.jackson.databind.json.JsonMapper;

/**
 * The readers of harvested portals at their limits: a catalogue of more datasets than a harvest takes, and documents
 * nested deeper than any description needs; each read is bounded, fails by name or stops at the limit, within a bound
 * of processor time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalReadersTests {

    private static final String PREFIXES = "@prefix dcat: <http://www.w3.org/ns/dcat#> .\n"
            + "@prefix dct: <http://purl.org/dc/terms/> .\n"
            + "@prefix hydra: <http://www.w3.org/ns/hydra/core#> .\n";

    private TinyPortal portal;
    private final PortalFetcher fetcher = new PortalFetcher(PortalFetcher.MAX_BYTES, Duration.ofSeconds(20), true);

    @BeforeAll
    void start() throws Exception {
        portal = new TinyPortal();
        StringBuilder many = new StringBuilder(PREFIXES);
        many.append("<catalog> hydra:next <second-page.ttl> .\n");
        for (int i = 0; i < PortalReading.MAX_DATASETS + 500; i++) {
            many.append("<d")
                    .append(i)
                    .append("> a dcat:Dataset ; dct:title \"Dataset ")
                    .append(i)
                    .append("\"@en ; dct:license <http://spdx.org/licenses/CC-BY-4.0> ;" + " dcat:keyword \"k\" .\n");
        }
        portal.put("/many.ttl", "text/turtle", many.toString());
        // not put: fetching it would fail the harvest with "answered 404"
        portal.put("/deep.ttl", "text/turtle", PREFIXES + "<d> dct:title " + "[ dct:title ".repeat(200_000));
        portal.put(
                "/deep.rdf",
                "application/rdf+xml",
                "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:e=\"http://e/\">"
                        + "<rdf:Description>" + "<e:p><rdf:Description>".repeat(100_000));
        StringBuilder packages = new StringBuilder("{\"success\":true,\"result\":{\"count\":1000000,\"results\":[");
        for (int i = 0; i < 20_000; i++) {
            packages.append(i == 0 ? "" : ",")
                    .append("{\"id\":\"p")
                    .append(i)
                    .append("\",\"name\":\"p")
                    .append(i)
                    .append("\",\"title\":\"P\",\"license_id\":\"cc-by\"}");
        }
        portal.put(
                "/ckan/api/3/action/package_search",
                "application/json",
                packages.append("]}}").toString());
    }

    @AfterAll
    void stop() {
        portal.close();
    }

    @Test
    void aCatalogueOfMoreDatasetsThanAHarvestTakesStopsAtTheLimitWithoutReadingFurtherPages() {
        var dcat = CpuTime.of(() -> read(() -> new DcatPortalReader(fetcher).read(portal.url("/many.ttl"))));
        assertThat(dcat.result().datasets()).hasSize(PortalReading.MAX_DATASETS);
        assertThat(dcat.cpu()).isLessThan(Duration.ofSeconds(5));
        var ckan = CpuTime.of(() ->
                read(() -> new CkanPortalReader(fetcher, JsonMapper.builder().build()).read(portal.url("/ckan"))));
        assertThat(ckan.result().datasets()).hasSize(PortalReading.MAX_DATASETS);
        assertThat(ckan.cpu()).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void documentsNestedDeeperThanAnyDescriptionFailByName() {
        for (String path : new String[] {"/deep.ttl", "/deep.rdf"}) {
            var measured = CpuTime.of(() -> {
                assertThatThrownBy(() -> new DcatPortalReader(fetcher).read(portal.url(path)))
                        .isInstanceOf(PortalFetcher.FetchException.class)
                        .hasMessageContaining("is not valid");
                return path;
            });
            assertThat(measured.cpu()).as(path).isLessThan(Duration.ofSeconds(3));
        }
    }

    interface Read {
        PortalReading read() throws PortalFetcher.FetchException;
    }

    private static PortalReading read(Read read) {
        try {
            return read.read();
        } catch (PortalFetcher.FetchException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
