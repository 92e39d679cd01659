package org.statcommons.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.Visitor;

/**
 * Progress report benchmark (not a test): a community with five years of activity, written by bulk SQL (a million
 * activity lines spread over five years, 6,000 people who joined over the years, a sixth of whom left a year later, meetings,
 * decisions with votes, newsletters, pages and their daily views), then the annual progress report generated through
 * the JSON API as its secretariat would, for the last calendar year and for the whole five years. Goal (issue 11): the
 * report generated in under 5 s. Set {@code INSIGHTS_LINES} for a smaller run. Run with
 * {@code bench/progress-report.sh}.
 */
public final class InsightsBenchmark {

    private static final int YEARS = CommunityHistorySeeder.YEARS;
    private static final int PEOPLE = CommunityHistorySeeder.PEOPLE;
    private static final int PAGES = CommunityHistorySeeder.PAGES;
    private static final int RUNS = 9;

    private static final List<String[]> ROWS = new ArrayList<>();

    private InsightsBenchmark() {}

    public static void main(String[] args) throws Exception {
        int lines = Integer.parseInt(System.getenv().getOrDefault("INSIGHTS_LINES", "1000000"));
        try (BenchServer server = BenchServer.start("insights", args, "statcommons.db.embedded-fsync=false")) {
            run(server.app(), lines, Long.parseLong(System.getenv().getOrDefault("INSIGHTS_VIEW_ROWS", "10000000")));
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "| %-66s | %-44s | %-10s |%n", "Measure", "Result", "Goal");
        System.out.println("|" + "-".repeat(68) + "|" + "-".repeat(46) + "|" + "-".repeat(12) + "|");
        for (String[] row : ROWS) {
            System.out.printf(Locale.ROOT, "| %-66s | %-44s | %-10s |%n", row[0], row[1], row[2]);
        }
    }

    private static void run(ConfigurableApplicationContext app, int lines, long viewRows) {
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
                CommunityHistorySeeder.seed(app, "bench-insights-", today, lines, days -> Math.max(1, viewRows / days));
        Account office = history.office();
        Community bench = history.community();
        long community = bench.id();
        String slug = history.slug();
        long stored = history.lines();
        row(
                "Seeded by SQL: " + stored + " activity lines ("
                        + String.format(Locale.ROOT, "%.0f s", history.streamSeconds())
                        + "), " + history.viewRows() + " page-view rows ("
                        + String.format(Locale.ROOT, "%.0f s", history.viewSeconds())
                        + "), " + PEOPLE + " people joined",
                String.format(Locale.ROOT, "%.0f s in all", history.seconds()),
                "");

        db.sql(
                        "insert into community.memberships (community_id, account_id, role, conduct_version, conduct_accepted_at) "
                                + "values (?, ?, 'SECRETARIAT', 1, now()) on conflict (community_id, account_id) do nothing")
                .params(community, office.id())
                .update();
        // the database's share: each section's queries for the last twelve months, called directly
        org.statcommons.insights.InsightRequest twelve = new org.statcommons.insights.InsightRequest(
                bench,
                new org.statcommons.insights.InsightPeriod(
                        today.withDayOfMonth(1).minusMonths(11), today));
        org.statcommons.insights.InsightRequest all = new org.statcommons.insights.InsightRequest(
                bench, new org.statcommons.insights.InsightPeriod(start, today));
        for (var period : List.of(Map.entry("Last 12 months", twelve), Map.entry("All five years", all))) {
            for (org.statcommons.insights.InsightSection section : app.getBeansOfType(
                            org.statcommons.insights.InsightSection.class)
                    .values()) {
                section.part(period.getValue());
                List<Long> nanos = new ArrayList<>();
                for (int run = 0; run < 5; run++) {
                    long t = System.nanoTime();
                    section.part(period.getValue());
                    nanos.add(System.nanoTime() - t);
                }
                row(
                        period.getKey() + ": "
                                + section.getClass().getSimpleName().replaceAll("\\$.*", "") + " alone",
                        percentiles(nanos),
                        "");
            }
        }
        // the space's views over five years, the way main read them before the kept counts per space and day
        // (grouping sets over the counts per page and month, and per page and day for the two part months), against
        // the way they are read now, in this same run: the ratio does not depend on the machine's load as much
        oldAndNewViews(app, community, start, today);
        oldAndNewMembers(app, community, start, today);
        Visitor browser = fixtures.signedIn(office);
        Visitor script = fixtures.bearer(fixtures.token(office));
        String page = "/c/" + slug + "/insights";
        for (int warm = 0; warm < 3; warm++) {
            expect(browser.get(page));
        }
        row("Dashboard page, last 12 months (" + RUNS + " runs)", times(() -> expect(browser.get(page))), "< 500 ms");
        row(
                "Dashboard page, this year (" + RUNS + " runs)",
                times(() -> expect(browser.get(page + "?period=this-year"))),
                "< 500 ms");
        row(
                "Dashboard page, all five years (" + RUNS + " runs)",
                times(() -> expect(browser.get(page + "?period=all"))),
                "< 500 ms");
        row(
                "API, last 12 months (" + RUNS + " runs)",
                times(() -> expect(script.api("GET", "/api/v1/communities/" + slug + "/insights", null))),
                "< 500 ms");
        row("CSV, all five years (" + RUNS + " runs)", times(() -> expect(browser.get(page + ".csv?period=all"))), "");
        // the evaluation report's PDF (issue 12): the same figures, laid out with their charts
        String pdf = page + "/evaluation-report.pdf";
        row(
                "Evaluation report PDF, last 12 months (5 runs)",
                times(5, () -> expectPdf(browser.download(pdf))),
                "< 5 s");
        row(
                "Evaluation report PDF, all five years (5 runs)",
                times(5, () -> expectPdf(browser.download(pdf + "?period=all"))),
                "< 5 s");
        row(
                "Size of the PDF (all five years)",
                browser.download(pdf + "?period=all").body().length + " bytes",
                "");
        int size = browser.get(page).body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        row("Size of the page (last 12 months)", size + " bytes", "< 30 KB");
        int sizeAll = browser.get(page + "?period=all").body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        row("Size of the page (all five years)", sizeAll + " bytes", "< 30 KB");
        row("Load average after", load(), "");
    }

