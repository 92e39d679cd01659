package org.statcommons.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.decisions.DecisionKind;
import org.statcommons.decisions.DecisionVisibility;
import org.statcommons.decisions.Decisions;
import org.statcommons.decisions.InstantRunoff;
import org.statcommons.decisions.Majority;
import org.statcommons.decisions.NewDecision;
import org.statcommons.decisions.Quorum;
import org.statcommons.decisions.TallyShown;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.support.Fixtures;
import org.statcommons.support.Visitor;

/**
 * Decisions benchmark (not a test): a decision with 5,000 eligible voters, votes cast and tallies read through the
 * JSON API with personal access tokens, as a person's script would; and instant runoff counts of 10,000 ranked ballots
 * over 12 candidates. The members and the votes not measured are written by SQL (5,000 sign-ups would measure password
 * hashing). Goals: a vote p95 under 20 ms, the live tally p95 under 50 ms, a count of 10,000 ballots under 1 s. Run with
 * {@code bench/decisions.sh}.
 */
public final class DecisionBenchmark {

    private static final int ELIGIBLE = 5_000;
    private static final int MEASURED_VOTERS = 400;
    // enough first votes for the JIT to compile the vote's path before it is measured (50 left the first row warming)
    private static final int WARM_UP_VOTERS = 200;
    private static final int TALLY_READS = 300;
    private static final int BALLOTS = 10_000;
    private static final int CANDIDATES = 12;

    private static final List<String[]> ROWS = new ArrayList<>();

    private DecisionBenchmark() {}

    public static void main(String[] args) throws Exception {
        try (BenchServer server = BenchServer.start("decisions", args, "statcommons.db.embedded-fsync=false")) {
            run(server.app());
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "| %-78s | %-40s |%n", "Measure", "Result");
        System.out.println("|" + "-".repeat(80) + "|" + "-".repeat(42) + "|");
        for (String[] row : ROWS) {
            System.out.printf(Locale.ROOT, "| %-78s | %-40s |%n", row[0], row[1]);
        }
    }

