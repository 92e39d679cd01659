package org.statcommons.content.pages;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One counter of views per page and day ({@code content.page_views}), and per page and month
 * ({@code content.page_views_by_month}, for figures over long periods), added to in one statement; nothing about the
 * reader is stored. Counted by {@link PageViewCounter}.
 */
@Repository
public class PageViews {

    private final JdbcClient jdbc;

    PageViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Views counted of one page on one day. */
    record Counted(long communityId, String path, LocalDate day, long views) {}

    /** Adds the counts to the stored counters, all in one statement. */
    void addAll(List<Counted> counts) {
        if (counts.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        with counted as (
                            select * from unnest(?::bigint[], ?::text[], ?::date[], ?::bigint[])
                                as c(community_id, path, day, views)),
                        daily as (
                            insert into content.page_views (community_id, path, day, views)
                            select community_id, path, day, views from counted
                            on conflict (community_id, path, day) do update set views = content.page_views.views + excluded.views)
                        insert into content.page_views_by_month (community_id, path, month, views)
                        select community_id, path, date_trunc('month', day)::date, sum(views) from counted group by 1, 2, 3
                        on conflict (community_id, month, path)
                        do update set views = content.page_views_by_month.views + excluded.views""")
                .params(
                        counts.stream().map(Counted::communityId).toArray(Long[]::new),
                        counts.stream().map(Counted::path).toArray(String[]::new),
                        counts.stream().map(c -> Date.valueOf(c.day())).toArray(Date[]::new),
                        counts.stream().map(Counted::views).toArray(Long[]::new))
                .update();
    }

    /** Views of the page on the days after {@code day}. */
    long after(long communityId, String path, LocalDate day) {
        return jdbc.sql(
                        "select coalesce(sum(views), 0) from content.page_views where community_id = ? and path = ? and day > ?")
                .params(communityId, path, day)
                .query(Long.class)
                .single();
    }

    /** Views of a space's pages on the days after {@code day}: the most viewed first, and the total of every page. */
    public record Totals(List<Viewed> pages, long total) {}

    /** Views of one page. */
    public record Viewed(String path, long views) {}

    /**
     * The {@code limit} most viewed pages on the days after {@code day}, and the total of all pages, in one query
     * over the index {@code page_views_by_day}.
     */
    Totals mostViewed(long communityId, LocalDate day, int limit) {
        List<Row> rows = jdbc.sql("""
                        select path, sum(views) as views, sum(sum(views)) over () as total
                        from content.page_views where community_id = ? and day > ?
                        group by path order by views desc, path limit ?""")
                .params(communityId, day, limit)
                .query((rs, n) -> new Row(new Viewed(rs.getString("path"), rs.getLong("views")), rs.getLong("total")))
                .list();
        return new Totals(
                rows.stream().map(Row::viewed).toList(),
                rows.isEmpty() ? 0 : rows.get(0).total());
    }

    /** A row of {@link #mostViewed}: the total of every page is repeated on each. */
    private record Row(Viewed viewed, long total) {}
}
