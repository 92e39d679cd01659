package org.statcommons.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.platform.i18n.Language;
import org.statcommons.progressreports.ReportPeriod;
import org.statcommons.progressreports.ReportRequest;
import org.statcommons.progressreports.ReportSection;
import org.statcommons.support.Fixtures;
import org.statcommons.support.Visitor;

/**
 * Progress report benchmark (not a test): a community with five years of activity, written by bulk SQL (a million
 * activity lines spread over five years, 6,000 people who joined over the years, a sixth of whom left a year later, meetings,
 * decisions with votes, newsletters, pages and their daily views), then the annual progress report generated through
 * the JSON API as its secretariat would, for the last calendar year and for the whole five years. Goal (issue 11): the
 * report generated in under 5 s. Set {@code PROGRESS_REPORT_LINES} for a smaller run. Run with
 * {@code bench/progress-report.sh}.
 */
public final class ProgressReportBenchmark {

    private static final int YEARS = CommunityHistorySeeder.YEARS;
    private static final int PEOPLE = CommunityHistorySeeder.PEOPLE;
    private static final int PAGES = CommunityHistorySeeder.PAGES;
    private static final int RUNS = 7;

    private static final List<String[]> ROWS = new ArrayList<>();

    private ProgressReportBenchmark() {}

    public static void main(String[] args) throws Exception {
        int lines = Integer.parseInt(System.getenv().getOrDefault("PROGRESS_REPORT_LINES", "1000000"));
        try (BenchServer server = BenchServer.start("progress-report", args, "statcommons.db.embedded-fsync=false")) {
            run(server.app(), lines);
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "| %-66s | %-44s | %-10s |%n", "Measure", "Result", "Goal");
        System.out.println("|" + "-".repeat(68) + "|" + "-".repeat(46) + "|" + "-".repeat(12) + "|");
        for (String[] row : ROWS) {
            System.out.printf(Locale.ROOT, "| %-66s | %-44s | %-10s |%n", row[0], row[1], row[2]);
        }
    }

    private static void run(ConfigurableApplicationContext app, int lines) {
        JdbcClient db = app.getBean(JdbcClient.class);
        Fixtures fixtures = Fixtures.of(app);
        LocalDate today = LocalDate.ofInstant(app.getBean(Clock.class).instant(), ZoneOffset.UTC);
        LocalDate start = today.minusYears(YEARS);
        row(
                "Machine",
                Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                        + ", load " + load(),
                "");

        CommunityHistorySeeder.History history =
                CommunityHistorySeeder.seed(app, "bench-report-", today, lines, days -> PAGES);
        Account office = history.office();
        Community bench = history.community();
        long community = bench.id();
        String slug = history.slug();
        long stored = history.lines();
        row(
                "Seeded by SQL: " + stored + " activity lines ("
                        + String.format(Locale.ROOT, "%.0f s", history.streamSeconds()) + "), " + PEOPLE
                        + " people joined, " + history.left() + " left",
                String.format(Locale.ROOT, "%.0f s in all", history.seconds()),
                "");

        LocalDate lastYearFirst = LocalDate.of(today.getYear() - 1, 1, 1);
        LocalDate lastYearLast = LocalDate.of(today.getYear() - 1, 12, 31);
        // the database's share: every section's queries, called directly
        List<ReportSection> sections =
                new ArrayList<>(app.getBeansOfType(ReportSection.class).values());
        ReportRequest lastYear =
                new ReportRequest(bench, new ReportPeriod(lastYearFirst, lastYearLast), Language.ENGLISH);
        for (int warm = 0; warm < 2; warm++) {
            sections.forEach(s -> s.part(lastYear));
        }
        List<Long> sectionTimes = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            long t = System.nanoTime();
            sections.forEach(s -> s.part(lastYear));
            sectionTimes.add(System.nanoTime() - t);
        }
        row(
                "Last calendar year: the " + sections.size() + " sections' queries (" + RUNS + " runs)",
                percentiles(sectionTimes),
                "");

