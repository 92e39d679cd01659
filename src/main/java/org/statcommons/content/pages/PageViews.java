package org.statcommons.content.pages;

import jakarta.annotation.PreDestroy;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Counts page views per page and day. Nothing about the reader is stored (no address, account, cookie or
 * agent): one counter per page and day. Requests that look like robots (by their User-Agent, or without
 * one) are not counted.
 * <p>
 * A view is counted in memory and written with the others of the last seconds in one statement
 * ({@link #flush}, every 5 seconds and when the server stops), so that reading a page writes nothing to the
 * database. The counts shown add what is not written yet; a crash loses at most those seconds of counting.
 */
@Service
public class PageViews {

    private static final Pattern ROBOT = Pattern.compile(
            "bot|crawl|spider|slurp|fetch|scan|monitor|preview|headless|lighthouse|python|curl|wget|java/|"
                    + "go-http|okhttp|apache-httpclient|libwww|httpie|axios|node-fetch|feed|rss|validator|archiver");

    private final JdbcClient jdbc;
    private final Clock clock;
    /** Views counted and not yet written, by page and day; each key's count changes atomically. */
    private final ConcurrentHashMap<Counted, Long> pending = new ConcurrentHashMap<>();

    private record Counted(long communityId, String path, LocalDate day) {}

    PageViews(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
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
        if (!looksHuman(userAgent)) {
            return;
        }
        pending.merge(new Counted(communityId, path, LocalDate.now(clock.withZone(ZoneOffset.UTC))), 1L, Long::sum);
    }

    /** Writes the views counted since the last time, all in one statement. */
    @Scheduled(fixedDelay = 5_000, initialDelay = 5_000)
    @PreDestroy
    public void flush() {
        List<Long> communities = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        List<Date> days = new ArrayList<>();
        List<Long> views = new ArrayList<>();
        for (Counted counted : pending.keySet()) {
            // taken out atomically: a view counted meanwhile makes a new entry for the next time
            pending.computeIfPresent(counted, (key, count) -> {
                communities.add(key.communityId());
                paths.add(key.path());
                days.add(Date.valueOf(key.day()));
                views.add(count);
                return null;
            });
        }
        if (views.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into content.page_views (community_id, path, day, views)
                        select * from unnest(?::bigint[], ?::text[], ?::date[], ?::bigint[])
                        on conflict (community_id, path, day) do update set views = content.page_views.views + excluded.views""")
                .params(
                        communities.toArray(Long[]::new),
                        paths.toArray(String[]::new),
                        days.toArray(Date[]::new),
                        views.toArray(Long[]::new))
                .update();
    }

    /** Views of the page over the last {@code days} days, today included. */
    public long recent(long communityId, String path, int days) {
        LocalDate after = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(days);
        long notWritten = pending.entrySet().stream()
                .filter(e -> e.getKey().communityId() == communityId
                        && e.getKey().path().equals(path)
                        && e.getKey().day().isAfter(after))
                .mapToLong(e -> e.getValue())
                .sum();
        return notWritten
                + jdbc.sql(
                                "select coalesce(sum(views), 0) from content.page_views where community_id = ? and path = ? and day > ?")
                        .params(communityId, path, after)
                        .query(Long.class)
                        .single();
    }
}
