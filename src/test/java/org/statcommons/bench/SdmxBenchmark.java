package org.statcommons.bench;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.PlatformRole;
import org.statcommons.data.ingest.CodeList;
import org.statcommons.data.ingest.Column;
import org.statcommons.data.ingest.DisclosureRulesForm;
import org.statcommons.data.ingest.Role;
import org.statcommons.data.ingest.SetDisclosureRules;
import org.statcommons.data.ingest.StoreUpload;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.Visitor;

/**
 * SDMX benchmark (not a test): a release of 10,000 series × 1,000 months = 10 million observations, seeded as an upload
 * is stored ({@code StoreUpload}: the observation store's writing path and the disclosure check, with no rule chosen)
 * over staged rows made in SQL by {@code generate_series} (no file to parse), released, then read through SDMX 2.1 REST: 200 slices of one series'
 * 1,000 observations as SDMX-CSV and as SDMX-ML Generic, the same slice through the data API, and the whole release as
 * SDMX-CSV streamed. Goals (issue 13): slice p95 ≤ 100 ms, SDMX-CSV ≥ 50 MB/s. Run with {@code bench/sdmx.sh}.
 */
public final class SdmxBenchmark {

    private SdmxBenchmark() {}

    public static void main(String[] args) throws Exception {
        int series = Integer.parseInt(System.getenv().getOrDefault("SDMX_SERIES", "10000"));
        ResultTable.run("sdmx", args, (app, table) -> run(app, table, series));
    }

