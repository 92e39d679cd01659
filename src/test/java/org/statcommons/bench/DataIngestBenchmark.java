package org.statcommons.bench;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.ConfigurableApplicationContext;
import org.statcommons.access.PlatformRole;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;

/**
 * Data ingest benchmark (not a test): a generated CSV of about 500 MB (10,000 series × 1,000 months = 10 million
 * observations, with status, unit and a footnote) is uploaded through the API (read by FastCSV, COPY into
 * PostgreSQL), confirmed (validated in Java, its series gathered for the store) and stored as a release, while a sampler records the heap in use; then 200
 * slice queries of one series' 1,000 observations (p50/p95) and the whole release streamed as CSV. Goals (issue 13):
 * ingest < 20.6 s (10× CKAN XLoader's 206 s) with flat memory, slice p95 ≤ 100 ms, CSV ≥ 50 MB/s. {@code
 * INGEST_SERIES} makes a smaller run. Run with {@code bench/data-ingest.sh}.
 */
public final class DataIngestBenchmark {

    private static final String[] COUNTRIES = {
        "KEN", "UGA", "TZA", "RWA", "ETH", "NGA", "GHA", "SEN", "CIV", "CMR", "ZAF", "ZMB", "ZWE", "MOZ", "MWI", "BWA",
        "NAM", "AGO", "COD", "COG", "GAB", "TCD", "NER", "MLI", "BFA", "BEN", "TGO", "LBR", "SLE", "GIN", "GMB", "MRT",
        "MAR", "DZA", "TUN", "LBY", "EGY", "SDN", "SSD", "ERI", "DJI", "SOM", "MDG", "MUS", "SYC", "COM", "CPV", "STP",
        "GNQ", "BDI"
    };

    private DataIngestBenchmark() {}

    public static void main(String[] args) throws Exception {
        int series = Integer.parseInt(System.getenv().getOrDefault("INGEST_SERIES", "10000"));
        ResultTable.run("data-ingest", args, (app, table) -> run(app, table, series));
    }

