package org.statcommons.data.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.json.JsonMapper;

/**
 * A hostile source against the harvester's reading: a huge answer is cut at the limit, a slow drip at the time limit,
 * redirect loops and redirects to other schemes are refused, malformed CKAN and DCAT answers are named, JSON-LD is not
 * read; each is a {@code FetchException} whose words the secretariat's screen shows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalFetcherTests {

    private TinyPortal portal;
    private final PortalFetcher fetcher = new PortalFetcher(1024 * 1024, Duration.ofSeconds(2), true);

    @BeforeAll
    void start() throws Exception {
        portal = new TinyPortal();
        portal.put("/ok", "application/json", "{\"a\":1}");
        portal.put("/not-json/api/3/action/package_search", "application/json", "{\"success\": tru");
        portal.put("/not-ckan/api/3/action/package_search", "application/json", "{\"success\":true,\"result\":{}}");
        portal.put("/bad.ttl", "text/turtle", "<a> <b> \"never closed .");
        portal.put("/context.jsonld", "application/ld+json", "{\"@context\":\"http://127.0.0.1:1/context\"}");
        portal.put("/deep/api/3/action/package_search", "application/json", "[".repeat(100_000));
    }

    @AfterAll
    void stop() {
        portal.close();
    }

    @Test
    void aGoodAnswerIsRead() throws Exception {
        PortalFetcher.Answer answer = fetcher.get(URI.create(portal.url("/ok")), "application/json");
        assertThat(new String(answer.body())).isEqualTo("{\"a\":1}");
        assertThat(answer.mediaType()).isEqualTo("application/json");
    }

    @Test
    void theServersOwnNetworksAreRefusedByDefault() {
        PortalFetcher guarded = new PortalFetcher(false);
        for (String address : List.of(
                portal.url("/ok"),
                "http://localhost/api/3/action/package_search",
                "http://10.1.2.3/catalog",
                "http://192.168.0.1/catalog",
                "http://169.254.169.254/latest/meta-data/",
                "http://[::1]:8080/catalog",
                "http://[fd00::1]/catalog",
                "http://0.0.0.0/catalog")) {
            assertThatThrownBy(() -> guarded.get(URI.create(address), "*/*"))
                    .as(address)
                    .isInstanceOf(PortalFetcher.FetchException.class)
                    .hasMessageContaining("is an address of a private network");
        }
    }

    @Test
    void aHugeAnswerIsCutAtTheLimit() {
        assertThatThrownBy(() -> fetcher.get(URI.create(portal.url("/huge")), "*/*"))
                .isInstanceOf(PortalFetcher.FetchException.class)
                .hasMessageContaining("is larger than 1048576 bytes");
    }

    @Test
    void aSlowDripIsCutAtTheTimeLimit() {
        long started = System.nanoTime();
        assertThatThrownBy(() -> fetcher.get(URI.create(portal.url("/slow")), "*/*"))
                .isInstanceOf(PortalFetcher.FetchException.class)
                .hasMessageContaining("no complete answer within 2.0 seconds");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8));
    }

    @Test
    void redirectsAreBoundedAndStayOnTheWeb() {
        assertThatThrownBy(() -> fetcher.get(URI.create(portal.url("/loop")), "*/*"))
                .hasMessageContaining("more than 3 redirects");
        assertThatThrownBy(() -> fetcher.get(URI.create(portal.url("/to-file")), "*/*"))
                .hasMessageContaining("only http and https addresses are harvested, not file:///etc/passwd");
        assertThatThrownBy(() -> fetcher.get(URI.create(portal.url("/missing")), "*/*"))
                .hasMessageContaining("answered 404");
    }

    @Test
    void malformedAnswersAreNamed() {
        CkanPortalReader ckan =
                new CkanPortalReader(fetcher, JsonMapper.builder().build());
        assertThatThrownBy(() -> ckan.read(portal.url("/not-json")))
                .isInstanceOf(PortalFetcher.FetchException.class)
                .hasMessageContaining("did not answer JSON");
        assertThatThrownBy(() -> ckan.read(portal.url("/not-ckan/api/3/action")))
                .hasMessageContaining("is not an answer of CKAN's package_search");
        assertThatThrownBy(() -> ckan.read(portal.url("/deep"))).hasMessageContaining("did not answer JSON");
        DcatPortalReader dcat = new DcatPortalReader(fetcher);
        assertThatThrownBy(() -> dcat.read(portal.url("/bad.ttl"))).hasMessageContaining("is not valid Turtle");
        assertThatThrownBy(() -> dcat.read(portal.url("/context.jsonld")))
                .hasMessageContaining("answered application/ld+json, not a DCAT catalogue");
    }
}
