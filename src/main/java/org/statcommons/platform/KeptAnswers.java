package org.statcommons.platform;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.statcommons.platform.database.ServerSignals;

/**
 * A repository's answers kept in memory across requests, by key, each forgotten by the writes that change it: the
 * repository calls {@link #forget} in every method that writes what an answer was read from. A write forgets at
 * once and again when its transaction ends (committed or rolled back), so that an answer read by another request
 * while the write was not yet committed is not kept after it; an answer read inside a transaction is never kept
 * (it may see that transaction's own uncommitted writes); and an answer read while a forget happened is not kept.
 * Kept answers are at most {@code capacity}; past it they are all forgotten (simple, and rare).
 * <p>
 * Several servers sharing one database hear of each other's writes through {@link ServerSignals}: a forget here is
 * told to the others under the answers' topic once its transaction ends, and each of them forgets every answer of that
 * topic (keys are not sent). A repository's own setting can still turn keeping off.
 */
public final class KeptAnswers<K, V> {

    private final ConcurrentHashMap<K, V> kept = new ConcurrentHashMap<>();
    /** Counts the forgets, so that an answer read before a forget is not kept after it. */
    private final AtomicLong changes = new AtomicLong();

    private final int capacity;
    private final boolean keep;
    private final ServerSignals signals;
    private final String topic;

    /**
     * @param keep    false: every answer is read again
     * @param signals how other servers on the same database hear of this one's forgets, and it of theirs
     * @param topic   the name these answers are forgotten by across servers (one per repository)
     */
    public KeptAnswers(int capacity, boolean keep, ServerSignals signals, String topic) {
        this.capacity = capacity;
        this.keep = keep;
        this.signals = signals;
        this.topic = topic;
        signals.onChange(topic, this::forgetAllNow);
    }

    /** The kept answer when there is one that {@code fits}, else the one read now (kept if it may be). */
    public V get(K key, Predicate<V> fits, Supplier<V> read) {
        V known = kept.get(key);
        if (known != null && fits.test(known)) {
            return known;
        }
        long before = changes.get();
        V answer = read.get();
        if (!keep || answer == null || TransactionSynchronizationManager.isActualTransactionActive()) {
            return answer;
        }
        if (kept.size() >= capacity) {
            kept.clear();
        }
        kept.put(key, answer);
        // a forget after the read began: what was read may be older than the write
        if (changes.get() != before) {
            kept.remove(key, answer);
        }
        return answer;
    }

    public V get(K key, Supplier<V> read) {
        return get(key, answer -> true, read);
    }

    /** The answer under this key is read again: now, and when the current transaction (if any) ends. */
    public void forget(K key) {
        forgetNow(key);
        signals.changed(topic);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forgetNow(key);
                }
            });
        }
    }

    /** Every answer is read again: now, and when the current transaction (if any) ends. */
    public void forgetAll() {
        forgetAllNow();
        signals.changed(topic);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forgetAllNow();
                }
            });
        }
    }

    private void forgetNow(K key) {
        changes.incrementAndGet();
        kept.remove(key);
    }

    private void forgetAllNow() {
        changes.incrementAndGet();
        kept.clear();
    }
}
