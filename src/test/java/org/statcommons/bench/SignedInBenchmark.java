package org.statcommons.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
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
 * Signed-in benchmark (not a test): 150 members of one community, each signed in through the form with its own
 * session, read and write over 16 connections, next to anonymous readers of a published page over the same 16
 * connections. Three runs of the same length: the published page (anonymous), a member's page view alone, then
 * the mixed load (page views, page saves through the edit form, page comments, discussion replies, searches).
 * Then the same mixed load at a person's pace ({@link #paced}): each member acts about every two seconds, whatever
 * the answers' times. Prints a table of requests per second and latencies, and each against the published page. Run with
 * {@code bench/signed-in.sh}; results in bench/RESULTS-signed-in.md.
 */
public final class SignedInBenchmark {

    private static final int MEMBERS = 150;
    private static final int PAGES = 50;
    private static final int CONNECTIONS = 16;
    /** The paced run: each member's mean time between two actions, in seconds (Poisson arrivals). */
    private static final double PACE = 2.0;
    /** Pages count views only from browsers used by people: the members' requests say they come from one. */
    private static final String[] BROWSER = {
        "User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
    };

    private static final Pattern BASE_COMMIT = Pattern.compile("name=\"baseCommit\"[^>]*value=\"([0-9a-f]+)\"");
    private static final Pattern FORM_TEXT =
            Pattern.compile("<textarea id=\"body\"[^>]*>(.*?)</textarea>", Pattern.DOTALL);
    private static final IntFunction<Pattern> OWN_NOTE =
            index -> Pattern.compile("Note of member " + index + "(, revised \\d+)?\\.");

