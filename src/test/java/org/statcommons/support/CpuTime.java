package org.statcommons.support;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * What the calling thread spent on the processor doing one thing: the bound in a "this input must stay fast"
 * test. Wall-clock time would fail such a test whenever the shared machine is busy; processor time does not.
 */
public final class CpuTime {

    private CpuTime() {}

    /** Runs {@code work} and gives back its result with the processor time it took. */
    public static <T> Measured<T> of(Supplier<T> work) {
        long start = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        T result = work.get();
        return new Measured<>(
                result, Duration.ofNanos(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - start));
    }

    public record Measured<T>(T result, Duration cpu) {}
}
