package org.statcommons.data.ingest;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts the downloads of released data per release, day (UTC) and route, with nothing about who downloaded (no address,
 * account or agent). A download is counted in memory and written with the others of the last seconds in one statement
 * ({@link #flush}, every 5 seconds and when the server stops), so that a download writes nothing to the database and
 * waits for nothing; the counts read add what is not written yet. A crash loses at most those seconds of counting.
 */
@Component
public class DownloadCounter {

    /** How the data left: a whole release as CSV, JSON or Excel, or a slice of the query API. */
    public enum Route {
        CSV,
        JSON,
        XLSX,
        API;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Downloads of one release on one day, by route. */
    public record Day(long releaseId, LocalDate day, Map<Route, Long> byRoute) {

        public long total() {
            return byRoute.values().stream().mapToLong(Long::longValue).sum();
        }

        public long of(Route route) {
            return byRoute.getOrDefault(route, 0L);
        }
    }

    private record Key(long releaseId, LocalDate day, Route route) {}

    private final DownloadCounts counts;
    private final Clock clock;
    /** Downloads counted and not yet written; each key's count changes atomically. */
    private final ConcurrentHashMap<Key, Long> pending = new ConcurrentHashMap<>();

    DownloadCounter(DownloadCounts counts, Clock clock) {
        this.counts = counts;
        this.clock = clock;
    }

    /** Counts one download of the release today. */
    public void count(long releaseId, Route route) {
        pending.merge(new Key(releaseId, today(), route), 1L, Long::sum);
    }

    /** Writes the downloads counted since the last time, all in one statement. */
    @Scheduled(fixedDelay = 5_000, initialDelay = 5_000)
    @PreDestroy
    public void flush() {
        List<DownloadCounts.Counted> counted = new ArrayList<>();
        for (Key key : pending.keySet()) {
            // taken out atomically: a download counted meanwhile makes a new entry for the next time
            pending.computeIfPresent(key, (k, n) -> {
                counted.add(new DownloadCounts.Counted(
                        k.releaseId(), k.day(), k.route().code(), n));
                return null;
            });
        }
        counts.addAll(counted);
    }

    /** The downloads of these releases, by release (newest id first) and day (latest first). */
    public List<Day> of(List<Long> releaseIds) {
        if (releaseIds.isEmpty()) {
            return List.of();
        }
        Map<Key, Long> all = new ConcurrentHashMap<>();
        counts.of(releaseIds)
                .forEach(c -> all.merge(
                        new Key(c.releaseId(), c.day(), Route.valueOf(c.route().toUpperCase(Locale.ROOT))),
                        c.downloads(),
                        Long::sum));
        pending.forEach((key, n) -> {
            if (releaseIds.contains(key.releaseId())) {
                all.merge(key, n, Long::sum);
            }
        });
        return all.entrySet().stream()
                .collect(Collectors.groupingBy(
                        e -> new Key(e.getKey().releaseId(), e.getKey().day(), Route.API),
                        Collectors.toMap(e -> e.getKey().route(), Map.Entry::getValue)))
                .entrySet()
                .stream()
                .map(e -> new Day(e.getKey().releaseId(), e.getKey().day(), e.getValue()))
                .sorted(Comparator.comparingLong(Day::releaseId)
                        .reversed()
                        .thenComparing(Day::day, Comparator.reverseOrder()))
                .toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
