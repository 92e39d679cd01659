package org.statcommons.content.space;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.statcommons.content.SpaceChanged;

/**
 * Keeps spaces compact. Every save writes its new objects one by one (a commit, the trees on the page's
 * path, the page), and every push adds a pack: without repacking, a busy space grows by its whole folder
 * tree per save and a clone has to compress all of it again, every time. So:
 * <ul>
 * <li><b>after a burst</b>: after every change ({@link SpaceChanged}, or a push), the space's storage is
 * measured (cheaply, on this component's own thread) and the space is repacked when its loose objects
 * outgrow {@code statcommons.content.repack-loose-size} and half its packed size, or it has more than
 * {@code repack-packs} packs; at most once per {@code repack-pause} per space, so that a flood of saves
 * does not keep a core repacking;</li>
 * <li><b>on a schedule</b> ({@code statcommons.content.repack-schedule}, nightly by default): every space
 * with anything loose or more than one pack is repacked, so quiet spaces end up fully packed too.</li>
 * </ul>
 * Repacks run on one background thread for the whole server: never on a request thread, never two at once,
 * so never twice at once for one space. The repack itself is the store's ({@link SpaceRepositories#repack}),
 * safe while people save, push and clone.
 */
@Component
public class SpaceRepacker implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SpaceRepacker.class);

    private final SpaceRepositories repositories;
    private final ContentProperties properties;
    private final IndexedSpaces indexedSpaces;
    private final ScheduledExecutorService worker;
    private final Map<Long, Space> spaces = new ConcurrentHashMap<>();
    /** Drops of replaced packs waiting for their grace (see {@link SpaceRepositories#dropReplacedPacks}). */
    private final Set<ScheduledFuture<?>> drops = ConcurrentHashMap.newKeySet();

    SpaceRepacker(SpaceRepositories repositories, ContentProperties properties, IndexedSpaces indexedSpaces) {
        this.repositories = repositories;
        this.properties = properties;
        this.indexedSpaces = indexedSpaces;
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "space-repack");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        this.worker = executor;
    }

    /** What this server knows of one space between checks. */
    private static final class Space {
        /** A check is waiting on the worker: further changes need not queue another. */
        final AtomicBoolean queued = new AtomicBoolean();
        /** When the last repack ended (System.nanoTime), 0 before the first. */
        volatile long lastRepackEnd;
    }

    /**
     * A save, merge or push to main changed the space. Runs inside the saving transaction but only queues a
     * check: should the save roll back, the check finds nothing new and does nothing.
     */
    @EventListener
    void on(SpaceChanged changed) {
        changed(changed.communityId());
    }

    /** Queues a check of the space unless one is waiting already. */
    public void changed(long communityId) {
        Space space = spaces.computeIfAbsent(communityId, id -> new Space());
        if (space.queued.compareAndSet(false, true)) {
            later(communityId, space, 0);
        }
    }

    private void later(long communityId, Space space, long delayNanos) {
        try {
            worker.schedule(() -> checkAfterPause(communityId, space), delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException shuttingDown) {
            space.queued.set(false);
        }
    }

    /**
     * The pause is measured when the check runs, so that it also holds after a repack that ended while the
     * check waited: until it is over the check waits, still queued, and changes meanwhile add nothing.
     */
    private void checkAfterPause(long communityId, Space space) {
        long wait = space.lastRepackEnd == 0
                ? 0
                : space.lastRepackEnd + properties.repackPause().toNanos() - System.nanoTime();
        if (wait > 0) {
            later(communityId, space, wait);
            return;
        }
        check(communityId, space, false);
    }

    /** Every space with anything loose or more than one pack, one after the other on the worker. */
    @Scheduled(cron = "${statcommons.content.repack-schedule:0 30 3 * * *}")
    void scheduled() {
        sweep(indexedSpaces.communityIds());
    }

    /** Queues a scheduled check of each of these spaces. */
    void sweep(List<Long> ids) {
        log.info("Scheduled repack: checking {} spaces", ids.size());
        for (long id : ids) {
            Space space = spaces.computeIfAbsent(id, key -> new Space());
            worker.execute(() -> check(id, space, true));
        }
    }

    /** Repacks the space now, on the worker, whatever its state; waits until done (for benchmarks and tests). */
    void repackNow(long communityId) throws Exception {
        Space space = spaces.computeIfAbsent(communityId, id -> new Space());
        worker.submit(() -> repack(communityId, space)).get();
    }

    /**
     * Waits until every check and repack queued so far has run, and the packs they replaced are dropped after
     * their grace (for benchmarks and tests).
     */
    void awaitQuiet() throws Exception {
        while (spaces.values().stream().anyMatch(space -> space.queued.get())) {
            worker.submit(() -> {}).get();
            Thread.sleep(50);
        }
        worker.submit(() -> {}).get();
        for (ScheduledFuture<?> drop : List.copyOf(drops)) {
            drop.get();
        }
        drops.removeIf(ScheduledFuture::isDone);
    }

    private void check(long communityId, Space space, boolean scheduled) {
        if (!scheduled) {
            // from here, a change needs a check of its own
            space.queued.set(false);
        }
        try {
            SpaceRepositories.Storage storage =
                    repositories.storage(communityId).orElse(null);
            if (storage != null && (scheduled ? anythingToPack(storage) : outgrown(storage))) {
                repack(communityId, space);
            }
        } catch (RuntimeException e) {
            log.warn(
                    "Checking or repacking space {} failed; the next change or the schedule tries again",
                    communityId,
                    e);
        }
    }

    private boolean outgrown(SpaceRepositories.Storage storage) {
        long loose = Math.max(properties.repackLooseSize().toBytes(), storage.packedBytes() / 2);
        return storage.looseBytes() > loose || storage.packs() > properties.repackPacks();
    }

    private static boolean anythingToPack(SpaceRepositories.Storage storage) {
        return storage.looseBytes() > 0 || storage.packs() > 1;
    }

    private void repack(long communityId, Space space) {
        long start = System.nanoTime();
        try {
            SpaceRepositories.Storage before = repositories.storage(communityId).orElse(null);
            repositories.repack(communityId);
            log.info(
                    "Repacked space {} in {} ms: {} -> {}",
                    communityId,
                    (System.nanoTime() - start) / 1_000_000,
                    before,
                    repositories.storage(communityId).orElse(null));
            dropReplacedAfterGrace(communityId);
        } finally {
            space.lastRepackEnd = System.nanoTime();
        }
    }

    /** The packs this repack replaced go once clones that may have listed them have opened them. */
    private void dropReplacedAfterGrace(long communityId) {
        try {
            drops.add(worker.schedule(
                    () -> {
                        try {
                            repositories.dropReplacedPacks(communityId);
                        } catch (RuntimeException e) {
                            log.warn(
                                    "Dropping replaced packs of space {} failed; the next repack tries again",
                                    communityId,
                                    e);
                        }
                    },
                    properties.repackGrace().toNanos(),
                    TimeUnit.NANOSECONDS));
            drops.removeIf(ScheduledFuture::isDone);
        } catch (RejectedExecutionException shuttingDown) {
            // the next repack after the start drops them
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        // a repack under way is interrupted (JGit's GC checks the thread's interrupt flag) and leaves the old packs
        worker.shutdownNow();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }
}
