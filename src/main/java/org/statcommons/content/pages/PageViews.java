package org.statcommons.content.pages;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Counts page views per page and day. Nothing about the reader is stored (no address, account, cookie or
 * agent): one counter per page and day. Requests that look like robots (by their User-Agent, or without
 * one) are not counted.
 */
@Service
public class PageViews {

    private static final Pattern ROBOT = Pattern.compile(
            "bot|crawl|spider|slurp|fetch|scan|monitor|preview|headless|lighthouse|python|curl|wget|java/|"
                    + "go-http|okhttp|apache-httpclient|libwww|httpie|axios|node-fetch|feed|rss|validator|archiver");

    private final JdbcClient jdbc;
    private final Clock clock;

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
        jdbc.sql("""
                        insert into content.page_views (community_id, path, day, views) values (?, ?, ?, 1)
                        on conflict (community_id, path, day) do update set views = content.page_views.views + 1""")
                .params(communityId, path, LocalDate.now(clock.withZone(ZoneOffset.UTC)))
                .update();
    }

    /** Views of the page over the last {@code days} days, today included. */
    public long recent(long communityId, String path, int days) {
        return jdbc.sql(
                        "select coalesce(sum(views), 0) from content.page_views where community_id = ? and path = ? and day > ?")
                .params(
                        communityId,
                        path,
                        LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(days))
                .query(Long.class)
                .single();
    }
}