    private static void run(ConfigurableApplicationContext app, ResultTable table, int seriesCount) throws Exception {
        Fixtures fixtures = Fixtures.of(app);
        Account publisher = fixtures.account("SDMX bench publisher", PlatformRole.ADMINISTRATOR);
        DraftDataset.Made made = DraftDataset.of(fixtures, publisher, "SDMX bench office", "Population by month");
        long datasetId = made.id();
        String page = made.page();
        Visitor visitor = fixtures.signedIn(publisher);
        JdbcClient db = app.getBean(JdbcClient.class);
        long releaseId = db.sql("select id from data.releases where dataset_id = ?")
                .param(datasetId)
                .query(Long.class)
                .single();

        long start = System.nanoTime();
        // an upload confirmed with no problem, its rows staged by generate_series (no file to parse), then stored as
        // any upload is: StoreUpload, whose disclosure check (no rule chosen: nothing suppressed) lets the release go
        long uploadId = db.sql("insert into data.uploads (dataset_id, file_name, kind, delimiter, columns, rows, state,"
                        + " uploaded_by, uploaded_at) values (?, 'seeded.csv', 'CSV', ',', 6, ?, 'CONFIRMED', ?, now())"
                        + " returning id")
                .params(datasetId, seriesCount * 1000L, publisher.id())
                .query(Long.class)
                .single();
        db.sql("create unlogged table data.staged_" + uploadId
                        + " (line bigint not null, c1 text not null, c2 text not null, c3 text not null,"
                        + " c4 text not null, c5 text not null, c6 text not null)")
                .update();
        db.sql("insert into data.staged_" + uploadId + " select s * 1000 + m + 2,"
                        + " (array['KEN','UGA','TZA','RWA','ETH','NGA','GHA','SEN','CIV','CMR'])[s % 10 + 1],"
                        + " case when s / 10 % 2 = 0 then 'F' else 'M' end, 'Y' || (s / 20),"
                        + " (1940 + m / 12) || '-' || lpad((m % 12 + 1)::text, 2, '0'),"
                        + " (random() * 1000000)::int::text, 'A'"
                        + " from generate_series(0, ? - 1) s, generate_series(0, 999) m")
                .param(seriesCount)
                .update();
        db.sql("analyze data.staged_" + uploadId).update();
        List<Column> structure = List.of(
                new Column(0, "REF_AREA", Role.DIMENSION, CodeList.COUNTRY, ""),
                new Column(1, "SEX", Role.DIMENSION, CodeList.SEX, ""),
                new Column(2, "AGE", Role.DIMENSION, CodeList.AGE, ""),
                new Column(3, "TIME_PERIOD", Role.TIME, CodeList.FREE, ""),
                new Column(4, "OBS_VALUE", Role.MEASURE, CodeList.FREE, "persons"),
                new Column(5, "OBS_STATUS", Role.ATTRIBUTE, CodeList.FREE, ""));
        for (Column column : structure) {
            db.sql("insert into data.upload_columns (upload_id, position, name, role, code_list, unit)"
                            + " values (?, ?, ?, ?, ?, ?)")
                    .params(
                            uploadId,
                            column.position(),
                            column.name(),
                            column.role().name(),
                            column.codeList().name(),
                            column.unit())
                    .update();
        }
        var actor = publisher.actor();
        app.getBean(SetDisclosureRules.class).set(actor, datasetId, new DisclosureRulesForm("", "", "", "", "", ""));
        long stored = app.getBean(StoreUpload.class).store(actor, datasetId, uploadId);
        table.row(
                "Seed: staged by generate_series, then stored",
                String.format(Locale.ROOT, "%.1f s, %,d observations", (System.nanoTime() - start) / 1e9, stored),
                "");
        long released = System.nanoTime();
        DraftDataset.release(visitor, page);
        // the released path: the whole release's files, written once in the background after the release
        var keeper = app.getBean(org.statcommons.data.ingest.DistributionKeeper.class);
        DraftDataset.written(keeper, releaseId, "sdmx-STATCOMMONS.csv");
        DraftDataset.written(keeper, releaseId, "download.csv");
        table.row(
                "Whole-release files written after the release (both)",
                String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - released) / 1e9),
                "");

        HttpClient http = HttpClient.newHttpClient();
        String base = "http://localhost:" + fixtures.port();
        String flow = "DF_" + datasetId;
        Random random = new Random(7);
        int[] picks = new int[220];
        for (int i = 0; i < picks.length; i++) {
            picks[i] = random.nextInt(seriesCount);
        }
        whole(
                table,
                http,
                base + "/sdmx/2.1/data/" + flow + "?format=csv",
                "Whole release as SDMX-CSV, streamed",
                "≥ 50 MB/s");
        whole(table, http, base + "/api/v1/datasets/" + datasetId + "/download.csv", "Whole release, data API CSV", "");
        slices(
                table,
                http,
                picks,
                s -> base + "/sdmx/2.1/data/" + flow + "/" + key(s, ".") + "?format=csv",
                "SDMX-CSV");
        slices(
                table,
                http,
                picks,
                s -> base + "/sdmx/2.1/data/" + flow + "/" + key(s, ".") + "?format=genericdata",
                "SDMX-ML Generic");
        slices(
                table,
                http,
                picks,
                s -> base + "/api/v1/datasets/" + datasetId + "/data?format=csv&" + key(s, null),
                "data API, CSV");
        if ("true".equals(System.getenv("SDMX_XML"))) {
            whole(
                    table,
                    http,
                    base + "/sdmx/2.1/data/" + flow + "?format=structurespecificdata",
                    "Whole, StructureSpecific",
                    "");
        }
    }

    /** A series' key: as an SDMX key ({@code KEN.F.Y3}) or as the data API's parameters. */
    private static String key(int s, String separator) {
        String[] countries = {"KEN", "UGA", "TZA", "RWA", "ETH", "NGA", "GHA", "SEN", "CIV", "CMR"};
        String area = countries[s % 10];
        String sex = s / 10 % 2 == 0 ? "F" : "M";
        String age = "Y" + (s / 20);
        return separator == null
                ? "REF_AREA=" + area + "&SEX=" + sex + "&AGE=" + age
                : String.join(separator, area, sex, age);
    }

    private static void slices(
            ResultTable table, HttpClient http, int[] picks, java.util.function.IntFunction<String> url, String name)
            throws Exception {
        long[] times = new long[200];
        long bytes = 0;
        for (int i = -20; i < times.length; i++) {
            long t = System.nanoTime();
            HttpResponse<byte[]> slice = http.send(
                    HttpRequest.newBuilder(URI.create(url.apply(picks[i + 20])))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (slice.statusCode() != 200) {
                throw new IllegalStateException(slice.statusCode() + ": " + new String(slice.body()));
            }
            if (i >= 0) {
                times[i] = System.nanoTime() - t;
                bytes = slice.body().length;
            }
        }
        Arrays.sort(times);
        table.row(
                "Slice of 1,000 observations: " + name,
                String.format(
                        Locale.ROOT,
                        "p50 %.1f ms, p95 %.1f ms (%,d bytes)",
                        times[times.length / 2] / 1e6,
                        times[times.length * 95 / 100] / 1e6,
                        bytes),
                "p95 ≤ 100 ms");
    }

    private static void whole(ResultTable table, HttpClient http, String url, String name, String goal)
            throws Exception {
        long start = System.nanoTime();
        long size = 0;
        HttpResponse<InputStream> whole = http.send(
                HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = whole.body()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                size += n;
            }
        }
        long nanos = System.nanoTime() - start;
        table.row(
                name,
                String.format(
                        Locale.ROOT,
                        "%d: %.1f s, %.1f MB, %.1f MB/s",
                        whole.statusCode(),
                        nanos / 1e9,
                        size / 1e6,
                        size / 1e6 / (nanos / 1e9)),
                goal);
    }
}
