package org.statcommons.content.pages;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts page views per page and day. Nothing about the reader is stored (no address, account, cookie or
 * agent): one counter per page and day. Requests that look like robots (by their User-Agent, or without
 * one) are not counted.
 * <p>
 * A view is counted in memory and written with the others of the last seconds in one statement
 * ({@link #flush}, every 5 seconds and when the server stops), so that reading a page writes nothing to the
 * database. The counts shown add what is not written yet; a crash loses at most those seconds of counting.
 * A page's written views over the last days are read once and remembered until the next flush (at most 5
 * seconds; another server's views written meanwhile show after it), so that reading a page reads no count either.
 */
@Component
public class PageViewCounter {

    private static final Pattern ROBOT = Pattern.compile(
            "bot|crawl|spider|slurp|fetch|scan|monitor|preview|headless|lighthouse|python|curl|wget|java/|"
                    + "go-http|okhttp|apache-httpclient|libwww|httpie|axios|node-fetch|feed|rss|validator|archiver");

    private final PageViews views;
    private final Clock clock;
    /** Views counted and not yet written, by page and day; each key's count changes atomically. */
    private final ConcurrentHashMap<Day, Long> pending = new ConcurrentHashMap<>();
    /** Views written before the last flush, by page and first day counted (the day after {@code after}). */
    private final ConcurrentHashMap<Day, Long> written = new ConcurrentHashMap<>();

    private record Day(long communityId, String path, LocalDate day) {}

    PageViewCounter(PageViews views, Clock clock) {
        this.views = views;
        this.clock = clock;
    }

    /** A browser used by a person, as far as its User-Agent tells. */
    public static boolean looksHuman(String userAgent) {
        if (userAgent == null || userAgent.isBlank() || userAgent.length() > 1000) {
            return false;
        }
        String agent = userAgent.toLowerCase(Locale.ROOT);
        return agent.startsWith("mozilla/") && !ROBOT.matcher(agent).find();
    }

    /** Counts one view of the page today (UTC), unless the User-Agent looks like a robot. */
    public void count(long communityId, String path, String userAgent) {
        if (looksHuman(userAgent)) {
            pending.merge(new Day(communityId, path, today()), 1L, Long::sum);
        }
    }

    /** Writes the views counted since the last time, all in one statement. */
    @Scheduled(fixedDelay = 5_000, initialDelay = 5_000)
    @PreDestroy
    public void flush() {
        List<PageViews.Counted> counts = new ArrayList<>();
        for (Day day : pending.keySet()) {
            // taken out atomically: a view counted meanwhile makes a new entry for the next time
            pending.computeIfPresent(day, (key, count) -> {
                counts.add(new PageViews.Counted(key.communityId(), key.path(), key.day(), count));
                return null;
            });
        }
        views.addAll(counts);
        // after the write: a count read before it and remembered is forgotten here (clearing waits for a count
        // being read into the map), one read after it is right
        written.clear();
    }

    /** Views of the page over the last {@code days} days, today included. */
    public long recent(long communityId, String path, int days) {
        LocalDate after = today().minusDays(days);
        long notWritten = pending.entrySet().stream()
                .filter(e -> e.getKey().communityId() == communityId
                        && e.getKey().path().equals(path)
                        && e.getKey().day().isAfter(after))
                .mapToLong(e -> e.getValue())
                .sum();
        return notWritten
                + written.computeIfAbsent(
                        new Day(communityId, path, after), day -> views.after(communityId, path, after));
    }

    /** The space's most viewed pages over the last {@code days} days, today included, and the total of all its pages. */
    public PageViews.Totals mostViewed(long communityId, int days, int limit) {
        LocalDate after = today().minusDays(days);
        Map<String, Long> notWritten = new HashMap<>();
        pending.forEach((key, count) -> {
            if (key.communityId() == communityId && key.day().isAfter(after)) {
                notWritten.merge(key.path(), count, Long::sum);
            }
        });
        PageViews.Totals written = views.mostViewed(communityId, after, limit);
        if (notWritten.isEmpty()) {
            return written;
        }
        // the views not written yet added to the most viewed written ones (a page outside those gets only its
        // unwritten views here, for at most the seconds until the next flush)
        Map<String, Long> merged = new HashMap<>(notWritten);
        written.pages().forEach(page -> merged.merge(page.path(), page.views(), Long::sum));
        List<PageViews.Viewed> pages = merged.entrySet().stream()
                .map(e -> new PageViews.Viewed(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(PageViews.Viewed::views)
                        .reversed()
                        .thenComparing(PageViews.Viewed::path))
                .limit(limit)
                .toList();
        long total = written.total()
                + notWritten.values().stream().mapToLong(Long::longValue).sum();
        return new PageViews.Totals(pages, total);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