    private SignedInBenchmark() {}

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 15;
        try (BenchServer server = BenchServer.start(
                "signed-in",
                args.length > 1 ? Arrays.copyOfRange(args, 1, args.length) : new String[0],
                // members here are minutes old and save and post often: the posting limits of new
                // accounts would refuse them, and they are not what is measured
                "statcommons.moderation.new-account-age=PT0S",
                "statcommons.moderation.new-account-posts=0",
                "statcommons.moderation.posts-per-minute=100000",
                "statcommons.moderation.posts-per-hour=100000",
                "statcommons.moderation.saves-per-minute=100000",
                "statcommons.moderation.saves-per-hour=100000")) {
            run(server.app(), seconds, server.dataDir());
        }
    }

    private static void run(ConfigurableApplicationContext app, double seconds, Path dataDir) throws Exception {
        Fixtures fixtures = Fixtures.of(app);
        Cpu cpu = new Cpu(dataDir.resolve("postgres/postmaster.pid"));
        Account founder = fixtures.account("Bench Founder", "FJ", "INTERNATIONAL", PlatformRole.SECRETARIAT);
        Community community = fixtures.community("Signed in bench", JoinPolicy.OPEN, founder);
        String slug = community.slug();
        Visitor author = fixtures.signedIn(founder);
        // the members edit pages themselves, as in a working group that trusts them (no proposals)
        Visitor.Page settings = author.submitNoFollow(
                "/c/" + slug + "/edit",
                "/c/" + slug + "/edit",
                Map.of(
                        "name", community.name(),
                        "purpose", "Testing Signed in bench",
                        "description", "",
                        "joinPolicy", "OPEN",
                        "membersEditDirectly", "true"));
        if (settings.status() != 302) {
            throw new IllegalStateException("settings: " + settings.status());
        }
        long setup = System.nanoTime();
        for (int page = 0; page < PAGES; page++) {
            Visitor.Page made = fixtures.page(author, community, path(page), "Guideline " + page, body(page));
            if (made.status() != 200) {
                throw new IllegalStateException("page " + page + ": " + made.status());
            }
        }
        Visitor.Page published = author.submitNoFollow(
                "/c/" + slug + "/space/" + path(0), "/c/" + slug + "/space/-/publish/" + path(0), Map.of());
        if (published.status() != 302) {
            throw new IllegalStateException("publishing: " + published.status());
        }
        Visitor.Page discussion = author.submitNoFollow(
                "/c/" + slug + "/discussions/new",
                "/c/" + slug + "/discussions",
                Map.of("topic", "", "title", "Linking registers", "body", "How do you link the registers?"));
        String discussionPath = discussion.location().replaceFirst("^https?://[^/]+", "");
        // accounts made and signed in on several threads: each hashes a password, which takes a while
        ExecutorService signIns = Executors.newFixedThreadPool(4);
        List<Future<Member>> signedIn = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            int index = i;
            signedIn.add(signIns.submit(() -> {
                Account account = fixtures.member(community, "Bench Member " + index, CommunityRole.MEMBER);
                Visitor visitor = fixtures.signedIn(account);
                return new Member(index, visitor, visitor.csrfToken());
            }));
        }
        List<Member> members = new ArrayList<>();
        for (Future<Member> member : signedIn) {
            members.add(member.get());
        }
        signIns.shutdown();
        System.out.printf(
                Locale.ROOT,
                "set up %d pages and %d signed-in members in %.1f s%n",
                PAGES,
                MEMBERS,
                (System.nanoTime() - setup) / 1e9);

        String publishedPage = "/c/" + slug + "/p/" + path(0);
        List<Visitor> readers = new ArrayList<>();
        for (int i = 0; i < CONNECTIONS; i++) {
            readers.add(fixtures.anonymous());
        }
        Scenario publishedRun = (random, times) -> times.time(
                "published page, anonymous",
                () -> readers.get(random.nextInt(readers.size())).getNoFollow(publishedPage, BROWSER));
        Scenario viewRun = (random, times) -> {
            Member member = members.get(random.nextInt(members.size()));
            times.time("member's page view", () -> member.visitor.getNoFollow(memberPage(slug, random), BROWSER));
        };
        Scenario mixedRun = (random, times) -> mixed(members, slug, discussionPath, random, times);

        double warmup = Math.min(5, seconds);
        boolean byKind = Boolean.getBoolean("bench.kinds");
        if (!byKind) {
            load(publishedRun, warmup, cpu);
            load(viewRun, warmup, cpu);
        }
        load(mixedRun, warmup, cpu);
        Times publishedTimes = byKind ? null : load(publishedRun, seconds, cpu);
        // a profile of the members' runs only (not of the set-up, which hashes passwords), when asked for
        String jfr = System.getProperty("bench.jfr", "");
        Recording recording = jfr.isEmpty() ? null : new Recording(Configuration.getConfiguration("profile"));
        if (recording != null && Boolean.getBoolean("bench.jfr.sockets")) {
            // every read from PostgreSQL's socket, however short: each is a round trip a request waited for. Only
            // when asked: a stack trace per read costs the request threads several times their own work.
            recording.enable("jdk.SocketRead").withThreshold(Duration.ZERO).withStackTrace();
        }
        if (recording != null) {
            // a sample every millisecond rather than every 10 or 20: the profile sees only a few threads each time
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(1));
            recording.start();
        }
        if (byKind) {
            kinds(members, slug, discussionPath, seconds, cpu, recording);
            dump(recording, jfr);
            return;
        }
        Times viewTimes = load(viewRun, seconds, cpu);
        Times mixedTimes = load(mixedRun, seconds, cpu);
        Times pacedTimes = paced(members, slug, discussionPath, seconds, cpu);
        dump(recording, jfr);

        double publishedRate = publishedTimes.rate("published page, anonymous");
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "%d members signed in, %d connections, %.0f s per run, %d cores%n%n",
                MEMBERS,
                CONNECTIONS,
                seconds,
                Runtime.getRuntime().availableProcessors());
        System.out.println("| Run | Request | n | req/s | p50 ms | p95 ms | p99 ms | req/s vs published | Goal |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        StringBuilder cpuRows = new StringBuilder();
        publishedTimes.print("published page alone", publishedRate, Map.of());
        cpuRows.append(publishedTimes.cpuRow("published page alone"));
        viewTimes.print(
                "member's page view alone",
                publishedRate,
                Map.of(
                        "member's page view",
                        "≥ 500 req/s: " + (viewTimes.rate("member's page view") >= 500 ? "yes" : "NO")));
        cpuRows.append(viewTimes.cpuRow("member's page view alone"));
        mixedTimes.print(
                "mixed load of " + MEMBERS + " members",
                publishedRate,
                Map.of(
                        "member's page view",
                        "p95 < 50 ms: " + (mixedTimes.p95("member's page view") < 50 ? "yes" : "NO"),
                        "page save (POST of the edit form)",
                        "p95 < 50 ms: " + (mixedTimes.p95("page save (POST of the edit form)") < 50 ? "yes" : "NO")));
        cpuRows.append(mixedTimes.cpuRow("mixed load of " + MEMBERS + " members"));
        String pacedRun =
                String.format(Locale.ROOT, "paced: %d members, one action per %.0f s each (Poisson)", MEMBERS, PACE);
        pacedTimes.print(
                pacedRun,
                publishedRate,
                Map.of(
                        "member's page view",
                        "p95 < 50 ms: " + (pacedTimes.p95("member's page view") < 50 ? "yes" : "NO"),
                        "page save (POST of the edit form)",
                        "p95 < 50 ms: " + (pacedTimes.p95("page save (POST of the edit form)") < 50 ? "yes" : "NO")));
        cpuRows.append(pacedTimes.cpuRow(pacedRun));
        System.out.println();
        System.out.println("CPU time per request, which other work on a shared machine does not change:");
        System.out.println();
        System.out.println("| Run | server threads (java) ms | PostgreSQL ms |");
        System.out.println("|---|---|---|");
        System.out.print(cpuRows);
    }

    /**
     * What each kind of the mixed load's requests costs alone: each kind run by itself over the same connections,
     * its CPU per request printed (server request threads, PostgreSQL). A save is measured with its edit form (a
     * save needs the form's base commit), so its own cost is the pair's less the edit form's alone.
     */
    private static void kinds(
            List<Member> members, String slug, String discussionPath, double seconds, Cpu cpu, Recording recording)
            throws Exception {
        // each kind as act() draws it from its dice (60 a save, …), the edit form alone as the save's first step
        Map<String, Scenario> kinds = new LinkedHashMap<>();
        kinds.put(
                "member's page view", (random, t) -> act(member(members, random), slug, discussionPath, 0, random, t));
        kinds.put(
                "edit form",
                (random, t) -> t.time(
                        "edit form",
                        () -> member(members, random)
                                .visitor
                                .getNoFollow("/c/" + slug + "/space/-/edit/" + path(random.nextInt(PAGES)), BROWSER)));
        kinds.put(
                "edit form + page save",
                (random, t) -> act(member(members, random), slug, discussionPath, 60, random, t));
        kinds.put("page comment", (random, t) -> act(member(members, random), slug, discussionPath, 75, random, t));
        kinds.put("discussion reply", (random, t) -> act(member(members, random), slug, discussionPath, 82, random, t));
        kinds.put("search", (random, t) -> act(member(members, random), slug, discussionPath, 89, random, t));
        System.out.println();
        System.out.printf(Locale.ROOT, "Each kind alone, %d connections, %.0f s each%n%n", CONNECTIONS, seconds);
        System.out.println("| Kind | requests | req/s | p95 ms | java ms/request | PostgreSQL ms/request | total ms |");
        System.out.println("|---|---|---|---|---|---|---|");
        double[] form = new double[2];
        StringBuilder windows = new StringBuilder();
        for (Map.Entry<String, Scenario> kind : kinds.entrySet()) {
            Instant start = Instant.now();
            Times times = load(kind.getValue(), seconds, cpu);
            // when each kind ran, to read a profile by kind (jfr print, its samples' start times)
            windows.append(kind.getKey())
                    .append(": ")
                    .append(start)
                    .append(" – ")
                    .append(Instant.now())
                    .append('\n');
            long requests = times.requests();
            double java = times.serverNanos / 1e6 / requests;
            double postgres = times.postgresNanos / 1e6 / requests;
            String last = times.lastLabel();
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %d | %.0f | %.1f | %.2f | %.2f | %.2f |%n",
                    kind.getKey(),
                    requests,
                    requests / seconds,
                    times.p95(last),
                    java,
                    postgres,
                    java + postgres);
            if (kind.getKey().equals("edit form")) {
                form = new double[] {java, postgres};
            } else if (kind.getKey().equals("edit form + page save")) {
                // a pair is two requests: the save's own cost is the pair's less the form's
                double saveJava = 2 * java - form[0];
                double savePostgres = 2 * postgres - form[1];
                System.out.printf(
                        Locale.ROOT,
                        "| page save alone (the pair less the form) | | | %.1f | %.2f | %.2f | %.2f |%n",
                        times.p95("page save (POST of the edit form)"),
                        saveJava,
                        savePostgres,
                        saveJava + savePostgres);
            }
            times.printFailures();
        }
        if (recording != null) {
            System.out.println();
            System.out.print(windows);
        }
    }

    /** Stops the profile, if one was asked for, and writes it to {@code jfr}. */
    private static void dump(Recording recording, String jfr) throws java.io.IOException {
        if (recording != null) {
            recording.stop();
            recording.dump(Path.of(jfr));
            recording.close();
        }
    }

    private static Member member(List<Member> members, ThreadLocalRandom random) {
        return members.get(random.nextInt(members.size()));
    }

    /** One step of the mixed load by a random member. */
    private static void mixed(
            List<Member> members, String slug, String discussionPath, ThreadLocalRandom random, Times times) {
        act(members.get(random.nextInt(members.size())), slug, discussionPath, random, times);
    }

    /** One member's action in the mixed load: mostly reading, sometimes writing or searching. */
    private static void act(Member member, String slug, String discussionPath, ThreadLocalRandom random, Times times) {
        act(member, slug, discussionPath, random.nextInt(100), random, times);
    }

    /** One member's action of the kind {@code dice} picks (0–59 a view, 60–74 a save, …, 89–99 a search). */
    private static void act(
            Member member, String slug, String discussionPath, int dice, ThreadLocalRandom random, Times times) {
        if (dice < 60) {
            times.time("member's page view", () -> member.visitor.getNoFollow(memberPage(slug, random), BROWSER));
        } else if (dice < 75) {
            // each member edits its own paragraph of one page, so saves of the same page merge instead of conflicting
            String page = path(member.index % PAGES);
            Visitor.Page form = times.time(
                    "edit form", () -> member.visitor.getNoFollow("/c/" + slug + "/space/-/edit/" + page, BROWSER));
            if (form.status() != 200) {
                // counted among the answers other than 200 (an overloaded server's 503): nothing to save from
                return;
            }
            String base = baseCommit(form);
            // the text as the form shows it (other members' notes saved meanwhile included), with this member's
            // own note revised: as a person edits, so that saves merge rather than undo each other
            String text = OWN_NOTE.apply(member.index)
                    .matcher(formText(form))
                    .replaceFirst("Note of member " + member.index + ", revised " + random.nextInt(1_000_000) + ".");
            times.time(
                    "page save (POST of the edit form)",
                    () -> member.visitor.postNoFollow(
                            "/c/" + slug + "/space/-/edit/" + page,
                            Map.of(
                                    "_csrf",
                                    member.csrf,
                                    "path",
                                    page,
                                    "title",
                                    "Guideline " + (member.index % PAGES),
                                    "body",
                                    text,
                                    "baseCommit",
                                    base,
                                    "summary",
                                    "bench")));
        } else if (dice < 82) {
            times.time(
                    "page comment",
                    () -> member.visitor.postNoFollow(
                            "/c/" + slug + "/page-comments/" + path(random.nextInt(PAGES)),
                            Map.of("_csrf", member.csrf, "body", "A comment of member " + member.index + ".")));
        } else if (dice < 89) {
            times.time(
                    "discussion reply",
                    () -> member.visitor.postNoFollow(
                            discussionPath + "/replies",
                            Map.of("_csrf", member.csrf, "body", "A reply of member " + member.index + ".")));
        } else {
            String[] queries = {"census", "linkage log", "confidentiality", "quarter"};
            times.time(
                    "search",
                    () -> member.visitor.getNoFollow(
                            "/search?q=" + queries[random.nextInt(queries.length)].replace(" ", "+")));
        }
    }

    private static String memberPage(String slug, ThreadLocalRandom random) {
        return "/c/" + slug + "/space/" + path(random.nextInt(PAGES));
    }

    /** The page's text in the edit form, as the browser would send it back. */
    private static String formText(Visitor.Page page) {
        Matcher matcher = FORM_TEXT.matcher(page.body());
        if (matcher.find()) {
            return HtmlUtils.htmlUnescape(matcher.group(1)).replaceFirst("^\\n", "");
        }
        throw new IllegalStateException("no text in the edit form: " + page.status());
    }

    private static String baseCommit(Visitor.Page page) {
        String form = page.body();
        Matcher matcher = BASE_COMMIT.matcher(form);
        if (matcher.find()) {
            return matcher.group(1);
        }
        throw new IllegalStateException("no baseCommit in the edit form: " + page.status());
    }

    /** Runs the scenario on {@link #CONNECTIONS} threads for this long; returns every request's time. */
    private static Times load(Scenario scenario, double seconds, Cpu cpu) throws Exception {
        Times times = new Times(seconds);
        long[] cpuBefore = cpu.now();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < CONNECTIONS; i++) {
                running.add(pool.submit(() -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    while (System.nanoTime() < end) {
                        scenario.step(random, times);
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
        long[] cpuAfter = cpu.now();
        times.cpu(cpuAfter[0] - cpuBefore[0], cpuAfter[1] - cpuBefore[1]);
        return times;
    }

    /**
     * The mixed load at a person's pace, open loop: each member acts (the same actions as {@link #mixed}) at the
     * times of its own Poisson process, one action per {@link #PACE} seconds on average, each on a thread of its own
     * so that a late answer delays no one's next action (as people in their browsers). 150 members: about 75 actions
     * a second offered, whatever the server does with them; the run waits for the last answers.
     */
    private static Times paced(List<Member> members, String slug, String discussionPath, double seconds, Cpu cpu)
            throws Exception {
        Times times = new Times(seconds);
        long[] cpuBefore = cpu.now();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        PriorityQueue<long[]> next = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
        for (int i = 0; i < members.size(); i++) {
            next.add(new long[] {start + arrivalGap(random), i});
        }
        ExecutorService people = Executors.newCachedThreadPool();
        List<Future<?>> actions = new ArrayList<>();
        try {
            while (next.peek()[0] < end) {
                long[] arrival = next.poll();
                long wait = arrival[0] - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                Member member = members.get((int) arrival[1]);
                actions.add(people.submit(() -> {
                    try {
                        act(member, slug, discussionPath, ThreadLocalRandom.current(), times);
                    } catch (RuntimeException failed) {
                        // a connection closed or timed out by an overloaded server: counted, the others go on
                        times.failed("action ended by " + failed.getClass().getSimpleName());
                    }
                    return null;
                }));
                next.add(new long[] {arrival[0] + arrivalGap(random), arrival[1]});
            }
            for (Future<?> action : actions) {
                action.get();
            }
        } finally {
            people.shutdown();
        }
        long[] cpuAfter = cpu.now();
        times.cpu(cpuAfter[0] - cpuBefore[0], cpuAfter[1] - cpuBefore[1]);
        System.out.printf(
                Locale.ROOT,
                "paced run: %d actions offered in %.0f s (%.1f/s), the last answered %.1f s after the run's end%n",
                actions.size(),
                seconds,
                actions.size() / seconds,
                (System.nanoTime() - end) / 1e9);
        return times;
    }

    /** Nanoseconds to a member's next action: exponential, of mean {@link #PACE} seconds. */
    private static long arrivalGap(ThreadLocalRandom random) {
        return (long) (-Math.log(1 - random.nextDouble()) * PACE * 1e9);
    }

    static String path(int page) {
        return String.format(Locale.ROOT, "guidelines/chapter-%02d", page);
    }

    /** About 6 KB of Markdown like bench/published.sh's chapter, with one paragraph per member who edits it. */
    static String body(int page) {
        StringBuilder text = new StringBuilder(
                "Integrating census, survey and administrative data needs agreed identifiers and a quality report.\n\n");
        String[] sections = {"Sources", "Identifiers", "Linking records", "Quality", "Confidentiality", "Dissemination"
        };
        for (int s = 0; s < sections.length; s++) {
            text.append("## ").append(sections[s]).append("\n\n");
            text.append("Statistical offices in the region compared their practice and agreed on the steps below. "
                    .repeat(4));
            text.append("\n\n| Step | Who | When |\n|---|---|---|\n");
            for (int step = 1; step <= 4; step++) {
                text.append("| Step ")
                        .append(step)
                        .append(" of ")
                        .append(sections[s].toLowerCase(Locale.ROOT))
                        .append(" | national office | quarter ")
                        .append(step)
                        .append(" |\n");
            }
            text.append("\n- Check the coverage of each source.\n- Record every decision in the linkage log.\n\n");
            int member = page + PAGES * s;
            if (s < 3 && member < MEMBERS) {
                text.append("Note of member ").append(member).append(".\n\n");
            }
        }
        return text.toString();
    }

    private record Member(int index, Visitor visitor, String csrf) {}

    /**
     * CPU time used so far by the server's request threads (Tomcat's {@code http-nio-…}, not this benchmark's own
     * client threads) and by the embedded PostgreSQL's processes, in nanoseconds.
     */
    private record Cpu(Path postmasterPid) {

        long[] now() throws Exception {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long server = 0;
            for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
                if (info != null && info.getThreadName().startsWith("http-nio")) {
                    server += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
                }
            }
            return new long[] {server, postgres()};
        }

        /** The postmaster and its children, from /proc (clock ticks of 10 ms). */
        private long postgres() throws Exception {
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
                    // fields from the state on: [1] is the parent, [11] and [12] user and system time
                    if (process.getFileName().toString().equals(postmaster) || fields[1].equals(postmaster)) {
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    }
                }
            }
            return ticks * 10_000_000L;
        }
    }

    private interface Scenario {
        void step(ThreadLocalRandom random, Times times) throws Exception;
    }

    private interface Request {
        Visitor.Page send();
    }

    /** The time of every request by label, with the number of answers that were not the expected 200 or 302. */
    private static final class Times {

        private final double seconds;
        private final Map<String, List<Double>> millis = new LinkedHashMap<>();
        private final Map<String, Integer> failures = new LinkedHashMap<>();
        private long serverNanos;
        private long postgresNanos;

        Times(double seconds) {
            this.seconds = seconds;
        }

        Visitor.Page time(String label, Request request) {
            long start = System.nanoTime();
            Visitor.Page answer = request.send();
            double took = (System.nanoTime() - start) / 1e6;
            synchronized (this) {
                millis.computeIfAbsent(label, l -> new ArrayList<>()).add(took);
                if (answer.status() != 200 && answer.status() != 302) {
                    failures.merge(label + " " + answer.status(), 1, Integer::sum);
                }
            }
            return answer;
        }

        synchronized void failed(String what) {
            failures.merge(what, 1, Integer::sum);
        }

        synchronized void cpu(long server, long postgres) {
            serverNanos = server;
            postgresNanos = postgres;
        }

        synchronized long requests() {
            return millis.values().stream().mapToLong(List::size).sum();
        }

        synchronized String lastLabel() {
            return millis.keySet().stream().reduce((first, second) -> second).orElse("");
        }

        synchronized void printFailures() {
            if (!failures.isEmpty()) {
                System.out.println("Answers other than 200 or 302: " + failures);
            }
        }

        synchronized String cpuRow(String run) {
            long requests = requests();
            return String.format(
                    Locale.ROOT,
                    "| %s | %.2f | %.2f |%n",
                    run,
                    serverNanos / 1e6 / requests,
                    postgresNanos / 1e6 / requests);
        }

        synchronized double rate(String label) {
            return millis.getOrDefault(label, List.of()).size() / seconds;
        }

        synchronized double p95(String label) {
            return percentile(sorted(label), 95);
        }

        synchronized void print(String run, double publishedRate, Map<String, String> goals) {
            for (String label : millis.keySet()) {
                double[] sorted = sorted(label);
                System.out.printf(
                        Locale.ROOT,
                        "| %s | %s | %d | %.0f | %.1f | %.1f | %.1f | %.3f | %s |%n",
                        run,
                        label,
                        sorted.length,
                        sorted.length / seconds,
                        percentile(sorted, 50),
                        percentile(sorted, 95),
                        percentile(sorted, 99),
                        sorted.length / seconds / publishedRate,
                        goals.getOrDefault(label, ""));
            }
            if (!failures.isEmpty()) {
                System.out.println("Answers other than 200 or 302 in this run: " + failures);
            }
        }

        private double[] sorted(String label) {
            double[] values = millis.getOrDefault(label, List.of()).stream()
                    .mapToDouble(Double::doubleValue)
                    .toArray();
            Arrays.sort(values);
            return values;
        }

        private static double percentile(double[] sorted, int percent) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
        }
    }
}
