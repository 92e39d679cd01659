package org.statcommons.platform;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongBiFunction;

/**
 * The most recently used values, up to a total weight (for rendered texts: their characters), least recently
 * used leaving first. Callers compute a missing value themselves, outside this cache's lock, so that a slow
 * computation never holds up readers of other keys; two callers may then compute the same value once each, which
 * is harmless. A value heavier than half the capacity is not kept: one huge text must not push out
 * everything else. Thread-safe.
 */
public final class WeightedCache<K, V> {

    private final long capacity;
    private final ToLongBiFunction<K, V> weigher;
    private final LinkedHashMap<K, Entry<V>> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long weight;

    private record Entry<V>(V value, long weight) {}

    /** @param weigher the weight of a key and its value, in the unit of {@code capacity} */
    public WeightedCache(long capacity, ToLongBiFunction<K, V> weigher) {
        this.capacity = capacity;
        this.weigher = weigher;
    }

    /** The value remembered for the key, or null. */
    public V get(K key) {
        synchronized (entries) {
            Entry<V> entry = entries.get(key);
            return entry == null ? null : entry.value();
        }
    }

    /** Remembers the value (replacing an earlier one), unless it is too heavy; forgets the least recently used beyond the capacity. */
    public void put(K key, V value) {
        long added = weigher.applyAsLong(key, value);
        synchronized (entries) {
            Entry<V> old = entries.remove(key);
            if (old != null) {
                weight -= old.weight();
            }
            if (added > capacity / 2) {
                return;
            }
            entries.put(key, new Entry<>(value, added));
            weight += added;
            Iterator<Map.Entry<K, Entry<V>>> eldest = entries.entrySet().iterator();
            while (weight > capacity && eldest.hasNext()) {
                weight -= eldest.next().getValue().weight();
                eldest.remove();
            }
        }
    }

    /** Forgets the key's value, if any. */
    public void remove(K key) {
        synchronized (entries) {
            Entry<V> old = entries.remove(key);
            if (old != null) {
                weight -= old.weight();
            }
        }
    }

    /** Forgets every value. */
    public void clear() {
        synchronized (entries) {
            entries.clear();
            weight = 0;
        }
    }

    /** The total weight of what is remembered now. */
    public long weight() {
        synchronized (entries) {
            return weight;
        }
    }
}
