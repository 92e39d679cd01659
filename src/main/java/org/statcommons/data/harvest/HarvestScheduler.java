package org.statcommons.data.harvest;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs the harvest job every minute on a thread of its own: the scheduler's shared thread (the outbox, reminders…)
 * only hands it over, so a slow portal delays no other job, and a run still going is not started twice.
 */
@Component
class HarvestScheduler {

    private final HarvestPortals harvest;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "harvester");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean running = new AtomicBoolean();

    HarvestScheduler(HarvestPortals harvest) {
        this.harvest = harvest;
    }

    @Scheduled(initialDelayString = "PT45S", fixedDelayString = "${statcommons.data.harvest-interval:PT1M}")
    void tick() {
        if (running.compareAndSet(false, true)) {
            worker.execute(() -> {
                try {
                    harvest.harvestDue();
                } finally {
                    running.set(false);
                }
            });
        }
    }

    /**
     * Runs the job once the current transaction commits: a source made due by a person is harvested at once, not at the
     * next minute, and never before its row says it is due.
     */
    void tickAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                tick();
            }
        });
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
