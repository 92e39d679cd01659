package org.statcommons.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.Actor;
import org.statcommons.access.PlatformRole;
import org.statcommons.identity.Account;
import org.statcommons.identity.AccountForm;
import org.statcommons.identity.CreateAccount;
import org.statcommons.platform.EmailAddress;
import org.statcommons.search.Search;

/**
 * Search benchmark (not a test): 100,000 documents in 20 communities, then the time of a search (ranked, with
 * highlighted snippets, filtered by what the reader may see) for an anonymous visitor, a member of 5
 * communities and an administrator, and over HTTP. The documents are written straight into
 * {@code search.documents} by SQL in this benchmark only (indexing 100,000 pages through Git would take
 * hours and measure something else). Run with {@code bench/search.sh}; results in bench/RESULTS-content.md.
 */
public final class SearchBenchmark {

    private static final int DOCUMENTS = 100_000;
    private static final int COMMUNITIES = 20;
    private static final String[] COMMON = {
        "census",
        "population",
        "household",
        "survey",
        "register",
        "sample",
        "estimate",
        "variance",
        "classification",
        "indicator",
        "migration",
        "employment",
        "income",
        "poverty",
        "agriculture",
        "trade",
        "price",
        "index",
        "quality",
        "metadata",
        "dissemination",
        "población",
        "vivienda",
        "données",
        "enquête",
        "recensement",
        "statistique",
        "Bevölkerung",
        "Zählung",
        "تعداد",
        "السكان"
    };
    private static final String[] QUERIES = {
        "census",
        "population household",
        "\"sample survey\"",
        "register -census",
        "poblacion",
        "quality OR metadata",
        "enquête emploi",
        "السكان",
        "word1234",
        "migration indicator estimate",
        "classification of trade",
        "nothingmatchesthis"
    };

    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        try (BenchServer server = BenchServer.start("search", args)) {
            run(server.app());
        }
    }

    private static void run(ConfigurableApplicationContext app) throws Exception {
        JdbcClient db = app.getBean(JdbcClient.class);
        Search search = app.getBean(Search.class);
        Account admin = account(app, "Bench Admin", PlatformRole.ADMINISTRATOR);
        Account member = account(app, "Bench Member", PlatformRole.NONE);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < COMMUNITIES; i++) {
            // communities and memberships too are written directly: only search is measured here
            long id = db.sql("insert into community.communities (slug, name, purpose, join_policy, created_by) "
                            + "values (?, ?, 'Benchmark', 'BY_REQUEST', ?) returning id")
                    .params("bench-" + i, "Bench community " + i, admin.id())
                    .query(Long.class)
                    .single();
            ids.add(id);
            if (i < 5) {
                db.sql(
                                "insert into community.memberships (community_id, account_id, role, conduct_version, conduct_accepted_at) "
                                        + "values (?, ?, 'MEMBER', 1, now())")
                        .params(id, member.id())
                        .update();
            }
        }

        long seedStart = System.nanoTime();
        seed(db, ids);
        long total = db.sql("select count(*) from search.documents")
                .query(Long.class)
                .single();
        System.out.printf(
                Locale.ROOT,
                "seeded %d documents (%s) in %.1f s%n",
                total,
                db.sql(
                                "select string_agg(kind || '=' || n, ', ') from (select kind, count(*) n from search.documents group by kind) k")
                        .query(String.class)
                        .single(),
                (System.nanoTime() - seedStart) / 1e9);
        System.out.println("table and indexes: "
                + db.sql("select pg_size_pretty(pg_total_relation_size('search.documents'))")
                        .query(String.class)
                        .single());
        for (String query : QUERIES) {
            System.out.printf(
                    Locale.ROOT,
                    "  %-32s matches %6d documents (all kinds, before visibility)%n",
                    query,
                    db.sql(
                                    "select count(*) from search.documents where document @@ websearch_to_tsquery('search.statcommons', ?)")
                            .param(query)
                            .query(Long.class)
                            .single());
        }

        Random random = new Random(7);
        for (int warm = 0; warm < 100; warm++) {
            search.search(Actor.anonymous(), QUERIES[warm % QUERIES.length], 0);
        }
        time("search, anonymous (published pages only)", search, Actor.anonymous(), random);
        time("search, member of 5 communities", search, member.actor(), random);
        time("search, administrator (all 20 communities)", search, admin.actor(), random);
        double[] perQuery = new double[QUERIES.length];
        for (int q = 0; q < QUERIES.length; q++) {
            double[] runs = new double[20];
            for (int i = 0; i < runs.length; i++) {
                long start = System.nanoTime();
                search.search(admin.actor(), QUERIES[q], 0);
                runs[i] = millis(start);
            }
            Arrays.sort(runs);
            perQuery[q] = runs[runs.length / 2];
            System.out.printf(Locale.ROOT, "  administrator, %-32s p50=%.2f ms%n", QUERIES[q], perQuery[q]);
        }
        http(app, random);
    }

    /** The bench-only step: documents written directly, with text drawn from a mixed-language vocabulary. */
    private static void seed(JdbcClient db, List<Long> communities) {
        List<String> words = new ArrayList<>(Arrays.asList(COMMON));
        for (int i = 0; i < 5_000; i++) {
            words.add("word" + i);
        }
        String[] vocabulary = words.toArray(String[]::new);
        Long[] ids = communities.toArray(Long[]::new);
        // a word from the common list one time in six (so some words match tens of thousands of documents),
        // otherwise one of 5,000 rare words
        db.sql("create schema if not exists bench").update();
        db.sql("""
                create or replace function bench.words(v text[], how_many int, common int) returns text language sql volatile as $$
                    select string_agg(case when random() < 0.17 then v[1 + floor(random() * common)::int]
                                           else v[common + 1 + floor(random() * (array_length(v, 1) - common))::int] end, ' ')
                      from generate_series(1, how_many) $$""").update();
        for (int batch = 0; batch < DOCUMENTS / 10_000; batch++) {
            db.sql("""
                            insert into search.documents (community_id, kind, path, comment_id, title, body)
                            select c.ids[1 + n % array_length(c.ids, 1)],
                                   case when n % 10 < 7 then 'PAGE' when n % 10 < 9 then 'PUBLISHED' else 'COMMENT' end,
                                   'chapter-' || (n / 100) || '/page-' || n || '.md',
                                   case when n % 10 = 9 then n end,
                                   case when n % 10 = 9 then '' else initcap(bench.words(c.v, 5, ?)) end,
                                   bench.words(c.v, 150, ?)
                              from generate_series(? * 10000, ? * 10000 + 9999) n,
                                   (select ?::bigint[] as ids, ?::text[] as v) c""")
                    .params(COMMON.length, COMMON.length, batch, batch, ids, vocabulary)
                    .update();
        }
        db.sql("drop schema bench cascade").update();
        db.sql("analyze search.documents").update();
    }

    private static void time(String label, Search search, Actor actor, Random random) {
        double[] runs = new double[300];
        for (int i = 0; i < runs.length; i++) {
            String query = QUERIES[random.nextInt(QUERIES.length)];
            long start = System.nanoTime();
            search.search(actor, query, 0);
            runs[i] = millis(start);
        }
        report(label, runs);
    }

    private static void http(ConfigurableApplicationContext app, Random random) throws Exception {
        int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        HttpClient client = HttpClient.newHttpClient();
        double[] runs = new double[300];
        long bytes = 0;
        for (int i = 0; i < runs.length; i++) {
            String query = QUERIES[random.nextInt(QUERIES.length)];
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/search?q="
                            + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .header("Accept", "application/json")
                    .build();
            long start = System.nanoTime();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            runs[i] = millis(start);
            bytes += response.body().length();
            if (response.statusCode() != 200) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
        }
        report("GET /api/v1/search, anonymous, over HTTP (avg " + bytes / runs.length + " chars)", runs);
    }

    private static Account account(ConfigurableApplicationContext app, String name, PlatformRole role) {
        String email = name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@bench.example";
        return app.getBean(CreateAccount.class)
                .create(
                        new AccountForm(
                                        email,
                                        "bench password that is long enough",
                                        name,
                                        "Bench",
                                        "INTERNATIONAL",
                                        "FJ",
                                        "UTC",
                                        List.of("en"),
                                        "")
                                .newAccount(new EmailAddress(email)),
                        role);
    }

    private static void report(String label, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "%-60s n=%d  p50=%.2f ms  p95=%.2f ms  max=%.2f ms%n",
                label,
                sorted.length,
                sorted[sorted.length / 2],
                sorted[(int) Math.ceil(sorted.length * 0.95) - 1],
                sorted[sorted.length - 1]);
    }

    private static double millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }
}
