package org.statcommons.data.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.statcommons.support.DcatShapes;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;

/**
 * The DCAT-AP 3 catalogue as served, read back in each of its three syntaxes and validated with Jena's SHACL engine
 * against the DCAT-AP 3.0.0 shapes (test data: src/test/resources/dcat-ap-3.0.0, with their licence): any violation
 * fails the test and is printed. Only released datasets are in it; the per-dataset document and paging answer too.
 */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DcatCatalogueIntegrationTests {

    @Autowired
    Fixtures fixtures;

    private ReleasedDatasetMaker.Released withData;
    private ReleasedDatasetMaker.Released described;

    @BeforeAll
    void release() {
        ReleasedDatasetMaker maker = new ReleasedDatasetMaker(fixtures);
        withData = maker.release("Dcat census", true);
        described = maker.release("Dcat survey", false);
    }

    @Test
    void theCatalogueValidatesAgainstTheDcatAp3ShapesInEachSyntax() {
        DcatShapes shapes = new DcatShapes();
        Visitor reader = fixtures.anonymous();
        for (String[] syntax : new String[][] {
            {"text/turtle", "TURTLE"}, {"application/ld+json", "JSONLD"}, {"application/rdf+xml", "RDFXML"}
        }) {
            Visitor.Download answer = reader.download("/catalog", "Accept", syntax[0]);
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.header("Content-Type")).startsWith(syntax[0]);
            Model model = DcatShapes.parse(answer.body(), lang(syntax[1]));
            assertThat(shapes.violations(model)).as(syntax[0] + " violations").isEmpty();
            String text = org.apache.jena.riot.RDFWriter.source(model)
                    .lang(Lang.NTRIPLES)
                    .asString();
            assertThat(text)
                    .contains(
                            "/catalog/datasets/" + withData.id() + ">",
                            "/catalog/datasets/" + described.id() + ">",
                            "<http://publications.europa.eu/resource/authority/data-theme/SOCI>",
                            "<http://publications.europa.eu/resource/authority/frequency/ANNUAL>",
                            "<http://publications.europa.eu/resource/authority/country/KEN>",
                            "<http://publications.europa.eu/resource/authority/file-type/CSV>",
                            "<http://www.iana.org/assignments/media-types/text/csv>",
                            "/api/v1/datasets/" + withData.id() + "/download.xlsx>",
                            "<http://www.w3.org/ns/dcat#DataService>",
                            "<mailto:census@example.org>",
                            "<https://spdx.org/licenses/CC-BY-4.0.html>",
                            "<http://www.w3.org/ns/hydra/core#totalItems>");
            assertThat(text).doesNotContain("/api/v1/datasets/" + described.id() + "/download");
        }
    }

    @Test
    void theAddressEndingChoosesTheSyntaxAndEachDatasetHasItsDocument() {
        Visitor reader = fixtures.anonymous();
        assertThat(reader.download("/catalog.jsonld").header("Content-Type")).startsWith("application/ld+json");
        assertThat(reader.download("/catalog.rdf").header("Content-Type")).startsWith("application/rdf+xml");
        assertThat(reader.download("/catalog.ttl").header("Content-Type")).startsWith("text/turtle");
        assertThat(reader.download("/catalog", "Accept", "text/html").header("Content-Type"))
                .startsWith("text/turtle");
        assertThat(reader.download("/catalog.pdf").status()).isEqualTo(404);

        Visitor.Download one = reader.download("/catalog/datasets/" + withData.id() + ".ttl");
        assertThat(one.status()).isEqualTo(200);
        Model model = DcatShapes.parse(one.body(), Lang.TURTLE);
        assertThat(new DcatShapes().violations(model)).isEmpty();
        assertThat(org.apache.jena.riot.RDFWriter.source(model)
                        .lang(Lang.NTRIPLES)
                        .asString())
                .contains("Dcat census", "#csv>");
        assertThat(reader.download("/catalog/datasets/999999999").status()).isEqualTo(404);
        assertThat(reader.download("/catalog/datasets/x'1").status()).isEqualTo(404);
    }

    @Test
    void pagesAreLinkedAndABadPageIsNamed() {
        Visitor reader = fixtures.anonymous();
        String first = new String(reader.download("/catalog.ttl?page=1").body(), StandardCharsets.UTF_8);
        assertThat(first).contains("hydra:firstPage", "/catalog?page=1");
        Visitor.Download far = reader.download("/catalog.ttl?page=5000");
        assertThat(far.status()).isEqualTo(200);
        assertThat(new String(far.body(), StandardCharsets.UTF_8)).contains("hydra:previousPage");
        Visitor.Download bad = reader.download("/catalog?page=-1");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(new String(bad.body(), StandardCharsets.UTF_8)).contains("page");
    }

    private static Lang lang(String name) {
        return switch (name) {
            case "JSONLD" -> Lang.JSONLD;
            case "RDFXML" -> Lang.RDFXML;
            default -> Lang.TURTLE;
        };
    }
}
