package org.statcommons.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.JoinPolicy;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.Visitor;

/**
 * Survey results benchmark (not a test): a pseudonymous survey of 10,000 responses × 50 questions written by bulk SQL,
 * then its results screen and API read as the community's secretariat would, and the CSV export of every answer
 * downloaded by a client that keeps none of it, while a sampler records the heap in use. Goals (issue 12): results
 * p95 < 200 ms, the export < 5 s with flat memory. Set {@code SURVEY_RESPONSES} for a smaller run. Run with
 * {@code bench/survey-results.sh}.
 */
public final class SurveyResultsBenchmark {

    private static final int RUNS = 50;
    private static final List<String[]> ROWS = new ArrayList<>();

    private SurveyResultsBenchmark() {}

    public static void main(String[] args) throws Exception {
        int responses = Integer.parseInt(System.getenv().getOrDefault("SURVEY_RESPONSES", "10000"));
        try (BenchServer server = BenchServer.start("survey-results", args, "statcommons.db.embedded-fsync=false")) {
            run(server.app(), responses);
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "| %-58s | %-48s | %-10s |%n", "Measure", "Result", "Goal");
        System.out.println("|" + "-".repeat(60) + "|" + "-".repeat(50) + "|" + "-".repeat(12) + "|");
        for (String[] row : ROWS) {
            System.out.printf(Locale.ROOT, "| %-58s | %-48s | %-10s |%n", row[0], row[1], row[2]);
        }
    }

