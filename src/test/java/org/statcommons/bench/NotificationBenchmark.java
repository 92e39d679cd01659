package org.statcommons.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.statcommons.platform.activity.Activity;
import org.statcommons.platform.activity.ActivityKind;
import org.statcommons.platform.activity.Audience;
import org.statcommons.platform.activity.Subject;
import org.statcommons.platform.activity.Visibility;

/**
 * Notifications benchmark (not a test). The members are written straight into the database by SQL (creating
 * 15,000 accounts through invitations would hash 15,000 passwords and measure something else); everything
 * measured goes through the application: activities published in a transaction as a feature does, delivered
 * by the notifications listener, digests built by the digest run into the outbox. There is no SMTP relay,
 * so the outbox holds the messages (its sender works at the same time, as it would in production).
 * Run with {@code bench/notifications.sh}.
 */
public final class NotificationBenchmark {

    private static final int DIGEST_MEMBERS = 10_000;
    private static final int DIGEST_ACTIVITIES = 5;
    private static final int FAN_OUT_MEMBERS = 5_000;

    private static final List<String[]> ROWS = new ArrayList<>();

    private NotificationBenchmark() {}

    public static void main(String[] args) throws Exception {
        try (BenchServer server = BenchServer.start("notifications", args, "statcommons.db.embedded-fsync=false")) {
            run(server.app());
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "| %-76s | %-44s |%n", "Measure", "Result");
        System.out.println("|" + "-".repeat(78) + "|" + "-".repeat(46) + "|");
        for (String[] row : ROWS) {
            System.out.printf(Locale.ROOT, "| %-76s | %-44s |%n", row[0], row[1]);
        }
    }