    private static void run(ConfigurableApplicationContext app) {
        JdbcClient db = app.getBean(JdbcClient.class);
        Fixtures fixtures = Fixtures.of(app);
        row(
                "Machine",
                Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version"));
        long owner = NotificationBenchmark.seedAccounts(db, "owner", 1).get(0);
        String slug = "bench-decisions-" + System.nanoTime();
        long communityId = db.sql("insert into community.communities (slug, name, purpose, join_policy, created_by) "
                        + "values (?, 'Bench decisions', 'Benchmark', 'BY_REQUEST', ?) returning id")
                .params(slug, owner)
                .query(Long.class)
                .single();
        List<Long> members = NotificationBenchmark.seedAccounts(db, "voter", ELIGIBLE);
        db.sql(
                        "insert into community.memberships (community_id, account_id, role, conduct_version, conduct_accepted_at) "
                                + "select ?, unnest(?::bigint[]), 'MEMBER', 1, now()")
                .params(communityId, members.toArray(Long[]::new))
                .update();
        Decisions decisions = app.getBean(Decisions.class);
        long consent = decisions.propose(
                communityId, owner, "Bench Owner", decision(DecisionKind.CONSENT, List.of()), members, null);
        List<String> candidates = new ArrayList<>();
        for (int c = 0; c < CANDIDATES; c++) {
            candidates.add("Candidate " + (c + 1));
        }
        long ranked = decisions.propose(
                communityId, owner, "Bench Owner", decision(DecisionKind.RANKED, candidates), members, null);

        // the voters measured vote through the API; everyone else's vote is written by SQL
        List<Account> measured =
                app.getBean(Accounts.class).byIds(members.subList(0, MEASURED_VOTERS + WARM_UP_VOTERS));
        List<Visitor> scripts = new ArrayList<>();
        for (Account account : measured) {
            scripts.add(fixtures.bearer(fixtures.token(account)));
        }
        List<Long> others = members.subList(MEASURED_VOTERS + WARM_UP_VOTERS, ELIGIBLE);
        db.sql("""
                        insert into decisions.votes (decision_id, account_id, voter_name, choice, reason, cast_at)
                        select ?, a, 'Bench voter', (array['AGREE','ABSTAIN','DISAGREE'])[1 + a % 3], 'Seeded', now()
                        from unnest(?::bigint[]) a""").params(consent, others.toArray(Long[]::new)).update();
        db.sql("""
                        insert into decisions.votes (decision_id, account_id, voter_name, ballot, cast_at)
                        select ?, a, 'Bench voter',
                               (select array_agg(c order by random()) from generate_series(0, ?) c), now()
                        from unnest(?::bigint[]) a""").params(ranked, CANDIDATES - 1, others.toArray(Long[]::new)).update();

        String base = "/api/v1/communities/" + slug + "/decisions/";
        for (int i = 0; i < WARM_UP_VOTERS; i++) {
            expect(scripts.get(MEASURED_VOTERS + i).api("PUT", base + consent + "/vote", "{\"choice\":\"AGREE\"}"));
            expect(scripts.get(MEASURED_VOTERS + i).api("GET", base + consent + "/tally", null));
            expect(scripts.get(MEASURED_VOTERS + i)
                    .api("PUT", base + ranked + "/vote", "{\"ranking\":[" + i % CANDIDATES + "]}"));
        }
        List<Long> votes = new ArrayList<>();
        for (int i = 0; i < MEASURED_VOTERS; i++) {
            long start = System.nanoTime();
            expect(scripts.get(i).api("PUT", base + consent + "/vote", "{\"choice\":\"AGREE\",\"reason\":\"Fine\"}"));
            votes.add(System.nanoTime() - start);
        }
        row(
                "Consent, " + ELIGIBLE + " eligible: cast a vote (PUT …/vote, " + MEASURED_VOTERS + " voters)",
                percentiles(votes) + " (goal p95 < 20 ms)");
        List<Long> changes = new ArrayList<>();
        for (int i = 0; i < MEASURED_VOTERS; i++) {
            long start = System.nanoTime();
            expect(scripts.get(i).api("PUT", base + consent + "/vote", "{\"choice\":\"ABSTAIN\"}"));
            changes.add(System.nanoTime() - start);
        }
        row("Consent: change a vote", percentiles(changes));
        List<Long> tallies = new ArrayList<>();
        for (int i = 0; i < TALLY_READS; i++) {
            long start = System.nanoTime();
            expect(scripts.get(i % MEASURED_VOTERS).api("GET", base + consent + "/tally", null));
            tallies.add(System.nanoTime() - start);
        }
        row(
                "Consent: live tally of " + ELIGIBLE + " votes (GET …/tally)",
                percentiles(tallies) + " (goal p95 < 50 ms)");

        Random random = new Random(5);
        List<Long> rankedVotes = new ArrayList<>();
        for (int i = 0; i < MEASURED_VOTERS; i++) {
            List<Integer> order = new ArrayList<>();
            for (int c = 0; c < CANDIDATES; c++) {
                order.add(c);
            }
            Collections.shuffle(order, random);
            String ranking = order.subList(0, 1 + random.nextInt(CANDIDATES)).toString();
            long start = System.nanoTime();
            expect(scripts.get(i).api("PUT", base + ranked + "/vote", "{\"ranking\":" + ranking + "}"));
            rankedVotes.add(System.nanoTime() - start);
        }
        row("Ranked choice, 12 candidates: cast a ranked ballot", percentiles(rankedVotes) + " (goal p95 < 20 ms)");
        List<Long> rankedTallies = new ArrayList<>();
        for (int i = 0; i < TALLY_READS; i++) {
            long start = System.nanoTime();
            expect(scripts.get(i % MEASURED_VOTERS).api("GET", base + ranked + "/tally", null));
            rankedTallies.add(System.nanoTime() - start);
        }
        row(
                "Ranked choice: live tally, instant runoff of " + ELIGIBLE + " ballots",
                percentiles(rankedTallies) + " (goal p95 < 50 ms)");

        List<int[]> ballots = new ArrayList<>();
        for (int b = 0; b < BALLOTS; b++) {
            List<Integer> order = new ArrayList<>();
            for (int c = 0; c < CANDIDATES; c++) {
                order.add(c);
            }
            Collections.shuffle(order, random);
            ballots.add(order.subList(0, 1 + random.nextInt(CANDIDATES)).stream()
                    .mapToInt(Integer::intValue)
                    .toArray());
        }
        for (int warm = 0; warm < 5; warm++) {
            InstantRunoff.count(ballots, CANDIDATES, warm);
        }
        List<Long> counts = new ArrayList<>();
        int rounds = 0;
        for (int run = 0; run < 20; run++) {
            long start = System.nanoTime();
            rounds = InstantRunoff.count(ballots, CANDIDATES, run).rounds().size();
            counts.add(System.nanoTime() - start);
        }
        row(
                "Instant runoff: " + BALLOTS + " ballots, " + CANDIDATES + " candidates (" + rounds
                        + " rounds, 20 runs)",
                percentiles(counts) + " (goal < 1 s)");
    }

    private static NewDecision decision(DecisionKind kind, List<String> options) {
        return new NewDecision(
                "Bench " + kind,
                "A decision with many voters.",
                kind,
                Instant.now().plus(Duration.ofDays(30)),
                DecisionVisibility.MEMBERS,
                TallyShown.AFTER_VOTING,
                new Quorum(0),
                Majority.SIMPLE,
                5,
                1,
                options,
                null,
                null);
    }

    private static void expect(Visitor.Page page) {
        if (page.status() != 200) {
            throw new IllegalStateException(page.status() + " " + page.body());
        }
    }

    private static String percentiles(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format(
                Locale.ROOT,
                "p50 %.1f ms, p95 %.1f ms, max %.1f ms",
                sorted.get(sorted.size() / 2) / 1e6,
                sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1e6,
                sorted.get(sorted.size() - 1) / 1e6);
    }

    private static void row(String measure, String result) {
        ROWS.add(new String[] {measure, result});
        System.out.println(measure + ": " + result);
    }
}
