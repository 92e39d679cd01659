package org.statcommons.content.space;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.statcommons.content.SaveResult;

/**
 * Page saves of one space that wait for their turn in this server, written together: whoever gets the space's turn
 * writes every save waiting then, its own among them, as one transaction under the space's lock (one commit each,
 * one after the other, and main moved once), and hands each its own result. Under load the saves of a space queued
 * one behind the other, each taking the lock, writing the index, moving main and waiting for PostgreSQL's commit
 * alone (bench/RESULTS-signed-in.md, session 18); now a save that arrives while another is written waits for the
 * next turn only, which writes all that arrived meanwhile. Saves of other servers still queue on the database lock.
 *
 * @param <S> what a save needs to be written
 */
final class SpaceTurns<S> {

    /** The most saves one turn writes: the rest wait for the next (a transaction stays short). */
    static final int MOST_PER_TURN = 32;

    /** One space's turn and the saves waiting for it; {@code busy} while a turn writes, read and set under the lock. */
    private static final class Turn<S> {
        final ReentrantLock lock = new ReentrantLock();
        final Condition free = lock.newCondition();
        final List<Waiting<S>> waiting = new ArrayList<>();
        boolean busy;
    }

    /** A save waiting for its turn; its result or failure is set by the turn that wrote it. */
    static final class Waiting<S> {
        private final S save;
        private volatile SaveResult result;
        private volatile RuntimeException failure;

        Waiting(S save) {
            this.save = save;
        }

        S save() {
            return save;
        }

        /** Its result, unless it has one already. */
        void saved(SaveResult result) {
            if (!done()) {
                this.result = result;
            }
        }

        /** Its failure, unless it has a result already. */
        void failed(RuntimeException failure) {
            if (!done()) {
                this.failure = failure;
            }
        }

        boolean done() {
            return result != null || failure != null;
        }

        SaveResult result() {
            if (failure != null) {
                throw failure;
            }
            return result;
        }
    }

    /** What writes the saves of a turn. */
    @FunctionalInterface
    interface Writer<S> {
        /**
         * Writes them, settling each (a result or a failure); {@code handOver} lets the next turn begin and the
         * saves settled so far be answered: called once all are settled, as soon as they are (the writer's work
         * after that, such as indexing for search after the commit, need not hold anyone up).
         */
        void write(List<Waiting<S>> together, Runnable handOver);
    }

    /** By space: a few objects per space ever written to in this server's life. */
    private final Map<Long, Turn<S>> turns = new ConcurrentHashMap<>();

    /**
     * Queues the save and waits until it is written: by this thread, which then takes the space's turn and writes
     * every save waiting (up to {@link #MOST_PER_TURN}), or by the turn of another thread that took it with its own.
     */
    SaveResult take(long spaceKey, S save, Writer<S> writer) {
        Turn<S> turn = turns.computeIfAbsent(spaceKey, key -> new Turn<>());
        Waiting<S> mine = new Waiting<>(save);
        turn.lock.lock();
        try {
            turn.waiting.add(mine);
            while (!mine.done()) {
                if (turn.busy) {
                    turn.free.awaitUninterruptibly();
                    continue;
                }
                turn.busy = true;
                List<Waiting<S>> together =
                        new ArrayList<>(turn.waiting.subList(0, Math.min(turn.waiting.size(), MOST_PER_TURN)));
                if (!together.contains(mine)) {
                    // more than a turn's worth waited before it: written with the first of them
                    together.add(mine);
                }
                turn.waiting.removeAll(together);
                turn.lock.unlock();
                AtomicBoolean handed = new AtomicBoolean();
                Runnable handOver = () -> {
                    if (handed.compareAndSet(false, true)) {
                        turn.lock.lock();
                        try {
                            turn.busy = false;
                            turn.free.signalAll();
                        } finally {
                            turn.lock.unlock();
                        }
                    }
                };
                try {
                    settle(together, writer, handOver);
                } finally {
                    handOver.run();
                    turn.lock.lock();
                }
            }
        } finally {
            turn.lock.unlock();
        }
        return mine.result();
    }

    /** Writes them; a save the writer left unsettled (it failed half-way) fails rather than waiting for ever. */
    private static <S> void settle(List<Waiting<S>> together, Writer<S> writer, Runnable handOver) {
        try {
            writer.write(together, handOver);
        } catch (RuntimeException e) {
            together.forEach(waiting -> waiting.failed(e));
        } finally {
            together.forEach(waiting -> waiting.failed(new IllegalStateException("the save was not written")));
        }
    }
}