        ReportRequest allYears = new ReportRequest(bench, new ReportPeriod(start, today), Language.FRENCH);
        for (ReportSection section : sections) {
            List<Long> times = new ArrayList<>();
            for (int run = 0; run < 3; run++) {
                long t = System.nanoTime();
                section.part(allYears);
                times.add(System.nanoTime() - t);
            }
            row(
                    "All five years: " + section.getClass().getSimpleName().replaceAll("\\$.*", "") + " alone",
                    percentiles(times),
                    "");
        }
        db.sql(
                        "insert into community.memberships (community_id, account_id, role, conduct_version, conduct_accepted_at) "
                                + "values (?, ?, 'SECRETARIAT', 1, now()) on conflict (community_id, account_id) do nothing")
                .params(community, office.id())
                .update();
        Visitor script = fixtures.bearer(fixtures.token(office));
        String api = "/api/v1/communities/" + slug + "/progress-reports";
        String year = "{\"first\":\"" + lastYearFirst + "\",\"last\":\"" + lastYearLast + "\",\"language\":\"en\"}";
        // the server's first generation: the code paths still cold (JIT, the space's first report page, its indexing)
        LocalDate day = today.minusDays(1);
        long cold = System.nanoTime();
        expect(script.api("POST", api, "{\"first\":\"" + day + "\",\"last\":\"" + day + "\"}"));
        row("Cold: the server's first report (one day, page written)", ms(System.nanoTime() - cold), "");
        for (int warm = 1; warm <= 3; warm++) {
            LocalDate d = day.minusDays(warm);
            expect(script.api("POST", api, "{\"first\":\"" + d + "\",\"last\":\"" + d + "\"}"));
        }
        long first = System.nanoTime();
        Visitor.Page written = script.api("POST", api, year);
        expect(written);
        row("Last calendar year, first generation (the page written, warm)", ms(System.nanoTime() - first), "< 5 s");
        List<Long> again = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            // a late newsletter of that year each time, so that the figures differ and each run opens a proposal
            db.sql("""
                            insert into newsletters.newsletters (community_id, subject, body, status, written_by,
                                updated_by, sent_at, sent_by, sent_by_name, recipients)
                            values (?, 'Late news', 'News', 'SENT', ?, ?, ?, ?, 'Bench Office', 4000)""")
                    .params(
                            community,
                            office.id(),
                            office.id(),
                            java.sql.Timestamp.valueOf(lastYearLast.atTime(12, 0)),
                            office.id())
                    .update();
            long t = System.nanoTime();
            expect(script.api("POST", api, year));
            again.add(System.nanoTime() - t);
        }
        row("Last calendar year, generated again (" + RUNS + " runs, each a proposal)", percentiles(again), "< 5 s");
        String whole = "{\"first\":\"" + start + "\",\"last\":\"" + today + "\",\"language\":\"fr\"}";
        List<Long> wholeTimes = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            long t = System.nanoTime();
            expect(script.api("POST", api, whole));
            wholeTimes.add(System.nanoTime() - t);
        }
        row("All five years (" + stored + " lines; French; 3 runs)", percentiles(wholeTimes), "< 5 s");
        String page = app.getBean(org.statcommons.content.Pages.class)
                .read(community, "reports/progress-" + lastYearFirst.getYear() + ".md")
                .body();
        System.out.println("--- the generated page, its first 40 lines ---");
        page.lines().limit(40).forEach(System.out::println);
        row("Size of the generated page (last year)", page.length() + " characters", "");
        row("Load average after", load(), "");
    }

    private static void expect(Visitor.Page page) {
        if (page.status() != 201) {
            throw new IllegalStateException(page.status() + " " + page.body());
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

    private static String percentiles(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format(
                Locale.ROOT,
                "p50 %.0f ms, p95 %.0f ms, max %.0f ms",
                sorted.get(sorted.size() / 2) / 1e6,
                sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1e6,
                sorted.get(sorted.size() - 1) / 1e6);
    }

    private static void row(String measure, String result, String goal) {
        ROWS.add(new String[] {measure, result, goal});
        System.out.println(measure + ": " + result);
    }
}
