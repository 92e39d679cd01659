package org.statcommons.mailreplies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ProcessingWakerTests {

    @Test
    void manyAsksBeforeTheRunStartsMakeOneRun() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            CountDownLatch hold = new CountDownLatch(1);
            executor.execute(() -> await(hold)); // the executor is busy: asks pile up
            AtomicInteger runs = new AtomicInteger();
            ProcessingWaker waker = new ProcessingWaker(executor, runs::incrementAndGet);
            for (int i = 0; i < 1000; i++) {
                waker.wake();
            }
            hold.countDown();
            executor.shutdown();
            assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
            assertThat(runs).hasValue(1);
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void anAskDuringARunMakesAnotherRunAfterIt() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            CountDownLatch running = new CountDownLatch(1);
            CountDownLatch finish = new CountDownLatch(1);
            AtomicInteger runs = new AtomicInteger();
            ProcessingWaker waker = new ProcessingWaker(executor, () -> {
                if (runs.incrementAndGet() == 1) {
                    running.countDown();
                    await(finish);
                }
            });
            waker.wake();
            assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
            waker.wake(); // a reply stored while the first run goes on
            finish.countDown();
            executor.shutdown();
            assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
            assertThat(runs).hasValue(2);
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void aFailedRunLeavesTheWakerReadyForTheNextAsk() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        ProcessingWaker waker = new ProcessingWaker(Runnable::run, () -> {
            runs.incrementAndGet();
            throw new IllegalStateException("database away");
        });
        waker.wake();
        waker.wake();
        assertThat(runs).hasValue(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
