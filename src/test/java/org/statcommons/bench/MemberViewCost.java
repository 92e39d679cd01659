package org.statcommons.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.util.HtmlUtils;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.JoinPolicy;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.Visitor;

/**
 * What one member's page view costs, measured so that other work on a shared machine does not change the figure:
 * the CPU time of the server's request threads and of PostgreSQL's processes per view, and the SQL statements and
 * round trips to PostgreSQL of one view (counted from the JDBC driver's own log, by the application's caller);
 * then what a page save holds the space's lock for, alone and with eight members saving pages of one space at
 * once. A fixed number of requests rather than a fixed time, over few connections: the figures are per request.
 * Run with {@code bench/member-view-cost.sh [views]}; results in bench/RESULTS-signed-in.md.
 */
public final class MemberViewCost {

    private static final int MEMBERS = 16;
    private static final int PAGES = 50;
    private static final int CONNECTIONS = 4;
    private static final String[] BROWSER = {
        "User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
    };
    private static final Pattern BASE_COMMIT = Pattern.compile("name=\"baseCommit\"[^>]*value=\"([0-9a-f]+)\"");
    private static final Pattern FORM_TEXT =
            Pattern.compile("<textarea id=\"body\"[^>]*>(.*?)</textarea>", Pattern.DOTALL);

    private MemberViewCost() {}

    public static void main(String[] args) throws Exception {
        int views = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
        try (BenchServer server = BenchServer.start(
                "member-view-cost",
                args.length > 1 ? Arrays.copyOfRange(args, 1, args.length) : new String[0],
                "statcommons.moderation.new-account-age=PT0S",
                "statcommons.moderation.new-account-posts=0",
                "statcommons.moderation.posts-per-minute=100000",
                "statcommons.moderation.posts-per-hour=100000",
                "statcommons.moderation.saves-per-minute=100000",
                "statcommons.moderation.saves-per-hour=100000")) {
            run(server.app(), views, server.dataDir());
        }
    }