    /** The views by month and the 20 most read pages over all five years: the old queries, then the new ones. */
    private static void oldAndNewViews(
            ConfigurableApplicationContext app, long community, LocalDate start, LocalDate today) {
        JdbcClient db = app.getBean(JdbcClient.class);
        org.statcommons.content.SpaceFigures figures = app.getBean(org.statcommons.content.SpaceFigures.class);
        LocalDate after = today.plusDays(1);
        LocalDate wholeFrom =
                start.getDayOfMonth() == 1 ? start : start.withDayOfMonth(1).plusMonths(1);
        LocalDate wholeUntil = after.withDayOfMonth(1);
        Runnable old = () -> db.sql("""
                        with v as (
                            select path, month, views from content.page_views_by_month
                            where community_id = :c and month >= :whole_from and month < :whole_until
                            union all
                            select path, date_trunc('month', day)::date, views from content.page_views
                            where community_id = :c and day >= :first and day < :whole_from
                            union all
                            select path, date_trunc('month', day)::date, views from content.page_views
                            where community_id = :c and day >= :whole_until and day < :after
                        ), sums as (select month, path, sum(views) as views from v group by grouping sets ((month), (path)))
                        select month, null as path, views from sums where path is null
                        union all
                        (select null, s.path, s.views from sums s
                         join content.pages p on p.community_id = :c and p.path = s.path
                         where s.month is null order by s.views desc, s.path limit 20)""")
                .param("c", community)
                .param("first", start)
                .param("after", after)
                .param("whole_from", wholeFrom)
                .param("whole_until", wholeUntil)
                .query((rs, n) -> rs.getLong("views"))
                .list();
        java.time.Instant from = start.atStartOfDay(ZoneOffset.UTC).toInstant();
        java.time.Instant until = after.atStartOfDay(ZoneOffset.UTC).toInstant();
        Runnable now = () -> figures.views(community, from, until, 20);
        oldAndNew("views by month and page", "counts per page", "kept counts per space and day", old, now);
    }

    /**
     * The members over all five years (at both ends, joined, left, by month): each figure by its own query over the
     * memberships and the audit log, as before, then the spells that touch the period read once.
     */
    private static void oldAndNewMembers(
            ConfigurableApplicationContext app, long community, LocalDate start, LocalDate today) {
        java.time.Instant from = start.atStartOfDay(ZoneOffset.UTC).toInstant();
        java.time.Instant until = today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        org.statcommons.community.MembershipsRecounted recounted =
                new org.statcommons.community.MembershipsRecounted(app.getBean(JdbcClient.class));
        org.statcommons.community.MembershipChanges changes =
                app.getBean(org.statcommons.community.MembershipChanges.class);
        Runnable old = () -> recounted.count(community, from, until);
        Runnable now = () -> org.statcommons.community.MembershipsRecounted.of(changes.over(community, from, until));
        if (!recounted
                .count(community, from, until)
                .equals(org.statcommons.community.MembershipsRecounted.of(changes.over(community, from, until)))) {
            throw new IllegalStateException("The members read once differ from those counted figure by figure");
        }
        oldAndNew("members at both ends, joined, left, by month", "a query a figure", "spells read once", old, now);
    }

    /** Times the old way and the new way of reading the same figures, turn about, in this same run. */
    private static void oldAndNew(String what, String oldWay, String newWay, Runnable old, Runnable now) {
        List<Long> oldNanos = new ArrayList<>();
        List<Long> newNanos = new ArrayList<>();
        old.run();
        now.run();
        for (int run = 0; run < 5; run++) {
            long t = System.nanoTime();
            old.run();
            oldNanos.add(System.nanoTime() - t);
            t = System.nanoTime();
            now.run();
            newNanos.add(System.nanoTime() - t);
        }
        row("All five years: " + what + ", old path (" + oldWay + ")", percentiles(oldNanos), "");
        row("All five years: " + what + ", " + newWay, percentiles(newNanos), "");
        row(
                "Ratio old / new, " + what + " (medians, same run)",
                String.format(Locale.ROOT, "%.0f×", (double) median(oldNanos) / median(newNanos)),
                "");
    }

    private static long median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return Math.max(1, sorted.get(sorted.size() / 2));
    }

    private static String times(Runnable request) {
        return times(RUNS, request);
    }

    private static String times(int runs, Runnable request) {
        List<Long> nanos = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            long t = System.nanoTime();
            request.run();
            nanos.add(System.nanoTime() - t);
        }
        return percentiles(nanos);
    }

    private static void expect(Visitor.Page page) {
        if (page.status() != 200) {
            throw new IllegalStateException(page.status() + " " + page.body());
        }
    }

    private static void expectPdf(Visitor.Download pdf) {
        if (pdf.status() != 200 || pdf.body().length < 5 || pdf.body()[0] != '%') {
            throw new IllegalStateException("No PDF: " + pdf.status());
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
