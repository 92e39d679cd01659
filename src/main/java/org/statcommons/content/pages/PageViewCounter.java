package org.statcommons.content.pages;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Counts page views per page and day. Nothing about the reader is stored (no address, account, cookie or
 * agent): one counter per page and day. Requests that look like robots (by their User-Agent, or without
 * one) are not counted.
 */
@Component
public class PageViewCounter {

    private static final Pattern ROBOT = Pattern.compile(
            "bot|crawl|spider|slurp|fetch|scan|monitor|preview|headless|lighthouse|python|curl|wget|java/|"
                    + "go-http|okhttp|apache-httpclient|libwww|httpie|axios|node-fetch|feed|rss|validator|archiver");

    private final PageViews views;
    private final Clock clock;

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
            views.add(communityId, path, today());
        }
    }

    /** Views of the page over the last {@code days} days, today included. */
    public long recent(long communityId, String path, int days) {
        return views.after(communityId, path, today().minusDays(days));
    }

    /** The space's most viewed pages over the last {@code days} days, today included, and the total of all its pages. */
    public PageViews.Totals mostViewed(long communityId, int days, int limit) {
        return views.mostViewed(communityId, today().minusDays(days), limit);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