    private static void run(ConfigurableApplicationContext app, int views, Path dataDir) throws Exception {
        Fixtures fixtures = Fixtures.of(app);
        Path postmaster = dataDir.resolve("postgres/postmaster.pid");
        Account founder = fixtures.account("Cost Founder", "FJ", "INTERNATIONAL", PlatformRole.SECRETARIAT);
        Community community = fixtures.community("View cost bench", JoinPolicy.OPEN, founder);
        String slug = community.slug();
        Visitor author = fixtures.signedIn(founder);
        author.submitNoFollow(
                "/c/" + slug + "/edit",
                "/c/" + slug + "/edit",
                Map.of(
                        "name", community.name(),
                        "purpose", "Testing",
                        "description", "",
                        "joinPolicy", "OPEN",
                        "membersEditDirectly", "true"));
        for (int page = 0; page < PAGES; page++) {
            fixtures.page(
                    author, community, SignedInBenchmark.path(page), "Guideline " + page, SignedInBenchmark.body(page));
        }
        List<Visitor> members = new ArrayList<>();
        List<String> csrf = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            Visitor member = fixtures.signedIn(fixtures.member(community, "Cost Member " + i, CommunityRole.MEMBER));
            members.add(member);
            csrf.add(member.csrfToken());
        }
        // comments on a third of the pages, as in the signed-in benchmark's mixed load: their authors see their own
        for (int i = 0; i < 40; i++) {
            Visitor.Page comment = members.get(i % MEMBERS)
                    .postNoFollow(
                            "/c/" + slug + "/page-comments/" + SignedInBenchmark.path((i * 7) % (PAGES / 3)),
                            Map.of("_csrf", csrf.get(i % MEMBERS), "body", "A comment of member " + i + "."));
            if (comment.status() != 302) {
                throw new IllegalStateException("comment: " + comment.status());
            }
        }
        Runnable view = () -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            Visitor.Page page = members.get(random.nextInt(MEMBERS))
                    .getNoFollow("/c/" + slug + "/space/" + SignedInBenchmark.path(random.nextInt(PAGES)), BROWSER);
            if (page.status() != 200) {
                throw new IllegalStateException("view: " + page.status());
            }
        };
        // warm up: the JIT, and every page seen once so that the views measured are remembered ones
        times(view, Math.max(2000, views / 2), CONNECTIONS);

        Statements statements = Statements.start();
        int counted = 200;
        times(view, counted, 1);
        statements.stop();
        System.out.println();
        System.out.printf(Locale.ROOT, "load average at the start of the measured views: %s%n", loadAverage());
        System.out.printf(
                Locale.ROOT,
                "SQL per member's page view: %.2f statements, %.2f round trips (Sync), over %d views%n",
                statements.executes.sum() / (double) counted,
                statements.syncs.sum() / (double) counted,
                counted);
        new TreeMap<>(statements.byCaller)
                .forEach((caller, n) ->
                        System.out.printf(Locale.ROOT, "  %6.2f  %s%n", n.get() / (double) counted, caller));

        String jfr = System.getProperty("bench.jfr", "");
        jdk.jfr.Recording recording =
                jfr.isEmpty() ? null : new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
        if (recording != null) {
            recording.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(1));
            recording.start();
        }
        long[] before = cpu(postmaster);
        long wall = System.nanoTime();
        times(view, views, CONNECTIONS);
        long[] after = cpu(postmaster);
        double seconds = (System.nanoTime() - wall) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "CPU per member's page view over %d views (%d connections, %.1f s, %.0f/s here): request threads"
                        + " %.3f ms, other server threads %.3f ms, PostgreSQL %.3f ms; total %.3f ms%n",
                views,
                CONNECTIONS,
                seconds,
                views / seconds,
                (after[0] - before[0]) / 1e6 / views,
                (after[1] - before[1]) / 1e6 / views,
                (after[2] - before[2]) / 1e6 / views,
                (after[0] - before[0] + after[1] - before[1] + after[2] - before[2]) / 1e6 / views);
        System.out.printf(Locale.ROOT, "load average at the end: %s%n", loadAverage());
        if (recording != null) {
            recording.stop();
            recording.dump(Path.of(jfr));
            recording.close();
        }

        // saves: one member alone, then eight members at once, each its own page of the one space
        Saver alone = new Saver(slug, members.get(0), csrf.get(0), 0);
        times(alone::save, 20, 1);
        LongAdder aloneNanos = new LongAdder();
        int aloneSaves = 40;
        times(() -> aloneNanos.add(alone.save()), aloneSaves, 1);
        System.out.printf(
                Locale.ROOT,
                "page save alone: %.1f ms per save (the POST), over %d saves%n",
                aloneNanos.sum() / 1e6 / aloneSaves,
                aloneSaves);
        List<Saver> savers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            savers.add(new Saver(slug, members.get(i), csrf.get(i), i + 1));
        }
        List<Long> concurrent = java.util.Collections.synchronizedList(new ArrayList<>());
        // each thread saves as one member, its own page: saves of one page by one member at once would conflict
        AtomicInteger next = new AtomicInteger();
        ThreadLocal<Saver> own = ThreadLocal.withInitial(() -> savers.get(next.getAndIncrement()));
        int concurrentSaves = 160;
        long started = System.nanoTime();
        times(() -> concurrent.add(own.get().save()), concurrentSaves, 8);
        double saveSeconds = (System.nanoTime() - started) / 1e9;
        long[] sorted = concurrent.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(
                Locale.ROOT,
                "page saves, 8 members at once in one space: %d saves in %.1f s (%.1f/s, %.1f ms of the space per"
                        + " save), p50 %.1f ms, p95 %.1f ms%n",
                concurrentSaves,
                saveSeconds,
                concurrentSaves / saveSeconds,
                saveSeconds * 1000 / concurrentSaves,
                sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.95)] / 1e6);
        LockHeld.print(app);
    }

    /** A member saving their own page again and again, from the edit form as a browser would. */
    private record Saver(String slug, Visitor member, String csrf, int page) {

        long save() {
            String path = SignedInBenchmark.path(page);
            Visitor.Page form = member.getNoFollow("/c/" + slug + "/space/-/edit/" + path, BROWSER);
            Matcher base = BASE_COMMIT.matcher(form.body());
            Matcher text = FORM_TEXT.matcher(form.body());
            if (!base.find() || !text.find()) {
                throw new IllegalStateException("edit form: " + form.status());
            }
            String body = HtmlUtils.htmlUnescape(text.group(1))
                    .replaceFirst("^\\n", "")
                    .replaceFirst("(?m)^Revision \\d+\\.\\n\\n", "");
            long start = System.nanoTime();
            Visitor.Page saved = member.postNoFollow(
                    "/c/" + slug + "/space/-/edit/" + path,
                    Map.of(
                            "_csrf",
                            csrf,
                            "path",
                            path,
                            "title",
                            "Guideline " + page,
                            "body",
                            "Revision " + ThreadLocalRandom.current().nextInt(1_000_000) + ".\n\n" + body,
                            "baseCommit",
                            base.group(1),
                            "summary",
                            "cost"));
            long took = System.nanoTime() - start;
            if (saved.status() != 302) {
                throw new IllegalStateException("save: " + saved.status());
            }
            return took;
        }
    }

    /** The space lock's hold times, when the application measures them (a Micrometer timer). */
    private static final class LockHeld {
        static void print(ConfigurableApplicationContext app) {
            try {
                var registry = app.getBean(io.micrometer.core.instrument.MeterRegistry.class);
                var timers = registry.find("statcommons.space.lock.held").timers();
                if (timers.isEmpty()) {
                    System.out.println("space lock held: not measured by this version");
                }
                for (var timer : timers) {
                    System.out.printf(
                            Locale.ROOT,
                            "space lock held (%s): %d times, mean %.2f ms, max %.2f ms%n",
                            timer.getId().getTag("outcome") == null
                                    ? "all"
                                    : timer.getId().getTag("outcome"),
                            timer.count(),
                            timer.mean(java.util.concurrent.TimeUnit.MILLISECONDS),
                            timer.max(java.util.concurrent.TimeUnit.MILLISECONDS));
                }
            } catch (RuntimeException none) {
                System.out.println("space lock held: no meter registry");
            }
        }
    }

    /** Runs the request {@code count} times over this many threads. */
    private static void times(Runnable request, int count, int threads) throws Exception {
        AtomicInteger left = new AtomicInteger(count);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                running.add(pool.submit(() -> {
                    while (left.getAndDecrement() > 0) {
                        request.run();
                    }
                    return null;
                }));
            }
            for (Future<?> thread : running) {
                thread.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static String loadAverage() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).strip();
    }

    /**
     * CPU time so far, in nanoseconds: the server's request threads ({@code http-nio-…}), the server's other Java
     * threads (not this benchmark's client: its pool and the HTTP client's threads), and PostgreSQL's processes.
     */
    private static long[] cpu(Path postmasterPid) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long requests = 0;
        long other = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            String name = info.getThreadName();
            long time = Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            // threads that end between two readings make this figure a little low (never the request threads)
            if (name.startsWith("http-nio")) {
                requests += time;
            } else if (!name.startsWith("pool-") && !name.startsWith("HttpClient") && !name.equals("main")) {
                other += time;
            }
        }
        String postmaster = Files.readAllLines(postmasterPid).get(0).strip();
        long ticks = 0;
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.toList()) {
                if (!process.getFileName().toString().matches("\\d+")) {
                    continue;
                }
                String stat;
                try {
                    stat = Files.readString(process.resolve("stat"));
                } catch (java.io.IOException gone) {
                    continue;
                }
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                if (process.getFileName().toString().equals(postmaster) || fields[1].equals(postmaster)) {
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                }
            }
        }
        return new long[] {requests, other, ticks * 10_000_000L};
    }

    /**
     * The statements the JDBC driver sends, counted from its own log (level FINEST of its query executor): every
     * {@code Execute} message is a statement, every {@code Sync} a round trip; each statement is named by the
     * first frame of the application that asked for it.
     */
    private static final class Statements extends Handler {

        private static final Logger DRIVER = Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");
        final LongAdder executes = new LongAdder();
        final LongAdder syncs = new LongAdder();
        final Map<String, AtomicInteger> byCaller = new ConcurrentHashMap<>();
        private Level level;
        private boolean parents;

        static Statements start() {
            Statements statements = new Statements();
            statements.level = DRIVER.getLevel();
            statements.parents = DRIVER.getUseParentHandlers();
            statements.setLevel(Level.ALL);
            DRIVER.setUseParentHandlers(false);
            DRIVER.addHandler(statements);
            DRIVER.setLevel(Level.FINEST);
            return statements;
        }

        void stop() {
            DRIVER.setLevel(level);
            DRIVER.removeHandler(this);
            DRIVER.setUseParentHandlers(parents);
        }

        @Override
        public void publish(LogRecord record) {
            String message = record.getMessage();
            if (message == null) {
                return;
            }
            if (message.contains("FE=> Execute")) {
                executes.increment();
                byCaller.computeIfAbsent(caller(), any -> new AtomicInteger()).incrementAndGet();
            } else if (message.contains("FE=> Sync")) {
                syncs.increment();
            }
        }

        private static String caller() {
            return StackWalker.getInstance()
                    .walk(frames -> frames.filter(frame -> frame.getClassName().startsWith("org.statcommons")
                                            && !frame.getClassName().startsWith("org.statcommons.bench")
                                    || frame.getClassName().startsWith("org.springframework.session"))
                            .findFirst()
                            .map(frame ->
                                    frame.getClassName().replace("org.statcommons.", "") + "." + frame.getMethodName())
                            .orElse("?"));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
