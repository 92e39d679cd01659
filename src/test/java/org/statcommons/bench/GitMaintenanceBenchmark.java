package org.statcommons.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.internal.storage.file.FileRepository;
import org.eclipse.jgit.internal.storage.file.GC;
import org.eclipse.jgit.lib.Repository;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.statcommons.StatCommonsApplication;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.content.Author;
import org.statcommons.content.PageEdit;
import org.statcommons.content.SavePage;
import org.statcommons.content.SaveResult;
import org.statcommons.content.SetUpSpace;
import org.statcommons.content.space.RepackProbe;
import org.statcommons.content.space.SpaceRepositories;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.GitCli;
import org.statcommons.support.GitHistory;

/**
 * Git maintenance benchmark (not a test), three parts, run by {@code bench/git-maintenance.sh}:
 * <ol>
 * <li><b>Saves</b>: 25,000 page saves through the real save path ({@code SavePage}) into one folder of
 * 1,000 pages (the most a folder may hold), as one writer saving as fast as it can; once the server's
 * background repacks have settled, the repository's size on disk and {@code git clone} time through the
 * server, next to the same repository fully repacked (JGit's {@code gc}, everything expired at once).</li>
 * <li><b>Pushes</b>: a Git user pushes one small commit at a time; clone time and packs as they pile up.</li>
 * <li><b>A client that leaves</b>: {@code git clone --progress} of a space of large, unpacked data files,
 * killed once the server is compressing; the server's CPU time in the ten seconds after.</li>
 * </ol>
 * Results and how to read them: bench/RESULTS-git-maintenance.md.
 */
public final class GitMaintenanceBenchmark {

    private static final int FOLDER = 1_000;
    private static final int CLONES = 5;
    private static final int DATA_FILES = 150;

    private final ConfigurableApplicationContext app;
    private final int port;
    private final Fixtures fixtures;
    private final SpaceRepositories repositories;
    private final GitCli git = new GitCli();
    private final Path work;
    private final List<String> table = new ArrayList<>();

    private GitMaintenanceBenchmark(ConfigurableApplicationContext app) throws IOException {
        this.app = app;
        this.port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        this.fixtures = Fixtures.of(app);
        this.repositories = app.getBean(SpaceRepositories.class);
        this.work = Files.createTempDirectory("statcommons-bench-maintenance");
    }

