package org.statcommons.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A benchmark's results: each row printed as it comes, then all of them as a Markdown table to copy to
 * {@code bench/RESULTS-*.md}, the machine's row first.
 */
final class ResultTable {

    /** What a benchmark measures on the started server, writing its rows into the table. */
    interface Benchmark {
        void run(ConfigurableApplicationContext app, ResultTable table) throws Exception;
    }

    private final List<String[]> rows = new ArrayList<>();

    private ResultTable() {}

    /**
     * Starts the server ({@code name}'s data directory, fsync off, the command line's settings), runs the benchmark,
     * stops the server and prints the table.
     */
    static void run(String name, String[] commandLine, Benchmark benchmark) throws Exception {
        ResultTable table = new ResultTable();
        table.row(
                "Machine",
                Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                        + ", load "
                        + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() + ", -Xmx"
                        + (Runtime.getRuntime().maxMemory() >> 20) + "m",
                "");
        try (BenchServer server = BenchServer.start(name, commandLine, "statcommons.db.embedded-fsync=false")) {
            benchmark.run(server.app(), table);
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "| %-44s | %-62s | %-12s |%n", "Measure", "Result", "Goal");
        System.out.println("|" + "-".repeat(46) + "|" + "-".repeat(64) + "|" + "-".repeat(14) + "|");
        for (String[] row : table.rows) {
            System.out.printf(Locale.ROOT, "| %-44s | %-62s | %-12s |%n", row[0], row[1], row[2]);
        }
    }

    void row(String measure, String result, String goal) {
        rows.add(new String[] {measure, result, goal});
        System.out.printf(Locale.ROOT, "%s: %s%n", measure, result);
    }
}