    private static void run(ConfigurableApplicationContext app, int responses) throws Exception {
        JdbcClient db = app.getBean(JdbcClient.class);
        Fixtures fixtures = Fixtures.of(app);
        row(
                "Machine",
                Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                        + ", load "
                        + String.format(
                                Locale.ROOT,
                                "%.1f",
                                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()),
                "");
        Account office = fixtures.account("Bench Office", "FJ", "INTERNATIONAL", PlatformRole.SECRETARIAT);
        Community community = fixtures.community("Bench surveys", JoinPolicy.BY_REQUEST, office);

        long seeding = System.nanoTime();
        long survey = db.sql("""
                        insert into surveys.surveys (community_id, title, respondent_mode, small_cell_threshold,
                            created_by, created_at, updated_at)
                        values (?, 'Bench survey', 'PSEUDONYMOUS', 5, ?, now(), now()) returning id""")
                .params(community.id(), office.id())
                .query(Long.class)
                .single();
        long wave = db.sql("""
                        insert into surveys.waves (survey_id, position, label, state, created_at)
                        values (?, 1, 'Baseline', 'OPEN', now()) returning id""").param(survey).query(Long.class).single();
        db.sql("""
                        insert into surveys.sections (wave_id, position, title)
                        select ?, s, 'Section ' || s from generate_series(1, 5) s""").param(wave).update();
        // questions 1-25 Likert, 26-35 single choice, 36-40 multiple choice, 41-45 numbers, 46-50 short texts
        db.sql("""
                        insert into surveys.questions (wave_id, section_id, position, code, kind, text, scale_points)
                        select ?, (select id from surveys.sections where wave_id = ? and position = 1 + (q - 1) / 10),
                            q, 'q' || q,
                            case when q <= 25 then 'LIKERT' when q <= 35 then 'SINGLE_CHOICE'
                                 when q <= 40 then 'MULTIPLE_CHOICE' when q <= 45 then 'NUMBER' else 'SHORT_TEXT' end,
                            'Question number ' || q || ' of the bench survey?',
                            case when q <= 25 then 5 end
                        from generate_series(1, 50) q""").params(wave, wave).update();
        db.sql("""
                        insert into surveys.options (question_id, position, code, label)
                        select q.id, o, case when q.kind = 'LIKERT' then o::text else chr(96 + o) end, 'Option ' || o
                        from surveys.questions q, generate_series(1, 5) o
                        where q.wave_id = ? and q.kind in ('LIKERT', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE')""").param(wave).update();
        db.sql("""
                        insert into surveys.responses (survey_id, wave_id, pseudonym, country, organisation_kind,
                            sections_saved, started_at, updated_at, submitted_at)
                        select ?, ?, 'pseudonym-' || n,
                            (array['FJ','WS','TO','VU','PG','SB','KI','TV','NR','PW','FM','MH','CK','NU','NZ','AU','ID',
                                   'PH','TH','VN'])[1 + n % 20],
                            (array['NATIONAL_STATISTICAL_OFFICE','GOVERNMENT','CIVIL_SOCIETY','INTERNATIONAL','ACADEMIA',
                                   'HUMAN_RIGHTS_INSTITUTION','DONOR','PRIVATE_SECTOR','INDIVIDUAL'])[1 + n % 9],
                            5, now(), now(), now()
                        from generate_series(1, ?) n""").params(survey, wave, responses).update();
        db.sql("""
                        insert into surveys.answers (response_id, wave_id, question_code, item_code, option_code, number, text)
                        select r.id, r.wave_id, 'q' || q, '',
                            case when q <= 25 then (1 + (r.id * 7 + q * 13) % 5)::text
                                 when q <= 40 then chr(97 + ((r.id * 3 + q) % 5)::int)
                                 else '' end,
                            case when q <= 25 then 1 + (r.id * 7 + q * 13) % 5 when q between 41 and 45 then (r.id * q) % 1000 end,
                            case when q > 45 then 'A short answer from respondent ' || r.id end
                        from surveys.responses r, generate_series(1, 50) q where r.wave_id = ?""").param(wave).update();
        // a second option for every other multiple choice
        db.sql("""
                        insert into surveys.answers (response_id, wave_id, question_code, item_code, option_code)
                        select r.id, r.wave_id, 'q' || q, '', chr(97 + ((r.id * 3 + q + 1) % 5)::int)
                        from surveys.responses r, generate_series(36, 40) q where r.wave_id = ? and r.id % 2 = 0""").param(wave).update();
        // the counts the feature keeps at each submission (surveys.AnswerCounts), as its migration fills them
        db.sql("""
                        insert into surveys.answer_counts
                        select a.wave_id, coalesce(r.country, ''), coalesce(r.organisation_kind, ''), a.question_code,
                               a.item_code, a.option_code, count(*), sum(a.number)
                        from surveys.answers a join surveys.responses r on r.id = a.response_id
                        where r.submitted_at is not null and a.wave_id = ?
                        group by 1, 2, 3, 4, 5, 6""").param(wave).update();
        db.sql("""
                        insert into surveys.answered_counts
                        select a.wave_id, coalesce(r.country, ''), coalesce(r.organisation_kind, ''), a.question_code,
                               a.item_code, count(distinct a.response_id)
                        from surveys.answers a join surveys.responses r on r.id = a.response_id
                        where r.submitted_at is not null and a.wave_id = ?
                        group by 1, 2, 3, 4, 5""").param(wave).update();
        db.sql("analyze surveys.answer_counts").update();
        db.sql("analyze surveys.answered_counts").update();
        db.sql("analyze surveys.answers").update();
        db.sql("analyze surveys.responses").update();
        long answers = db.sql("select count(*) from surveys.answers where wave_id = ?")
                .param(wave)
                .query(Long.class)
                .single();
        row(
                "Seeded (bulk SQL)",
                responses + " responses, " + answers + " answer rows, " + ms(System.nanoTime() - seeding) + " ms",
                "");

        Visitor browser = fixtures.signedIn(office);
        String results = "/c/" + community.slug() + "/surveys/" + survey + "/results";
        timed(browser, results, "Results screen, one section (GET " + "…/results" + ")", 200);
        timed(browser, results + "?section=5&country=FJ", "Results screen filtered by country, section 5", 200);
        Visitor script = fixtures.bearer(fixtures.token(office));
        List<Long> api = new ArrayList<>();
        for (int i = 0; i < RUNS / 5; i++) {
            long t = System.nanoTime();
            Visitor.Page page = script.api(
                    "GET", "/api/v1/communities/" + community.slug() + "/surveys/" + survey + "/results", null);
            api.add(System.nanoTime() - t);
            expect(page.status() == 200, "API " + page.status());
        }
        row("API results, all 50 questions (" + api.size() + " calls)", percentiles(api), "");

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
        for (String export : List.of("answers-long.csv", "answers-wide.csv")) {
            peak.set(memory.getHeapMemoryUsage().getUsed());
            long t = System.nanoTime();
            long[] got = browser.streamedSize(results + "/" + export);
            long took = System.nanoTime() - t;
            expect(got[0] == 200, export + " " + got[0]);
            row(
                    "Export " + export + " streamed",
                    String.format(
                            Locale.ROOT,
                            "%d ms, %.1f MB, heap %d MB before, peak %d MB",
                            ms(took),
                            got[1] / 1e6,
                            before >> 20,
                            peak.get() >> 20),
                    "< 5 s");
        }
        sampler.interrupt();
        row(
                "Heap limit of the whole server (client in the same JVM)",
                (Runtime.getRuntime().maxMemory() >> 20) + " MB",
                "");
    }

    private static void timed(Visitor browser, String path, String what, int status) {
        List<Long> times = new ArrayList<>();
        long first = 0;
        for (int i = 0; i < RUNS + 3; i++) {
            long t = System.nanoTime();
            Visitor.Page page = browser.get(path);
            long took = System.nanoTime() - t;
            expect(page.status() == status, path + " " + page.status());
            if (i == 0) {
                first = took;
            }
            if (i >= 3) {
                times.add(took);
            }
        }
        // the first view counts the wave (as the first after a submission does); the others read the kept counts
        row(
                what + " (" + RUNS + " views)",
                "first " + ms(first) + " ms, " + percentiles(times) + ", "
                        + browser.get(path).body().length() / 1024 + " KB",
                "p95 < 200 ms");
    }

    private static String percentiles(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(null);
        long p50 = sorted.get(sorted.size() / 2);
        long p95 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1));
        return "p50 " + ms(p50) + " ms, p95 " + ms(p95) + " ms";
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static void expect(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("Unexpected: " + what);
        }
    }

    private static void row(String measure, String result, String goal) {
        ROWS.add(new String[] {measure, result, goal});
        System.out.println(measure + ": " + result);
    }
}
