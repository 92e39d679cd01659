package org.statcommons.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.eclipse.jgit.lib.Repository;
import org.springframework.context.ConfigurableApplicationContext;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.content.Author;
import org.statcommons.content.PageEdit;
import org.statcommons.content.Pages;
import org.statcommons.content.SavePage;
import org.statcommons.content.SaveResult;
import org.statcommons.content.SetUpSpace;
import org.statcommons.content.space.SpaceIndexer;
import org.statcommons.content.space.SpaceRepositories;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.GitCli;

/**
 * Git on disk next to Git in PostgreSQL (not a test): the same server started twice in this run, once with each
 * storage; in each, 300 page saves into a space of 1,000 pages and 10,000 commits (p50, p95), then {@code git clone}
 * of that space over HTTP (5 runs) after a repack. Goals (issue 15): save p95 < 25 ms with Git in PostgreSQL, clone
 * no more than 2x slower than on disk. Run with {@code bench/git-storage.sh}; results in bench/RESULTS-git-storage.md.
 */
public final class GitStorageBenchmark {

    private static final int SAVES = 300;
    private static final int WARM_UP = 50;
    private static final int CLONES = 5;

    private GitStorageBenchmark() {}

    record Figures(double saveP50, double saveP95, double cloneP50, double cloneMax) {}

    public static void main(String[] args) throws Exception {
        Figures files;
        try (BenchServer server = BenchServer.start("git-files", args, "statcommons.content.storage=files")) {
            files = run(server.app());
        }
        Figures database;
        try (BenchServer server = BenchServer.start("git-database", args, "statcommons.content.storage=database")) {
            database = run(server.app());
        }
        System.out.println();
        System.out.println(
                "| storage | page save p50 | page save p95 | git clone p50 (1,000 pages, 10,000 commits) | clone max |");
        System.out.println("|---|---|---|---|---|");
        row("files (data directory)", files);
        row("database (PostgreSQL)", database);
        System.out.printf(
                Locale.ROOT,
                "%nratio database / files: save p95 %.2f, clone p50 %.2f (goals: save p95 < 25 ms, clone ratio <= 2)%n",
                database.saveP95() / files.saveP95(),
                database.cloneP50() / files.cloneP50());
    }

    private static void row(String storage, Figures figures) {
        System.out.printf(
                Locale.ROOT,
                "| %s | %.1f ms | %.1f ms | %.0f ms | %.0f ms |%n",
                storage,
                figures.saveP50(),
                figures.saveP95(),
                figures.cloneP50(),
                figures.cloneMax());
    }

    private static Figures run(ConfigurableApplicationContext app) throws Exception {
        int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        Fixtures fixtures = Fixtures.of(app);
        Community community = fixtures.community("Storage bench");
        Account member = fixtures.member(community, "Bench Member", CommunityRole.MEMBER);
        app.getBean(SetUpSpace.class).ensure(community.id());
        SpaceRepositories repositories = app.getBean(SpaceRepositories.class);
        Repository repository = repositories.open(community.id()).orElseThrow();
        GitCloneBenchmark.seed(repository);
        app.getBean(SpaceIndexer.class).ensureCurrent(community.id());
        repositories.repack(community.id());

        SavePage savePage = app.getBean(SavePage.class);
        Pages pages = app.getBean(Pages.class);
        Author author = new Author("Bench Writer", "writer@stat.example");
        double[] saves = new double[SAVES];
        for (int save = -WARM_UP; save < SAVES; save++) {
            int page = Math.floorMod(save * 37, 1_000);
            String path = String.format(Locale.ROOT, "chapter-%03d/page-%04d.md", page / 50, page);
            String base = pages.read(community.id(), path).commitId();
            long start = System.nanoTime();
            SaveResult result = savePage.save(
                    community.id(),
                    new PageEdit(path, "Page " + page, GitCloneBenchmark.body(page, 20_000 + save), base, ""),
                    author);
            if (result.outcome() != SaveResult.Outcome.SAVED) {
                throw new IllegalStateException("save " + save + ": " + result.outcome());
            }
            if (save >= 0) {
                saves[save] = (System.nanoTime() - start) / 1e6;
            }
        }
        repositories.repack(community.id());

        GitCli git = new GitCli();
        Path work = Files.createTempDirectory("statcommons-bench-clones");
        String http = GitCli.url(port, community.slug(), member.email(), fixtures.gitToken(member));
        double[] clones = new double[CLONES];
        try {
            for (int run = 0; run < CLONES; run++) {
                long start = System.nanoTime();
                GitCli.Result clone = git.run(work, "clone", "-q", http, "clone-" + run);
                clones[run] = (System.nanoTime() - start) / 1e6;
                if (!clone.ok()) {
                    throw new IllegalStateException("clone failed: " + clone.output());
                }
            }
        } finally {
            BenchServer.delete(work);
        }
        return new Figures(
                GitCloneBenchmark.percentile(saves, 50),
                GitCloneBenchmark.percentile(saves, 95),
                GitCloneBenchmark.percentile(clones, 50),
                java.util.Arrays.stream(clones).max().orElseThrow());
    }
}