    private static void run(ConfigurableApplicationContext app, ResultTable table, int seriesCount) throws Exception {
        Fixtures fixtures = Fixtures.of(app);
        Path file = Files.createTempFile("statcommons-bench-", ".csv");
        long observations = generate(file, seriesCount);
        long bytes = Files.size(file);
        table.row(
                "File", String.format(Locale.ROOT, "%.1f MB, %,d observations", bytes / 1e6, observations), "≈ 500 MB");
        Account publisher = fixtures.account("Bench publisher", PlatformRole.ADMINISTRATOR);
        String token = fixtures.token(publisher);
        DraftDataset.Made made = DraftDataset.of(fixtures, publisher, "Ingest bench office", "Population by month");
        long datasetId = made.id();
        String base = "http://localhost:" + fixtures.port() + "/api/v1/datasets/" + datasetId;
        HttpClient http = HttpClient.newHttpClient();

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        HttpResponse<String> uploaded = http.send(
                request(base + "/uploads?name=bench.csv", token)
                        .header("Content-Type", "text/csv")
                        .PUT(HttpRequest.BodyPublishers.ofFile(file))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        long uploadNanos = System.nanoTime() - start;
        check(uploaded, 201);
        long uploadId = Long.parseLong(uploaded.body().replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
        table.row(
                "Upload: read + COPY into PostgreSQL",
                String.format(
                        Locale.ROOT,
                        "%.1f s, %.1f MB/s, peak heap %d MB (before %d MB)",
                        uploadNanos / 1e9,
                        bytes / 1e6 / (uploadNanos / 1e9),
                        peak.get() >> 20,
                        before >> 20),
                "< 20.6 s");
        start = System.nanoTime();
        check(
                http.send(
                        request(base + "/uploads/" + uploadId + "/structure", token)
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString("{\"columns\":[]}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString()),
                200);
        long validateNanos = System.nanoTime() - start;
        table.row(
                "Validation in Java (+ series gathered, binary COPY)",
                String.format(Locale.ROOT, "%.1f s", validateNanos / 1e9),
                "");
        // the values are not counts: no disclosure rule (bench/disclosure.sh measures the check)
        check(
                http.send(
                        request(base + "/disclosure/rules", token)
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString("{}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString()),
                200);
        start = System.nanoTime();
        check(
                http.send(
                        request(base + "/uploads/" + uploadId + "/store", token)
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString()),
                200);
        long storeNanos = System.nanoTime() - start;
        sampler.interrupt();
        table.row(
                "Store as release (series, partition, index)",
                String.format(Locale.ROOT, "%.1f s", storeNanos / 1e9),
                "");
        table.row(
                "Ingest in all (upload + validation + store)",
                String.format(
                        Locale.ROOT,
                        "%.1f s, %.1f MB/s, peak heap %d MB",
                        (uploadNanos + validateNanos + storeNanos) / 1e9,
                        bytes / 1e6 / ((uploadNanos + validateNanos + storeNanos) / 1e9),
                        peak.get() >> 20),
                "(XLoader 206 s)");
        Files.deleteIfExists(file);

        Random random = new Random(7);
        long[] times = new long[200];
        long sliceObservations = 0;
        for (int i = -20; i < times.length; i++) {
            int s = random.nextInt(seriesCount);
            String query = "/data?draft=true&format=csv&REF_AREA=" + COUNTRIES[s % 50] + "&SEX="
                    + (s / 50 % 2 == 0 ? "F" : "M") + "&AGE=Y" + (s / 100) + "&startPeriod=1940-01&endPeriod=2023-04";
            long t = System.nanoTime();
            HttpResponse<String> slice =
                    http.send(request(base + query, token).GET().build(), HttpResponse.BodyHandlers.ofString());
            check(slice, 200);
            if (i >= 0) {
                times[i] = System.nanoTime() - t;
                sliceObservations = slice.body().lines().count() - 1;
            }
        }
        Arrays.sort(times);
        table.row(
                "Slice: one series, 1,000 observations (CSV)",
                String.format(
                        Locale.ROOT,
                        "p50 %.1f ms, p95 %.1f ms (%d observations)",
                        times[times.length / 2] / 1e6,
                        times[times.length * 95 / 100] / 1e6,
                        sliceObservations),
                "p95 ≤ 100 ms");
        // the whole release is read as every reader reads it: released, from its file written after the release
        start = System.nanoTime();
        DraftDataset.release(fixtures.signedIn(publisher), made.page());
        long releaseId = app.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("select release_id from data.uploads where id = ?")
                .param(uploadId)
                .query(Long.class)
                .single();
        Path written = DraftDataset.written(
                app.getBean(org.statcommons.data.ingest.DistributionKeeper.class), releaseId, "download.csv");
        table.row(
                "Released; its whole CSV file written",
                String.format(
                        Locale.ROOT, "%.1f s, %.1f MB", (System.nanoTime() - start) / 1e9, Files.size(written) / 1e6),
                "");
        start = System.nanoTime();
        long size = 0;
        HttpResponse<InputStream> whole = http.send(
                request(base + "/download.csv", token).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = whole.body()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                size += n;
            }
        }
        long streamNanos = System.nanoTime() - start;
        table.row(
                "Whole release as CSV (released: its file)",
                String.format(
                        Locale.ROOT,
                        "%.1f s, %.1f MB, %.1f MB/s",
                        streamNanos / 1e9,
                        size / 1e6,
                        size / 1e6 / (streamNanos / 1e9)),
                "≥ 50 MB/s");
    }

    /** 1,000 months for each series: country × sex × age group, written as it goes. */
    private static long generate(Path file, int seriesCount) throws Exception {
        long count = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("REF_AREA,SEX,AGE,TIME_PERIOD,OBS_VALUE,OBS_STATUS,UNIT_MEASURE,COMMENT_OBS\n");
            Random random = new Random(1);
            for (int s = 0; s < seriesCount; s++) {
                String key = COUNTRIES[s % 50] + "," + (s / 50 % 2 == 0 ? "F" : "M") + ",Y" + (s / 100) + ",";
                for (int m = 0; m < 1000; m++) {
                    int year = 1940 + m / 12;
                    int month = m % 12 + 1;
                    out.write(key);
                    out.write(Integer.toString(year));
                    out.write(month < 10 ? "-0" : "-");
                    out.write(Integer.toString(month));
                    out.write(',');
                    out.write(Integer.toString(random.nextInt(1_000_000)));
                    out.write('.');
                    out.write(Integer.toString(random.nextInt(10)));
                    out.write(",A,PS,Census-based estimate\n");
                    count++;
                }
            }
        }
        return count;
    }

    private static HttpRequest.Builder request(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
    }

    private static void check(HttpResponse<?> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.statusCode() + ": " + response.body());
        }
    }
}
