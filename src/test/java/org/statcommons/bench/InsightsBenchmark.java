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
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.content.Author;
import org.statcommons.content.PageEdit;
import org.statcommons.content.SavePage;
import org.statcommons.content.SetUpSpace;
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

    private static final int YEARS = 5;
    private static final int PEOPLE = 6_000;
    private static final int PAGES = 40;
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

        long seeding = System.nanoTime();
        Account office = fixtures.account("Bench Office", "FJ", "INTERNATIONAL", PlatformRole.NONE);
        String slug = "bench-insights-" + System.nanoTime();
        long community = db.sql(
                        "insert into community.communities (slug, name, purpose, join_policy, created_by, created_at) "
                                + "values (?, 'Bench Collaborative', 'Benchmark', 'BY_REQUEST', ?, ?) returning id")
                .params(slug, office.id(), java.sql.Timestamp.valueOf(start.atStartOfDay()))
                .query(Long.class)
                .single();
        db.sql(
                        "insert into community.memberships (community_id, account_id, role, conduct_version, conduct_accepted_at, joined_at) "
                                + "values (?, ?, 'SECRETARIAT', 1, now(), ?)")
                .params(community, office.id(), java.sql.Timestamp.valueOf(start.atStartOfDay()))
                .update();
        // people of nine kinds from 40 countries, joining evenly over the five years; every sixth leaves a year later
        List<Long> people = db.sql("""
                        insert into identity.accounts (email, email_verified, display_name, organisation, organisation_kind, country)
                        select 'person' || n || '.' || extract(epoch from clock_timestamp())::bigint || '@bench.example.org', true,
                               'Bench person ' || n, 'Organisation ' || (n % 300),
                               (array['NATIONAL_STATISTICAL_OFFICE','GOVERNMENT','CIVIL_SOCIETY','INTERNATIONAL','ACADEMIA',
                                      'HUMAN_RIGHTS_INSTITUTION','DONOR','PRIVATE_SECTOR','INDIVIDUAL'])[1 + n % 9],
                               (array['FJ','WS','TO','VU','PG','SB','KI','TV','NR','PW','FM','MH','CK','NU','NZ','AU','ID','PH',
                                      'TH','VN','KH','LA','MM','MY','SG','BD','IN','LK','NP','PK','MN','KZ','UZ','KG','TJ','AF',
                                      'IR','TR','GE','AM'])[1 + n % 40]
                          from generate_series(1, ?) n
                        returning id""").param(PEOPLE).query(Long.class).list();
        long fiveYears = java.time.Duration.between(start.atStartOfDay(), today.atStartOfDay())
                .getSeconds();
        db.sql("""
                        insert into community.audit_log (community_id, actor_id, subject_id, action, detail, at)
                        select ?, p, p, 'JOINED', 'Joined as Member', ?::timestamptz + (i * ? / ?) * interval '1 second'
                        from unnest(?::bigint[]) with ordinality as t(p, i)""")
                .params(
                        community,
                        java.sql.Timestamp.valueOf(start.atStartOfDay()),
                        fiveYears,
                        PEOPLE,
                        people.toArray(Long[]::new))
                .update();
        db.sql("""
                        insert into community.audit_log (community_id, actor_id, subject_id, action, detail, at)
                        select community_id, subject_id, subject_id, 'LEFT', 'Left (was Member)', at + interval '365 days'
                        from community.audit_log
                        where community_id = ? and action = 'JOINED' and subject_id % 6 = 0 and at + interval '365 days' < now()""").param(community).update();
        db.sql("""
                        insert into community.memberships (community_id, account_id, role, conduct_version, conduct_accepted_at, joined_at)
                        select j.community_id, j.subject_id, 'MEMBER', 1, j.at, j.at from community.audit_log j
                        where j.community_id = ? and j.action = 'JOINED'
                          and not exists (select 1 from community.audit_log l where l.community_id = j.community_id
                                          and l.subject_id = j.subject_id and l.action = 'LEFT')""").param(community).update();
        // a meeting a week, two decisions a week (20 votes each), two newsletters a month
        db.sql("""
                        insert into meetings.meetings (community_id, title, kind, duration_minutes, organiser_id, time_zone,
                            status, starts_at)
                        select ?, 'Meeting ' || w, (array['FORMAL','REGULAR','INFORMATION'])[1 + w % 3], 60, ?, 'Pacific/Fiji',
                               'SCHEDULED', ?::timestamptz + w * interval '7 days'
                        from generate_series(0, ? * 52 - 1) w""")
                .params(community, office.id(), java.sql.Timestamp.valueOf(start.atStartOfDay()), YEARS)
                .update();
        db.sql("""
                        insert into decisions.decisions (community_id, title, kind, visibility, tally_shown, deadline,
                            proposer_name, eligible_count, created_at, closed_at, closed_by_name, outcome, count_seed)
                        select ?, 'Decision ' || d, (array['CONSENT','VOTE'])[1 + d % 2], 'MEMBERS', 'AFTER_VOTING',
                               ?::timestamptz + d * interval '84 hours' + interval '7 days', 'Bench Office', 5000,
                               ?::timestamptz + d * interval '84 hours', ?::timestamptz + d * interval '84 hours' + interval '7 days',
                               'Bench Office', (array['ADOPTED','NOT_ADOPTED'])[1 + d % 2], d
                        from generate_series(0, ? * 104 - 2) d""")
                .params(
                        community,
                        java.sql.Timestamp.valueOf(start.atStartOfDay()),
                        java.sql.Timestamp.valueOf(start.atStartOfDay()),
                        java.sql.Timestamp.valueOf(start.atStartOfDay()),
                        YEARS)
                .update();
        db.sql("""
                        insert into decisions.votes (decision_id, account_id, voter_name, choice, reason, cast_at)
                        select d.id, p, 'Bench voter', 'AGREE', '', d.created_at
                        from decisions.decisions d, unnest(?::bigint[]) p
                        where d.community_id = ?""")
                .params(people.subList(0, 20).toArray(Long[]::new), community)
                .update();
        db.sql("""
                        insert into newsletters.newsletters (community_id, subject, body, status, written_by, updated_by,
                            sent_at, sent_by, sent_by_name, recipients)
                        select ?, 'News ' || m, 'News', 'SENT', ?, ?, ?::timestamptz + m * interval '15 days', ?, 'Bench Office',
                               4000 + m
                        from generate_series(0, ? * 24 - 1) m""")
                .params(
                        community,
                        office.id(),
                        office.id(),
                        java.sql.Timestamp.valueOf(start.atStartOfDay()),
                        office.id(),
                        YEARS)
                .update();
        // the activity stream: a million lines of the usual kinds, evenly over the five years
        long streamStart = System.nanoTime();
        db.sql("""
                        insert into activity.lines (community_id, kind, actor_id, actor_name, title, link, visibility, about, item, at)
                        select ?, (array['REPLY','PAGE_COMMENT','PAGE_CHANGED','DISCUSSION_STARTED','PAGE_PUBLISHED',
                                         'MEETING_INVITATION','MEMBER_JOINED','PROPOSAL_TO_REVIEW','NEWSLETTER_SENT',
                                         'DECISION_PROPOSED','DECISION_CLOSED','ANSWER_MARKED'])[1 + (n * 7) % 12],
                               ?, 'Bench person', 'Line ' || n, '/c/x', 'MEMBERS', 'discussion:' || (n / 20),
                               'post:' || n, ?::timestamptz + (n * ? / ?) * interval '1 second'
                        from generate_series(1, ?) n""")
                .params(
                        community,
                        office.id(),
                        java.sql.Timestamp.valueOf(start.atStartOfDay()),
                        fiveYears,
                        lines,
                        lines)
                .update();
        // the daily counts the recorder keeps as it records each line (bulk-inserted lines bypass it)
        db.sql("""
                        insert into activity.daily_counts (community_id, day, kind, lines)
                        select community_id, (at at time zone 'UTC')::date, kind, count(*) from activity.lines
                        where community_id = ? group by 1, 2, 3""").param(community).update();
        double streamSeconds = (System.nanoTime() - streamStart) / 1e9;
        db.sql(
                        "insert into activity.hidden_items (community_id, item) select ?, 'discussion:' || n from generate_series(1, 50) n")
                .param(community)
                .update();
        // pages through the real save path; views of them and of many more paths (pages since gone count in the totals)
        Community bench = app.getBean(Communities.class).byId(community).orElseThrow();
        app.getBean(SetUpSpace.class).ensure(community);
        SavePage save = app.getBean(SavePage.class);
        Author author = new Author("Bench Office", office.email());
        for (int p = 0; p < PAGES; p++) {
            save.save(community, new PageEdit("guides/page-" + p + ".md", "Guide " + p, "Text " + p, null, ""), author);
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(start, today) + 1;
        long paths = Math.max(1, viewRows / days);
        long viewsStart = System.nanoTime();
        db.sql("""
                        insert into content.page_views (community_id, path, day, views)
                        select ?, 'guides/page-' || p || '.md', d::date, 1 + (p * 7 + extract(doy from d)::int) % 30
                        from generate_series(0, ? - 1) p, generate_series(?::date, ?::date, interval '1 day') d""").params(community, paths, start, today).update();
        // the counts per month the counter keeps beside the daily ones (bulk-inserted rows bypass it)
        db.sql("""
                        insert into content.page_views_by_month (community_id, path, month, views)
                        select community_id, path, date_trunc('month', day)::date, sum(views) from content.page_views
                        where community_id = ? group by 1, 2, 3""").param(community).update();
        double viewSeconds = (System.nanoTime() - viewsStart) / 1e9;
        db.sql("vacuum analyze").update();
        double seedSeconds = (System.nanoTime() - seeding) / 1e9;
        long stored = db.sql("select count(*) from activity.lines where community_id = ?")
                .param(community)
                .query(Long.class)
                .single();
        long viewRowsStored = db.sql("select count(*) from content.page_views where community_id = ?")
                .param(community)
                .query(Long.class)
                .single();
        row(
                "Seeded by SQL: " + stored + " activity lines (" + String.format(Locale.ROOT, "%.0f s", streamSeconds)
                        + "), " + viewRowsStored + " page-view rows ("
                        + String.format(Locale.ROOT, "%.0f s", viewSeconds)
                        + "), " + PEOPLE + " people joined",
                String.format(Locale.ROOT, "%.0f s in all", seedSeconds),
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