    private static void run(ConfigurableApplicationContext app) throws Exception {
        JdbcClient db = app.getBean(JdbcClient.class);
        row(
                "Machine",
                Runtime.getRuntime().availableProcessors() + " cores, max heap "
                        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB, Java "
                        + System.getProperty("java.version"));

        // 1. daily digest for 10,000 members, 50,000 notices
        long actor = seedAccounts(db, "actor", 1).get(0);
        long digestCommunity = seedCommunity(db, "digest", actor);
        List<Long> readers = seedAccounts(db, "reader", DIGEST_MEMBERS);
        seedMembers(db, digestCommunity, readers);
        seedMembers(db, digestCommunity, List.of(actor));
        ActivityKind[] kinds = {
            ActivityKind.DISCUSSION_STARTED,
            ActivityKind.PAGE_PUBLISHED,
            ActivityKind.MEETING_INVITATION,
            ActivityKind.NEWSLETTER_SENT,
            ActivityKind.PAGE_CHANGED
        };
        long fanStart = System.nanoTime();
        for (int i = 0; i < DIGEST_ACTIVITIES; i++) {
            publish(app, digestCommunity, actor, kinds[i], "News number " + (i + 1) + " of the week", i);
        }
        long expected = (long) DIGEST_MEMBERS * DIGEST_ACTIVITIES;
        awaitCount(db, "select count(*) from notifications.notices where community_id = " + digestCommunity, expected);
        row(
                "Seed: " + DIGEST_ACTIVITIES + " activities to every member of a community of " + DIGEST_MEMBERS,
                String.format(Locale.ROOT, "%d notices in %.1f s", expected, seconds(fanStart)));

        // the digest run is the feature's own (package-private) service: reached by reflection from this bench package
        Object digests = app.getBean(Class.forName("org.statcommons.notifications.Digests"));
        java.lang.reflect.Method runMethod = digests.getClass()
                .getDeclaredMethod("run", Class.forName("org.statcommons.notifications.Digests$Period"), Instant.class);
        runMethod.setAccessible(true);
        Object daily = Enum.valueOf(periodClass(), "DAILY");
        long outboxBefore =
                db.sql("select count(*) from mail.outbox").query(Long.class).single();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(heapBefore);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        long cpuBefore = cpuNanos();
        long start = System.nanoTime();
        Object result = runMethod.invoke(digests, daily, Instant.parse("2030-01-01T06:00:00Z"));
        double elapsed = seconds(start);
        double cpu = (cpuNanos() - cpuBefore) / 1e9;
        sampler.interrupt();
        sampler.join();
        System.gc();
        long heapAfter = memory.getHeapMemoryUsage().getUsed();
        long queued =
                db.sql("select count(*) from mail.outbox").query(Long.class).single() - outboxBefore;
        row(
                "Daily digest run: " + DIGEST_MEMBERS + " members, " + expected + " notices",
                String.format(Locale.ROOT, "%.1f s (goal < 60 s)", elapsed));
        row("  result of the run", result.toString().replace("Run", ""));
        row("  e-mails queued in the outbox", Long.toString(queued));
        row(
                "  java CPU time during the run (all threads, outbox sender included)",
                String.format(Locale.ROOT, "%.1f s", cpu));
        row(
                "  heap used before / after (after GC) / peak sampled every 20 ms",
                mib(heapBefore) + " / " + mib(heapAfter) + " / " + mib(peak.get()));
        row(
                "  average digest size (text part)",
                db.sql("select avg(length(text_body))::int || ' characters' from mail.outbox "
                                + "where subject like 'Your daily%'")
                        .query(String.class)
                        .single());
        long again = System.nanoTime();
        Object second = runMethod.invoke(digests, daily, Instant.parse("2030-01-01T06:00:00Z"));
        row(
                "Same slot again (another server, a restart): nothing sent",
                String.format(
                        Locale.ROOT,
                        "%.2f s, %s",
                        seconds(again),
                        second.toString().replace("Run", "")));

        // 2. fan-out of one post to a community of 5,000 members
        long fanCommunity = seedCommunity(db, "fanout", actor);
        List<Long> fanMembers = seedAccounts(db, "member", FAN_OUT_MEMBERS);
        seedMembers(db, fanCommunity, fanMembers);
        seedMembers(db, fanCommunity, List.of(actor));
        for (int warm = 0; warm < 3; warm++) {
            publish(app, fanCommunity, actor, ActivityKind.DISCUSSION_STARTED, "Warm-up " + warm, 100 + warm);
            awaitCount(
                    db,
                    "select count(*) from notifications.notices where community_id = " + fanCommunity,
                    (long) FAN_OUT_MEMBERS * (warm + 1));
        }
        long already = (long) FAN_OUT_MEMBERS * 3;
        long t0 = System.nanoTime();
        publish(app, fanCommunity, actor, ActivityKind.DISCUSSION_STARTED, "A post to everyone (daily digest)", 200);
        awaitCount(
                db,
                "select count(*) from notifications.notices where community_id = " + fanCommunity,
                already + FAN_OUT_MEMBERS);
        row(
                "Fan-out, " + FAN_OUT_MEMBERS + " members on a digest: commit to all notices stored",
                String.format(Locale.ROOT, "%.0f ms", (System.nanoTime() - t0) / 1e6));

        db.sql("insert into notifications.people (account_id, default_choice) select unnest(?::bigint[]), 'IMMEDIATE' "
                        + "on conflict (account_id) do update set default_choice = 'IMMEDIATE'")
                .param(fanMembers.toArray(Long[]::new))
                .update();
        long outboxNow =
                db.sql("select count(*) from mail.outbox").query(Long.class).single();
        long t1 = System.nanoTime();
        publish(app, fanCommunity, actor, ActivityKind.DISCUSSION_STARTED, "A post to everyone (immediately)", 201);
        awaitCount(
                db,
                "select count(*) from notifications.notices where community_id = " + fanCommunity,
                already + 2L * FAN_OUT_MEMBERS);
        double withMail = (System.nanoTime() - t1) / 1e6;
        long rows = db.sql("select count(*) from mail.outbox").query(Long.class).single() - outboxNow;
        row(
                "Fan-out, " + FAN_OUT_MEMBERS + " members choosing immediately: commit to notices + outbox rows",
                String.format(Locale.ROOT, "%.0f ms, %d outbox rows", withMail, rows));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Class<Enum> periodClass() throws ClassNotFoundException {
        return (Class<Enum>) Class.forName("org.statcommons.notifications.Digests$Period");
    }

    private static void publish(
            ConfigurableApplicationContext app,
            long communityId,
            long actor,
            ActivityKind kind,
            String title,
            int item) {
        ApplicationEventPublisher events = app;
        app.getBean(TransactionTemplate.class)
                .executeWithoutResult(status -> events.publishEvent(Activity.of(kind, communityId, Instant.now())
                        .by(actor, "Bench Actor")
                        .title(title)
                        .excerpt("A few words about " + title.toLowerCase(Locale.ROOT) + ".")
                        .link("/c/bench/discussions/" + item)
                        .visibleTo(Visibility.MEMBERS)
                        .about(Subject.of("thread", item))
                        .tell(Audience.everyMember())
                        .build()));
    }

    private static void awaitCount(JdbcClient db, String sql, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (db.sql(sql).query(Long.class).single() < expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Timed out waiting for " + expected + ": " + sql);
            }
            Thread.sleep(10);
        }
    }

    /** Accounts written by SQL (signing up thousands would measure password hashing); also for other benchmarks. */
    static List<Long> seedAccounts(JdbcClient db, String prefix, int count) {
        return db.sql("""
                        insert into identity.accounts (email, email_verified, display_name, organisation, organisation_kind, country)
                        select ? || n || '.' || extract(epoch from clock_timestamp())::bigint || '@bench.example.org', true,
                               'Bench ' || ? || ' ' || n, 'Organisation ' || (n % 120), 'NATIONAL_STATISTICAL_OFFICE', 'FJ'
                          from generate_series(1, ?) n
                        returning id""").params(prefix, prefix, count).query(Long.class).list();
    }

    private static long seedCommunity(JdbcClient db, String slug, long createdBy) {
        return db.sql("insert into community.communities (slug, name, purpose, join_policy, created_by) "
                        + "values (?, ?, 'Benchmark', 'BY_REQUEST', ?) returning id")
                .params("bench-" + slug, "Bench " + slug, createdBy)
                .query(Long.class)
                .single();
    }

    private static void seedMembers(JdbcClient db, long communityId, List<Long> accounts) {
        db.sql(
                        "insert into community.memberships (community_id, account_id, role, conduct_version, conduct_accepted_at) "
                                + "select ?, unnest(?::bigint[]), 'MEMBER', 1, now()")
                .params(communityId, accounts.toArray(Long[]::new))
                .update();
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void row(String measure, String result) {
        ROWS.add(new String[] {measure, result});
        System.out.println(measure + ": " + result);
    }

    private static String mib(long bytes) {
        return bytes / (1024 * 1024) + " MiB";
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
