package org.statcommons.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.statcommons.data.disclosure.Cell;
import org.statcommons.data.disclosure.Dimension;
import org.statcommons.data.disclosure.DisclosureReport;
import org.statcommons.data.disclosure.DisclosureRules;
import org.statcommons.data.disclosure.SuppressionChecker;
import org.statcommons.data.disclosure.Table;
import org.statcommons.data.disclosure.TableKind;
import org.statcommons.data.disclosure.TableProtector;

/**
 * Disclosure-control benchmark (not a test): three-dimensional tables of 100 × 100 × 100 cells plus their totals
 * (1,030,301 cells), built from a stream of cells as the release will read them, protected (primary rules, hypercube
 * secondary suppression, and the proof by the checker, which {@link TableProtector} always runs) and then checked once
 * more alone to show its share. Times are the work's own thread's processor time, the whole process's (garbage
 * collection and compilation included) and the wall clock, which on the shared machine mostly measures waiting for a
 * core. Goal: under 10 s per table on the 2-core machine. Run with {@code bench/disclosure.sh}.
 */
public final class DisclosureBenchmark {

    private static final int SIDE = 100;

    private DisclosureBenchmark() {}

    public static void main(String[] args) {
        int side = args.length > 0 ? Integer.parseInt(args[0]) : SIDE;
        List<String[]> rows = new ArrayList<>();
        // a warm-up on a small table, so that the first row does not measure the JIT alone
        run("warm-up", 30, 0.05, false, new ArrayList<>());
        run("frequency, k = 3, about 5% small cells", side, 0.05, false, rows);
        run("frequency, k = 3, about 20% small cells", side, 0.20, false, rows);
        run("magnitude, k = 3, dominance (1, 80%), p = 10%", side, 0.05, true, rows);
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "Machine: %d cores, Java %s, -Xmx%d MB%n%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        String format = "| %-46s | %9s | %7s | %9s | %17s | %26s | %17s | %9s |%n";
        System.out.printf(
                Locale.ROOT,
                format,
                "Table",
                "cells",
                "primary",
                "secondary",
                "build CPU / wall",
                "protect CPU / process / wall",
                "check CPU / wall",
                "peak heap");
        System.out.printf(
                Locale.ROOT,
                format,
                "-".repeat(46),
                "-".repeat(9),
                "-".repeat(7),
                "-".repeat(9),
                "-".repeat(17),
                "-".repeat(26),
                "-".repeat(17),
                "-".repeat(9));
        for (String[] row : rows) {
            System.out.printf(Locale.ROOT, format, (Object[]) row);
        }
    }

    private static void run(String name, int side, double smallShare, boolean magnitude, List<String[]> rows) {
        System.gc();
        resetPeaks();
        Dimension a = dimension("A", side);
        Dimension b = dimension("B", side);
        Dimension c = dimension("C", side);
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean process =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long start = System.nanoTime();
        long buildCpu = threads.getCurrentThreadCpuTime();
        Table table = Table.from(
                magnitude ? TableKind.MAGNITUDE : TableKind.FREQUENCY,
                List.of(a, b, c),
                cells(a, b, c, side, smallShare, magnitude));
        long built = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        buildCpu = cpuStart - buildCpu;
        long processStart = process.getProcessCpuTime();
        DisclosureRules rules = DisclosureRules.threshold(3).withMaximumShare(0.9);
        if (magnitude) {
            rules = rules.withDominance(1, 80).withPPercent(10);
        }
        DisclosureReport report = new TableProtector().protect(table, rules);
        long protectedAt = System.nanoTime();
        long cpuProtect = threads.getCurrentThreadCpuTime() - cpuStart;
        long processProtect = process.getProcessCpuTime() - processStart;
        long checkStart = threads.getCurrentThreadCpuTime();
        SuppressionChecker.Verdict verdict = new SuppressionChecker().check(table, report.suppressedCells());
        long checked = System.nanoTime();
        long cpuCheck = threads.getCurrentThreadCpuTime() - checkStart;
        if (!verdict.safe()) {
            throw new IllegalStateException("exposed: " + verdict.exposed().size());
        }
        rows.add(new String[] {
            name,
            String.format(Locale.ROOT, "%,d", table.cellCount()),
            String.format(Locale.ROOT, "%,d", report.primaryCount()),
            String.format(Locale.ROOT, "%,d", report.secondaryCount()),
            seconds(buildCpu) + " / " + seconds(built - start),
            seconds(cpuProtect) + " / " + seconds(processProtect) + " / " + seconds(protectedAt - built),
            seconds(cpuCheck) + " / " + seconds(checked - protectedAt),
            peakHeapMegabytes() + " MB"
        });
    }

    private static Dimension dimension(String name, int side) {
        List<String> codes = IntStream.rangeClosed(1, side)
                .mapToObj(i -> name + String.format(Locale.ROOT, "%03d", i))
                .toList();
        return new Dimension(name, codes, "_T");
    }

    /** Counts of a census-like spread: most cells large, a share small (1 or 2), a few empty. */
    private static Stream<Cell> cells(
            Dimension a, Dimension b, Dimension c, int side, double smallShare, boolean magnitude) {
        SplittableRandom random = new SplittableRandom(2026);
        return IntStream.range(0, side * side * side).mapToObj(i -> {
            List<String> codes = List.of(
                    a.codes().get(i / (side * side)),
                    b.codes().get(i / side % side),
                    c.codes().get(i % side));
            double roll = random.nextDouble();
            int units = roll < 0.02 ? 0 : roll < 0.02 + smallShare ? 1 + random.nextInt(2) : 3 + random.nextInt(200);
            if (!magnitude) {
                return new Cell(codes, units, -1, null);
            }
            double[] largest = new double[Math.min(units, 3)];
            double sum = 0;
            for (int k = 0; k < largest.length; k++) {
                largest[k] = 1 + random.nextInt(1_000);
                sum += largest[k];
            }
            for (int k = 3; k < units; k++) {
                sum += 1 + random.nextInt(100);
            }
            java.util.Arrays.sort(largest);
            double[] descending = new double[largest.length];
            for (int k = 0; k < largest.length; k++) {
                descending[k] = largest[largest.length - 1 - k];
            }
            return new Cell(codes, sum, units, descending);
        });
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeapMegabytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}