    public static void main(String[] args) throws Exception {
        int saves = args.length > 0 ? Integer.parseInt(args[0]) : 25_000;
        int pushes = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path dataDir = Files.createTempDirectory("statcommons-bench-git-maintenance");
        // command-line arguments, so that they win over application.properties (server.port there is 8080)
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(StatCommonsApplication.class)
                .run(
                        "--statcommons.data-dir=" + dataDir,
                        "--server.port=0",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN",
                        "--logging.level.org.statcommons.content=INFO",
                        "--statcommons.db.embedded-binaries-dir=" + System.getProperty("java.io.tmpdir")
                                + "/statcommons-test/pg-binaries")) {
            GitMaintenanceBenchmark bench = new GitMaintenanceBenchmark(app);
            if (saves > 0) {
                bench.saves(saves);
                bench.print(0);
            }
            int pushed = bench.table.size();
            if (pushes > 0) {
                bench.pushes(pushes);
                bench.print(pushed);
            }
            int left = bench.table.size();
            bench.clientLeaves();
            bench.print(left);
            System.out.println();
            System.out.println("All parts:");
            bench.table.forEach(System.out::println);
        }
    }

    /** Part 1: saves into one folder, then the repository as the server keeps it next to it fully repacked. */
    private void saves(int count) throws Exception {
        Community community = space("Saves bench");
        Account member = fixtures.member(community, "Bench Member", CommunityRole.MEMBER);
        SavePage savePage = app.getBean(SavePage.class);
        Author author = new Author("Bench Writer", "writer@stat.example");
        Random random = new Random(42);
        double[] millis = new double[count];
        String head = null;
        long start = System.nanoTime();
        for (int save = 0; save < count; save++) {
            int page = save < FOLDER ? save : random.nextInt(FOLDER);
            long one = System.nanoTime();
            SaveResult result = savePage.save(
                    community.id(),
                    new PageEdit(
                            String.format(Locale.ROOT, "register/page-%04d.md", page),
                            "Page " + page,
                            GitCloneBenchmark.body(page, save),
                            save < FOLDER ? null : head,
                            "Save " + save),
                    author);
            millis[save] = (System.nanoTime() - one) / 1e6;
            head = ((SaveResult.Saved) result).commitId();
            if ((save + 1) % 5_000 == 0) {
                System.out.printf(
                        Locale.ROOT,
                        "%,d saves in %.0f s; repository %s%n",
                        save + 1,
                        (System.nanoTime() - start) / 1e9,
                        storage(community.id()));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String url = GitCli.url(port, community.slug(), member.email(), fixtures.gitToken(member));
        Measure burst = measure(community.id(), url);
        long settleStart = System.nanoTime();
        RepackProbe.awaitQuiet(app);
        double settled = (System.nanoTime() - settleStart) / 1e9;
        Measure kept = measure(community.id(), url);
        Repository repository = repositories.open(community.id()).orElseThrow();
        long gcStart = System.nanoTime();
        GC gc = new GC((FileRepository) repository);
        gc.setExpireAgeMillis(0);
        gc.setPackExpireAgeMillis(0);
        gc.gc().get();
        double gcSeconds = (System.nanoTime() - gcStart) / 1e9;
        Measure repacked = measure(community.id(), url);

        table.add(String.format(
                Locale.ROOT,
                "%,d saves into one folder of %,d pages in %.0f s: save p50 %.1f ms, p95 %.1f ms; "
                        + "background repacks settled %.0f s after the clones that followed the last save; a full gc then took %.0f s",
                count,
                FOLDER,
                seconds,
                GitCloneBenchmark.percentile(millis, 50),
                GitCloneBenchmark.percentile(millis, 95),
                settled,
                gcSeconds));
        table.add("");
        table.add("| Repository after " + String.format(Locale.ROOT, "%,d", count)
                + " saves | loose objects | packs | size on disk | git clone p50 |");
        table.add("| --- | --- | --- | --- | --- |");
        table.add(burst.row("right after the last save (a repack may run meanwhile)"));
        table.add(kept.row("as the server keeps it (background repacks settled)"));
        table.add(repacked.row("the same, fully repacked (JGit gc)"));
        table.add(String.format(
                Locale.ROOT,
                "| ratio right after / fully repacked | | | %.2f | %.2f |",
                (double) burst.bytes / repacked.bytes,
                burst.cloneMillis / repacked.cloneMillis));
        table.add(String.format(
                Locale.ROOT,
                "| ratio settled / fully repacked | | | %.2f | %.2f |",
                (double) kept.bytes / repacked.bytes,
                kept.cloneMillis / repacked.cloneMillis));
        table.add("");
    }

    /** Part 2: one small commit per push, clone time at checkpoints. */
    private void pushes(int count) throws Exception {
        Community community = space("Pushes bench");
        Account pusher = fixtures.member(community, "Bench Pusher", CommunityRole.FACILITATOR);
        String url = GitCli.url(port, community.slug(), pusher.email(), fixtures.gitToken(pusher));
        Path clone = work.resolve("pusher");
        check(git.run(work, "clone", "-q", url, "pusher"));
        for (int page = 0; page < FOLDER; page++) {
            GitCli.write(
                    clone.resolve(String.format(Locale.ROOT, "chapter-%02d/page-%04d.md", page / 50, page)),
                    GitHistory.page("Page " + page, GitCloneBenchmark.body(page, 0)));
        }
        check(git.commitAndPush(clone, "README.md", "Pushed pages\n", "1,000 pages", "-q", "origin", "HEAD:main"));
        table.add("| Pushes (one small commit each) | loose objects | packs | size on disk | git clone p50 |");
        table.add("| --- | --- | --- | --- | --- |");
        Random random = new Random(7);
        long start = System.nanoTime();
        for (int push = 1; push <= count; push++) {
            int page = random.nextInt(FOLDER);
            check(git.commitAndPush(
                    clone,
                    String.format(Locale.ROOT, "chapter-%02d/page-%04d.md", page / 50, page),
                    GitHistory.page("Page " + page, GitCloneBenchmark.body(page, push)),
                    "Push " + push,
                    "-q",
                    "origin",
                    "HEAD:main"));
            if (push == count / 8 || push == count / 4 || push == count / 2 || push == count) {
                table.add(measure(community.id(), url).row(String.format(Locale.ROOT, "%,d", push)));
            }
        }
        System.out.printf(Locale.ROOT, "%d pushes in %.0f s%n", count, (System.nanoTime() - start) / 1e9);
        table.add("");
    }

    /** Part 3: the server's CPU after a cloning client was killed while the server compressed. */
    private void clientLeaves() throws Exception {
        RepackProbe.awaitQuiet(app);
        Community community = space("Leaving bench");
        Account member = fixtures.member(community, "Bench Leaver", CommunityRole.MEMBER);
        Repository repository = repositories.create(community.id());
        // data files of about 1 MB that differ a little from each other: finding their deltas is real work
        Random random = new Random(3);
        StringBuilder base = new StringBuilder();
        for (int row = 0; row < 20_000; row++) {
            base.append(row)
                    .append(",region-")
                    .append(random.nextInt(50))
                    .append(',')
                    .append(random.nextInt(1_000_000))
                    .append('\n');
        }
        for (int file = 0; file < DATA_FILES; file++) {
            StringBuilder data = new StringBuilder(base);
            for (int edit = 0; edit < 200; edit++) {
                int at = random.nextInt(data.length() - 10);
                data.replace(at, at + 6, Integer.toString(100_000 + random.nextInt(900_000)));
            }
            GitHistory.commit(
                    repository,
                    Map.of(String.format(Locale.ROOT, "data/series-%03d.csv", file), data.toString()),
                    "Data " + file);
        }
        String url = GitCli.url(port, community.slug(), member.email(), fixtures.gitToken(member));
        long whole = System.nanoTime();
        check(git.run(Files.createTempDirectory(work, "clone"), "clone", "-q", url, "c"));
        double wholeSeconds = (System.nanoTime() - whole) / 1e9;
        double idle = cpuSeconds(() -> sleep(10));
        Process clone = git.start(work, "clone", "--progress", url, "leaver");
        clone.getOutputStream().close();
        CompletableFuture<String> compressing =
                CompletableFuture.supplyAsync(() -> waitFor(clone, "Compressing objects"));
        String phase = compressing.get(5, TimeUnit.MINUTES);
        sleep(1);
        clone.destroyForcibly().waitFor();
        double after = cpuSeconds(() -> sleep(10));
        table.add(String.format(
                Locale.ROOT, "| Client killed while the server was at \"%s\" | server CPU in 10 s |", phase));
        table.add("| --- | --- |");
        table.add(String.format(
                Locale.ROOT,
                "| a whole clone of this space (%d data files of 1 MB, loose), for scale: %.0f s | |",
                DATA_FILES,
                wholeSeconds));
        table.add(String.format(Locale.ROOT, "| idle, before the clone | %.1f s |", idle));
        table.add(String.format(Locale.ROOT, "| after the client left | %.1f s |", after));
    }

    /**
     * Reads the process's output until a line contains {@code text}; returns that line. The output is left
     * open, so git goes on running until it is killed.
     */
    private static String waitFor(Process process, String text) {
        BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        try {
            StringBuilder line = new StringBuilder();
            for (int c; (c = lines.read()) >= 0; ) {
                if (c == '\r' || c == '\n') {
                    if (line.indexOf(text) >= 0) {
                        return line.toString()
                                .replace("remote: ", "")
                                .replaceAll(":.*", "")
                                .strip();
                    }
                    line.setLength(0);
                } else {
                    line.append((char) c);
                }
            }
            throw new IllegalStateException("git clone ended before \"" + text + "\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A community whose space is set up (its templates committed), so that nothing else writes to it meanwhile. */
    private Community space(String name) {
        Community community = fixtures.community(name);
        app.getBean(SetUpSpace.class).ensure(community.id());
        return community;
    }

    /** Prints the lines added since {@code from}, so that each part's figures are out as soon as it ends. */
    private void print(int from) {
        table.subList(from, table.size()).forEach(System.out::println);
    }

    private static double cpuSeconds(Runnable during) {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long before = os.getProcessCpuTime();
        during.run();
        return (os.getProcessCpuTime() - before) / 1e9;
    }

    private static void sleep(int seconds) {
        try {
            Thread.sleep(seconds * 1000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Storage and clone time of one space now. */
    private record Measure(long loose, long packs, long bytes, double cloneMillis) {
        String row(String what) {
            return String.format(
                    Locale.ROOT, "| %s | %,d | %d | %.1f MB | %.0f ms |", what, loose, packs, bytes / 1e6, cloneMillis);
        }
    }

    private Measure measure(long communityId, String url) throws IOException {
        Path directory =
                repositories.open(communityId).orElseThrow().getDirectory().toPath();
        Map<String, Long> counts = counts(directory);
        double[] millis = new double[CLONES];
        // one clone first, not counted: the server's and the disk's caches warm as for the next clone of a busy space
        check(git.run(Files.createTempDirectory(work, "clone"), "clone", "-q", url, "c"));
        for (int run = 0; run < CLONES; run++) {
            Path target = Files.createTempDirectory(work, "clone");
            long start = System.nanoTime();
            check(git.run(target, "clone", "-q", url, "c"));
            millis[run] = (System.nanoTime() - start) / 1e6;
        }
        return new Measure(
                counts.get("loose"),
                counts.get("packs"),
                counts.get("bytes"),
                GitCloneBenchmark.percentile(millis, 50));
    }

    private String storage(long communityId) throws IOException {
        Map<String, Long> counts = counts(
                repositories.open(communityId).orElseThrow().getDirectory().toPath());
        return String.format(
                Locale.ROOT,
                "%,d loose objects, %d packs, %.1f MB",
                counts.get("loose"),
                counts.get("packs"),
                counts.get("bytes") / 1e6);
    }

    /** Loose objects, packs and bytes under the repository; files a repack deletes meanwhile count for nothing. */
    private static Map<String, Long> counts(Path directory) {
        Map<String, Long> counts = new HashMap<>(Map.of("loose", 0L, "packs", 0L, "bytes", 0L));
        count(directory.toFile(), counts);
        return counts;
    }

    private static void count(File directory, Map<String, Long> counts) {
        File[] files = directory.listFiles();
        for (File file : files == null ? new File[0] : files) {
            if (file.isDirectory()) {
                count(file, counts);
                continue;
            }
            String name = file.getName();
            counts.merge("bytes", file.length(), Long::sum);
            if (directory.getName().length() == 2 && name.length() == 38) {
                counts.merge("loose", 1L, Long::sum);
            } else if (name.endsWith(".pack")) {
                counts.merge("packs", 1L, Long::sum);
            }
        }
    }

    private static void check(GitCli.Result result) {
        if (!result.ok()) {
            throw new IllegalStateException("git failed: " + result.output());
        }
    }
}
