package org.statcommons.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Catalogue benchmark (not a test): 10,000 released datasets written by SQL (themes, SDG goals, countries, licences,
 * frequencies and scores spread over their vocabularies), then the public catalogue page {@code /data} fetched over
 * HTTP as a reader would: unfiltered, by one facet, by two facets, and with a text search; the DCAT-AP catalogue's first
 * page (100 datasets) and CKAN's package_search. Goal: p95 under 50 ms each.
 * Run with {@code bench/catalogue.sh}; prints a table (copy it to bench/RESULTS-catalogue.md).
 */
public final class CatalogueBenchmark {

    private static final int DATASETS = 10_000;
    private static final int WARM_UP = 50;
    private static final int MEASURED = 200;

    private CatalogueBenchmark() {}

    private static String percentiles(long[] times) {
        Arrays.sort(times);
        return String.format(
                Locale.ROOT,
                "p50 %.1f ms, p95 %.1f ms",
                times[times.length / 2] / 1e6,
                times[times.length * 95 / 100] / 1e6);
    }

    private static String load() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .split(" ")[0];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    public static void main(String[] args) throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (BenchServer server = BenchServer.start("catalogue", args, "statcommons.db.embedded-fsync=false")) {
            JdbcClient db = server.app().getBean(JdbcClient.class);
            // the datasets' community: the DCAT-AP and CKAN answers name it as the publisher
            long community = org.statcommons.support.Fixtures.of(server.app())
                    .community("Catalogue bench")
                    .id();
            db.sql("""
                    insert into data.datasets (community_id, publisher_name, title, description, keywords, themes,
                        sdg_codes, sdg_goals, contact_email, countries, frequency, licence, checklist_score, public_from,
                        created_by, created_at, updated_at, search)
                    select ?, 'Publisher ' || (i % 40), 'Dataset ' || i || ' of population and ' || (array['labour',
                        'health','trade','water','energy'])[1 + i % 5], 'Persons by sex, age and district, ' || i,
                        array['census','survey' || (i % 50)],
                        array[(array['AGRI','ECON','EDUC','ENER','ENVI','GOVE','HEAL','INTR','JUST','REGI','SOCI',
                            'TECH','TRAN'])[1 + i % 13]],
                        array[(1 + i % 17) || '.1.1'], array[1 + i % 17], 'contact@example.org',
                        array[(array['KE','UG','TZ','FJ','FR','MX','IN','BR','NG','EG'])[1 + i % 10]],
                        (array['ANNUAL','MONTHLY','QUARTERLY','DECENNIAL'])[1 + i % 4],
                        (array['CC-BY-4.0','CC0-1.0','ODbL-1.0'])[1 + i % 3], i % 9,
                        now() - (i || ' minutes')::interval, 1, now(), now(),
                        to_tsvector('simple', 'Dataset ' || i || ' population census survey' || (i % 50))
                    from generate_series(1, ?) i""").params(community, DATASETS).update();
            db.sql("analyze data.datasets").update();
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://localhost:" + server.port();
            rows.add(new String[] {
                "Machine",
                Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                        + ", load " + load()
            });
            for (String query : List.of(
                    "/data",
                    "/data?theme=HEAL",
                    "/data?theme=SOCI&country=KE",
                    "/data?q=survey7",
                    "/data?page=40",
                    "/catalog",
                    "/catalog.jsonld",
                    "/api/3/action/package_search",
                    "/api/3/action/package_search?q=survey7&rows=20")) {
                long[] times = new long[MEASURED];
                int bytes = 0;
                for (int i = 0; i < WARM_UP + MEASURED; i++) {
                    long start = System.nanoTime();
                    HttpResponse<String> answer = http.send(
                            HttpRequest.newBuilder(URI.create(base + query)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    long took = System.nanoTime() - start;
                    if (answer.statusCode() != 200) {
                        throw new IllegalStateException(query + ": " + answer.statusCode());
                    }
                    if (i >= WARM_UP) {
                        times[i - WARM_UP] = took;
                        bytes = answer.body().length();
                    }
                }
                Arrays.sort(times);
                rows.add(new String[] {
                    "GET " + query + " (10,000 datasets, " + bytes + " chars)",
                    String.format(
                            Locale.ROOT,
                            "p50 %.1f ms, p95 %.1f ms",
                            times[MEASURED / 2] / 1e6,
                            times[MEASURED * 95 / 100] / 1e6)
                });
            }
            // the unfiltered page's reading in the server, without HTTP or the template: the counts kept against the
            // counts made at each request (the path before they were kept), taken in turn in the same run
            var reader = server.app().getBean(org.statcommons.data.CatalogueReader.class);
            var datasets = server.app().getBean(org.statcommons.data.Datasets.class);
            var clock = server.app().getBean(java.time.Clock.class);
            var unfiltered =
                    new org.statcommons.data.CatalogueQuery(null, null, null, null, null, null, null, null, null, 1);
            long[] kept = new long[MEASURED];
            long[] counted = new long[MEASURED];
            for (int i = 0; i < WARM_UP + MEASURED; i++) {
                long start = System.nanoTime();
                reader.read(unfiltered, clock.instant());
                long middle = System.nanoTime();
                datasets.catalogue(unfiltered, clock.instant());
                long end = System.nanoTime();
                if (i >= WARM_UP) {
                    kept[i - WARM_UP] = middle - start;
                    counted[i - WARM_UP] = end - middle;
                }
            }
            rows.add(new String[] {"Unfiltered page's data, facet counts kept (in the server)", percentiles(kept)});
            rows.add(new String[] {"Unfiltered page's data, counted each time (old path)", percentiles(counted)});
            rows.add(new String[] {"Load at the end", load()});
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "| %-70s | %-30s |%n", "Measure", "Result");
        System.out.println("|" + "-".repeat(72) + "|" + "-".repeat(32) + "|");
        for (String[] row : rows) {
            System.out.printf(Locale.ROOT, "| %-70s | %-30s |%n", row[0], row[1]);
        }
    }
}
