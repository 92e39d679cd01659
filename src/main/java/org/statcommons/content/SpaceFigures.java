package org.statcommons.content;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Figures of a space over a period, for reports (the annual progress report): pages, edits, proposals, publishing
 * and views, each counted by the database from the space's index (commits and the paths they changed), its proposals
 * and its view counts, over the community's index ranges.
 */
@Repository
public class SpaceFigures {

    /** What a space saw in a period, and how many pages it has now. */
    public record Figures(
            long pagesNow,
            long pagesAdded,
            long pagesChanged,
            long edits,
            long proposalsOpened,
            long proposalsAccepted,
            long pagesPublished,
            long views) {}

    /** A page and how many times it was read in the period. */
    public record ReadPage(String path, String title, long views) {}

    private final JdbcClient db;

    SpaceFigures(JdbcClient db) {
        this.db = db;
    }

    /**
     * The figures of the period, the pages whose path starts with {@code leftOut} not counted (a report's own pages:
     * a report must not count itself), nor the commits that changed only those.
     */
    public Figures of(long communityId, Instant from, Instant until, String leftOut) {
        return of(communityId, from, until, leftOut, true);
    }

    /**
     * The same figures; with {@code countViews} false, {@code views} is 0 and the counts of views are not read (for a
     * caller that sums them from {@link #views} anyway).
     */
    public Figures of(long communityId, Instant from, Instant until, String leftOut, boolean countViews) {
        Timestamp start = Timestamp.from(from);
        Timestamp end = Timestamp.from(until);
        return db.sql("""
                        select
                          (select count(*) from content.pages where community_id = :c and not starts_with(path, :out)) as pages_now,
                          (select count(distinct p.path) from content.commits k
                             join content.commit_paths p on p.community_id = k.community_id and p.seq = k.seq
                           where k.community_id = :c and k.authored_at >= :from and k.authored_at < :until
                             and p.change in ('A', 'R') and p.path like '%.md' and not starts_with(p.path, :out)) as added,
                          (select count(distinct p.path) from content.commits k
                             join content.commit_paths p on p.community_id = k.community_id and p.seq = k.seq
                           where k.community_id = :c and k.authored_at >= :from and k.authored_at < :until
                             and p.change in ('A', 'M', 'R') and p.path like '%.md' and not starts_with(p.path, :out)) as changed,
                          (select count(*) from content.commits k
                           where k.community_id = :c and k.authored_at >= :from and k.authored_at < :until
                             and exists (select 1 from content.commit_paths p
                                         where p.community_id = k.community_id and p.seq = k.seq
                                           and not starts_with(p.path, :out))) as edits,
                          (select count(*) from content.proposals
                           where community_id = :c and created_at >= :from and created_at < :until) as opened,
                          (select count(*) from content.proposal_events e join content.proposals p on p.id = e.proposal_id
                           where p.community_id = :c and e.kind = 'MERGED'
                             and e.created_at >= :from and e.created_at < :until) as accepted,
                          (select count(distinct path) from content.publication_events
                           where community_id = :c and published and at >= :from and at < :until) as published,
                          """ + (countViews ? "(" + TOTAL + ")" : "0") + " as views")
                .paramSource(viewDays(communityId, from, until)
                        .addValue("out", leftOut)
                        .addValue("from", start)
                        .addValue("until", end))
                .query((rs, n) -> new Figures(
                        rs.getLong("pages_now"),
                        rs.getLong("added"),
                        rs.getLong("changed"),
                        rs.getLong("edits"),
                        rs.getLong("opened"),
                        rs.getLong("accepted"),
                        rs.getLong("published"),
                        rs.getLong("views")))
                .single();
    }

    /** The pages read most in the period, most read first, with their titles now (pages since deleted left out). */
    public List<ReadPage> mostRead(long communityId, Instant from, Instant until, int limit) {
        return db.sql(MOST_READ)
                .paramSource(viewDays(communityId, from, until).addValue("limit", limit))
                .query((rs, n) -> new ReadPage(rs.getString("path"), rs.getString("title"), rs.getLong("views")))
                .list();
    }

    /** Views of the space's pages in one UTC month (given by its first day). */
    public record MonthViews(LocalDate month, long views) {}

    /** The period's views by UTC month (months without a view left out), and its most read pages, as {@link #mostRead}. */
    public record Views(List<MonthViews> byMonth, List<ReadPage> mostRead) {}

    /**
     * The period's views by month, from the space's views per day ({@code content.space_views_by_day}, a row a day kept
     * by the database from the counts per page: five years are 1,826 rows, whatever the number of pages), and its
     * {@code limit} most read pages, from the counts of the pages the space has now ({@link #mostRead}).
     */
    public Views views(long communityId, Instant from, Instant until, int limit) {
        List<MonthViews> months = db.sql("""
                        select date_trunc('month', day)::date as month, sum(views) as views from content.space_views_by_day
                        where community_id = :c and day >= :first and day < :after group by 1 order by 1""")
                .paramSource(viewDays(communityId, from, until))
                .query((rs, n) -> new MonthViews(rs.getObject("month", LocalDate.class), rs.getLong("views")))
                .list();
        return new Views(months, mostRead(communityId, from, until, limit));
    }

    /** The views of every path of the space in a period: the sum of its days. Takes the days of {@link #viewDays}. */
    private static final String TOTAL = """
            select coalesce(sum(views), 0) from content.space_views_by_day
            where community_id = :c and day >= :first and day < :after""";

    /**
     * The most read pages of a period: the views of each page the space has now (not of every path ever read), its
     * whole months from the counts per month, the days of a month it covers only in part from the counts per day.
     * Takes the days of {@link #viewDays} and {@code limit}.
     */
    private static final String MOST_READ = """
            with v as (
                select p.path, p.title, m.views from content.pages p
                join content.page_views_by_month m on m.community_id = p.community_id and m.path = p.path
                where p.community_id = :c and m.month >= :whole_from and m.month < :whole_until
                union all
                select p.path, p.title, d.views from content.pages p
                join content.page_views d on d.community_id = p.community_id and d.path = p.path
                where p.community_id = :c and d.day >= :first and d.day < :whole_from
                union all
                select p.path, p.title, d.views from content.pages p
                join content.page_views d on d.community_id = p.community_id and d.path = p.path
                where p.community_id = :c and d.day >= :whole_until and d.day < :after)
            select path, title, sum(views) as views from v group by path, title order by views desc, path limit :limit""";

    /** The days a period's views are read by: the period's first day and the day after it, and its whole months. */
    private static MapSqlParameterSource viewDays(long communityId, Instant from, Instant until) {
        LocalDate first = day(from);
        LocalDate after = day(until);
        LocalDate wholeFrom =
                first.getDayOfMonth() == 1 ? first : first.withDayOfMonth(1).plusMonths(1);
        LocalDate wholeUntil = after.withDayOfMonth(1);
        if (!wholeFrom.isBefore(wholeUntil)) {
            // no whole month: every day from the counts per day
            wholeFrom = after;
            wholeUntil = after;
        }
        return new MapSqlParameterSource()
                .addValue("c", communityId)
                .addValue("first", first)
                .addValue("after", after)
                .addValue("whole_from", wholeFrom)
                .addValue("whole_until", wholeUntil);
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }
}
