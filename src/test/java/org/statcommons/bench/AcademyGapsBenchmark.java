package org.statcommons.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.support.Fixtures;
import org.statcommons.support.Visitor;

/**
 * Gap map benchmark (not a test): a framework of 150 assessed items (10 phases of 15), 60 countries with one
 * statistical office each, every office's assessment of every item (current and target levels), seeded by SQL; then the
 * gap map's page, its JSON, SVG and CSV, several runs each. Goal (issue 14): the gap map for 60 countries × 150 items
 * under 200 ms. Run with {@code bench/academy-gaps.sh}.
 */
public final class AcademyGapsBenchmark {

    private static final int PHASES = 10;
    private static final int PER_PHASE = 15;
    private static final int COUNTRIES = 60;
    private static final int RUNS = 21;

    private static final List<String[]> ROWS = new ArrayList<>();

    private AcademyGapsBenchmark() {}

    public static void main(String[] args) throws Exception {
        try (BenchServer server = BenchServer.start("academy-gaps", args, "statcommons.db.embedded-fsync=false")) {
            run(server.app());
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "| %-58s | %-40s | %-10s |%n", "Measure", "Result", "Goal");
        System.out.println("|" + "-".repeat(60) + "|" + "-".repeat(42) + "|" + "-".repeat(12) + "|");
        for (String[] row : ROWS) {
            System.out.printf(Locale.ROOT, "| %-58s | %-40s | %-10s |%n", row[0], row[1], row[2]);
        }
    }

    private static void run(ConfigurableApplicationContext app) {
        JdbcClient db = app.getBean(JdbcClient.class);
        row("Machine", Runtime.getRuntime().availableProcessors() + " cores, load " + load(), "");
        long started = System.nanoTime();
        long framework = db.sql("insert into academy.frameworks (code, name, version, levels, created_at)"
                        + " values ('BENCH', 'Bench framework', '1', array['awareness','practitioner','expert'], now())"
                        + " returning id")
                .query(Long.class)
                .single();
        db.sql("""
                        insert into academy.framework_items (framework_id, code, name, parent_code, position)
                        select ?, 'B-' || p, 'Phase ' || p, null, (p - 1) * (? + 1) from generate_series(1, ?) p
                        union all
                        select ?, 'B-' || p || '.' || i, 'Activity ' || p || '.' || i, 'B-' || p, (p - 1) * (? + 1) + i
                        from generate_series(1, ?) p, generate_series(1, ?) i""")
                .params(framework, PER_PHASE, PHASES, framework, PER_PHASE, PHASES, PER_PHASE)
                .update();
        String[] countries = Arrays.copyOf(Locale.getISOCountries(), COUNTRIES);
        for (String country : countries) {
            long organisation = db.sql("""
                            insert into organisations.organisations (name, kind, country, normalised_name, created_by,
                                created_at, updated_at)
                            values (?, 'NATIONAL_STATISTICAL_OFFICE', ?, ?, 1, now(), now()) returning id""")
                    .params(
                            "Statistics office " + country,
                            country,
                            "statistics office " + country.toLowerCase(Locale.ROOT))
                    .query(Long.class)
                    .single();
            long assessment = db.sql(
                            "insert into academy.assessments (organisation_id, framework_id, year, assessed_by,"
                                    + " assessed_at) values (?, ?, 2026, 1, now()) returning id")
                    .params(organisation, framework)
                    .query(Long.class)
                    .single();
            db.sql("""
                            insert into academy.assessment_levels (assessment_id, item_code, current_level, target_level)
                            select ?, code, (abs(hashtext(code || ?)) % 3), 2 from academy.framework_items
                            where framework_id = ? and parent_code is not null""").params(assessment, country, framework).update();
        }
        row(
                "Seeded by SQL: " + PHASES * PER_PHASE + " items × " + COUNTRIES + " countries ("
                        + PHASES * PER_PHASE * COUNTRIES + " levels)",
                ms(System.nanoTime() - started),
                "");
        Visitor anyone = Fixtures.of(app).anonymous();
        Visitor api = Fixtures.of(app).anonymousApi();
        times(
                "Gap map page /academy/gaps (heat map + table)",
                () -> expect(anyone.get("/academy/gaps?framework=BENCH")));
        times("Gap map JSON /api/v1/academy/gaps", () -> expect(api.get("/api/v1/academy/gaps?framework=BENCH")));
        times(
                "Gap map SVG /academy/gaps.svg",
                () -> expect(
                        anyone.download("/academy/gaps.svg?framework=BENCH").status()));
        times(
                "Gap map CSV /academy/gaps.csv",
                () -> expect(
                        anyone.download("/academy/gaps.csv?framework=BENCH").status()));
        times("Gap map by kind (JSON)", () -> expect(api.get("/api/v1/academy/gaps?framework=BENCH&by=kind")));
    }

    private static void times(String what, Runnable request) {
        for (int warm = 0; warm < 3; warm++) {
            request.run();
        }
        List<Long> nanos = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            long t = System.nanoTime();
            request.run();
            nanos.add(System.nanoTime() - t);
        }
        Collections.sort(nanos);
        row(
                what,
                String.format(
                        Locale.ROOT,
                        "p50 %.0f ms, p95 %.0f ms, max %.0f ms",
                        nanos.get(nanos.size() / 2) / 1e6,
                        nanos.get((int) Math.ceil(nanos.size() * 0.95) - 1) / 1e6,
                        nanos.get(nanos.size() - 1) / 1e6),
                "< 200 ms");
    }

    private static void expect(Visitor.Page page) {
        expect(page.status());
    }

    private static void expect(int status) {
        if (status != 200) {
            throw new IllegalStateException("status " + status);
        }
    }

    private static String load() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .substring(0, 14)
                    .strip();
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.0f ms", nanos / 1e6);
    }

    private static void row(String measure, String result, String goal) {
        ROWS.add(new String[] {measure, result, goal});
        System.out.println(measure + ": " + result);
    }
}
