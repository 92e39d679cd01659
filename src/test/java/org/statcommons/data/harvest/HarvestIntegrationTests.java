package org.statcommons.data.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.JoinPolicy;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.data.catalog.ReleasedDatasetMaker;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestClock;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * A community's secretariat harvests, through real HTTP, the test server's own CKAN action API and DCAT catalogue as
 * remote portals, a tiny portal in the test (whose datasets change between harvests), and a broken one: the harvested
 * datasets are in the catalogue /data with their origin facet and a link back, a dataset removed at the source goes, a
 * dataset without an open licence is left out, the broken source is reported on the screen, and nothing harvested is
 * published again by this server's own catalogues.
 */
@StatCommonsIntegrationTest
class HarvestIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    HarvestPortals harvest;

    @Autowired
    TestClock clock;

    @LocalServerPort
    int port;

    @Test
    void anotherPortalsDatasetsAreListedWithTheirOriginAndFollowTheSource() throws Exception {
        ReleasedDatasetMaker.Released census = new ReleasedDatasetMaker(fixtures).release("Harvestable census", true);
        Account founder = fixtures.account("Aggregator founder", PlatformRole.ADMINISTRATOR);
        Community aggregator = fixtures.community("Aggregator", JoinPolicy.OPEN, founder);
        Account secretariat = fixtures.member(aggregator, "Aggregator secretariat", CommunityRole.SECRETARIAT);
        Visitor office = fixtures.signedIn(secretariat);
        String screen = "/c/" + aggregator.slug() + "/data/harvest";
        assertThat(office.get(screen).status()).isEqualTo(200);
        assertThat(fixtures.signedIn(fixtures.member(
                                aggregator, "Plain member", org.statcommons.access.CommunityRole.MEMBER))
                        .getNoFollow(screen)
                        .status())
                .isEqualTo(403);

        Page refused =
                office.submit(screen, screen, Map.of("name", "", "url", "ftp://x", "kind", "SOAP", "everyHours", "0"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("Give an http or https address.", "Choose CKAN or DCAT.", "from 1 to 744");

        try (TinyPortal tiny = new TinyPortal()) {
            tiny.put("/portal/api/3/action/package_search", "application/json", packages(true));
            String self = "http://localhost:" + port;
            register(office, screen, "Self CKAN", self + "/api/3/action", "CKAN");
            register(office, screen, "Self DCAT", self + "/catalog.ttl", "DCAT");
            register(office, screen, "Tiny portal", tiny.url("/portal"), "CKAN");
            register(office, screen, "Broken portal", tiny.url("/nothing-here"), "DCAT");
            assertThat(office.submit(
                                    screen,
                                    screen,
                                    Map.of(
                                            "name",
                                            "Again",
                                            "url",
                                            tiny.url("/portal"),
                                            "kind",
                                            "CKAN",
                                            "everyHours",
                                            "1"))
                            .status())
                    .isEqualTo(409);

            harvest.harvestDue();

            Visitor reader = fixtures.anonymous();
            String viaCkan =
                    reader.get("/data?origin=Self%20CKAN&q=Harvestable").body();
            assertThat(viaCkan)
                    .contains("Harvestable census", "from Self CKAN", "/dataset/harvestable-census-" + census.id());
            assertThat(reader.getNoFollow("/dataset/harvestable-census-" + census.id())
                            .location())
                    .endsWith("/data/" + census.id());
            String viaDcat =
                    reader.get("/data?origin=Self%20DCAT&q=Harvestable").body();
            assertThat(viaDcat).contains("Harvestable census", "from Self DCAT", "/data/" + census.id());
            String fromTiny = reader.get("/data?origin=Tiny%20portal").body();
            assertThat(fromTiny)
                    .contains("Water points", "Road deaths", tiny.url("/portal/dataset/water-points"))
                    .doesNotContain("Closed survey");
            assertThat(reader.get("/data").body()).contains("Origin", "Tiny portal");
            assertThat(reader.get("/api/v1/datasets?origin=Tiny%20portal").body())
                    .contains("Water points");

            // inside the community, a harvested copy is read-only and names its origin
            Matcher water =
                    Pattern.compile("href=\"(/data/\\d+)\">Water points").matcher(fromTiny);
            assertThat(water.find()).isTrue();
            String copy = java.net
                    .URI
                    .create(reader.getNoFollow(water.group(1)).location())
                    .getPath();
            Page own = fixtures.signedIn(founder).get(copy);
            assertThat(own.status()).isEqualTo(200);
            assertThat(own.text()).contains("from Tiny portal", "See it there").doesNotContain("Edit the description");
            Page edit = fixtures.signedIn(founder).submit(copy + "/edit", copy, Map.of("title", "Changed here"));
            assertThat(edit.status()).isEqualTo(409);

            Page sources = office.get(screen);
            assertThat(sources.text()).contains("Failed:", "answered 404", "Tiny portal", "Self DCAT");

            // the harvested copies are not published again by this server's own catalogues
            assertThat(reader.get("/api/3/action/package_search?q=water&rows=1000")
                            .body())
                    .doesNotContain("Water points");
            assertThat(new String(reader.download("/catalog.ttl?page=1").body()))
                    .doesNotContain("Water points");

            // removed at the source, removed here at the next harvest
            tiny.put("/portal/api/3/action/package_search", "application/json", packages(false));
            clock.advance(Duration.ofHours(2));
            try {
                harvest.harvestDue();
            } finally {
                clock.reset();
            }
            String after = reader.get("/data?origin=Tiny%20portal").body();
            assertThat(after).contains("Road deaths").doesNotContain("Water points");

            // stopping a harvest removes its datasets
            String list = office.get(screen).body();
            int end = list.indexOf("/remove\"") + "/remove".length();
            String remove = list.substring(list.lastIndexOf('"', end - 1) + 1, end);
            assertThat(office.submitNoFollow(screen, screen + "/987654321/now", Map.of())
                            .status())
                    .as("harvest now of no source of this community")
                    .isEqualTo(404);
            assertThat(office.submitNoFollow(screen, remove, Map.of()).status()).isEqualTo(302);
            assertThat(office.get(screen).text()).doesNotContain("Broken portal");
        }
    }

    private static void register(Visitor office, String screen, String name, String url, String kind) {
        Page registered = office.submitNoFollow(
                screen, screen, Map.of("name", name, "url", url, "kind", kind, "everyHours", "1"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(302);
    }

    /** A CKAN package_search answer: two open datasets (the first only when asked) and one without an open licence. */
    private static String packages(boolean withWater) {
        String water = """
                {"id":"w-1","name":"water-points","title":"Water points","notes":"Functional water points by district.",
                 "license_id":"cc-by","tags":[{"name":"water"}],"groups":[{"name":"envi"}],
                 "organization":{"title":"Ministry of Water"}},""";
        return """
                {"help":"","success":true,"result":{"count":%d,"results":[%s
                 {"id":"r-2","name":"road-deaths","title":"Road deaths","notes":"By region.","license_id":"odc-odbl",
                  "tags":[],"organization":{"title":"Police"}},
                 {"id":"c-3","name":"closed","title":"Closed survey","license_id":"other-closed","tags":[]}]}}""".formatted(withWater ? 3 : 2, withWater ? water : "");
    }
}
