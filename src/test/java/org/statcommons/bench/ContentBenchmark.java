package org.statcommons.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.springframework.context.ConfigurableApplicationContext;
import org.statcommons.content.Author;
import org.statcommons.content.PageEdit;
import org.statcommons.content.Pages;
import org.statcommons.content.SavePage;
import org.statcommons.content.SaveResult;
import org.statcommons.content.pages.CompareVersions;
import org.statcommons.content.space.HistoryPage;
import org.statcommons.content.space.HistoryReader;
import org.statcommons.content.space.PageChange;
import org.statcommons.content.space.SpaceIndexer;

/**
 * Storage benchmark of knowledge spaces (not a test): builds a space of 1,000 pages and 10,000 commits
 * through the real save path, then times page saves, the first page of a page's history and a compare of
 * two versions. Run with {@code bench/content.sh} (see bench/RESULTS-content.md).
 */
public final class ContentBenchmark {

    private static final long SPACE = 1;
    private static final int PAGES = 1_000;
    private static final int COMMITS = 10_000;
    private static final String HOT_PAGE = "chapter-000/page-0000.md";

    private ContentBenchmark() {}

    public static void main(String[] args) throws Exception {
        try (BenchServer server = BenchServer.start("content", args)) {
            run(server.app());
        }
    }

    private static void run(ConfigurableApplicationContext app) {
        SavePage savePage = app.getBean(SavePage.class);
        Pages pages = app.getBean(Pages.class);
        HistoryReader history = app.getBean(HistoryReader.class);
        CompareVersions compare = app.getBean(CompareVersions.class);
        SpaceIndexer index = app.getBean(SpaceIndexer.class);
        Random random = new Random(42);
        Author author = new Author("Bench Mark", "bench@stat.example");

        long seedStart = System.nanoTime();
        for (int page = 0; page < PAGES; page++) {
            savePage.save(SPACE, new PageEdit(path(page), "Page " + page, body(page, 0), null, ""), author);
        }
        for (int commit = PAGES; commit < COMMITS; commit++) {
            // One edit in ten goes to the hot page, so that its history is long (about 900 versions).
            int page = commit % 10 == 0 ? 0 : random.nextInt(PAGES);
            edit(savePage, pages, page, commit, author);
        }
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "seeded %d pages and %d commits in %.1f s (%.2f ms per save)%n",
                PAGES,
                COMMITS,
                seedSeconds,
                seedSeconds * 1000 / COMMITS);

        double[] saves = new double[500];
        for (int i = 0; i < saves.length; i++) {
            int page = random.nextInt(PAGES);
            Pages.PageContent now = pages.read(SPACE, path(page));
            String body = now.body() + "\nAnother line " + i + ".";
            long start = System.nanoTime();
            SaveResult result = savePage.save(
                    SPACE, new PageEdit(path(page), now.title(), body, now.commitId(), "bench " + i), author);
            saves[i] = millis(start);
            if (result.outcome() != SaveResult.Outcome.SAVED) {
                throw new IllegalStateException("Unexpected " + result.outcome());
            }
        }
        report("page save", saves);

        double[] histories = new double[200];
        HistoryPage<PageChange> first = null;
        for (int i = 0; i < histories.length; i++) {
            long start = System.nanoTime();
            first = history.ofPage(SPACE, HOT_PAGE, 1, 20);
            histories[i] = millis(start);
        }
        report("first page of a page's history (20 of " + countVersions(history) + " versions)", histories);

        double[] spaceHistories = new double[200];
        for (int i = 0; i < spaceHistories.length; i++) {
            long start = System.nanoTime();
            history.ofSpace(SPACE, 1, 20);
            spaceHistories[i] = millis(start);
        }
        report("first page of the space's history", spaceHistories);

        List<PageChange> versions = first.items();
        double[] compares = new double[200];
        for (int i = 0; i < compares.length; i++) {
            long start = System.nanoTime();
            compare.compare(
                    SPACE,
                    versions.get(versions.size() - 1).version(),
                    versions.get(0).version());
            compares[i] = millis(start);
        }
        report("compare two versions (" + (versions.size() - 1) + " edits apart)", compares);

        long start = System.nanoTime();
        index.rebuild(SPACE);
        System.out.printf(Locale.ROOT, "rebuild of the index from Git: %.1f s%n", millis(start) / 1000);
    }

    private static void edit(SavePage savePage, Pages pages, int page, int commit, Author author) {
        Pages.PageContent now = pages.read(SPACE, path(page));
        savePage.save(SPACE, new PageEdit(path(page), now.title(), body(page, commit), now.commitId(), ""), author);
    }

    private static int countVersions(HistoryReader history) {
        int count = 0;
        for (int page = 1; ; page++) {
            HistoryPage<PageChange> items = history.ofPage(SPACE, HOT_PAGE, page, HistoryPage.MAX_SIZE);
            count += items.items().size();
            if (!items.hasMore()) {
                return count;
            }
        }
    }

    private static String path(int page) {
        return String.format(Locale.ROOT, "chapter-%03d/page-%04d.md", page / 50, page);
    }

    /** About 4 KB of Markdown; version {@code v} changes one paragraph so diffs and merges stay realistic. */
    private static String body(int page, int version) {
        StringBuilder text = new StringBuilder();
        for (int paragraph = 0; paragraph < 20; paragraph++) {
            text.append("## Section ").append(paragraph).append("\n\n");
            text.append(paragraph == version % 20 ? "Revised in version " + version + ": " : "")
                    .append("Data from the census of page ")
                    .append(page)
                    .append(" are integrated with administrative registers and sample surveys for paragraph ")
                    .append(paragraph)
                    .append(".\n\n");
        }
        return text.toString();
    }

    private static double millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    private static void report(String what, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "%-60s n=%d  p50=%.2f ms  p95=%.2f ms  max=%.2f ms%n",
                what,
                sorted.length,
                percentile(sorted, 50),
                percentile(sorted, 95),
                sorted[sorted.length - 1]);
    }

    private static double percentile(double[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
