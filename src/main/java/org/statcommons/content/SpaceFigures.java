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
                          """ + (countViews ? "(select coalesce(sum(views), 0) from (" + VIEWS + ") v)" : "0")
                        + " as views")
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
        return db.sql("select v.path, p.title, sum(v.views) as views from (" + VIEWS + """
                        ) v join content.pages p on p.community_id = :c and p.path = v.path
                        group by v.path, p.title order by views desc, v.path limit :limit""")
                .paramSource(viewDays(communityId, from, until).addValue("limit", limit))
                .query((rs, n) -> new ReadPage(rs.getString("path"), rs.getString("title"), rs.getLong("views")))
                .list();
    }

    /** Views of the space's pages in one UTC month (given by its first day). */
    public record MonthViews(LocalDate month, long views) {}

    /** The period's views by UTC month (months without a view left out), and its most read pages, as {@link #mostRead}. */
    public record Views(List<MonthViews> byMonth, List<ReadPage> mostRead) {}

    /**
     * The period's views by month and its {@code limit} most read pages in one pass over the counts (grouping sets), so
     * that a year of thousands of pages is read once, not once for each.
     */
    public Views views(long communityId, Instant from, Instant until, int limit) {
        record Row(LocalDate month, String path, long views) {}
        List<Row> rows = db.sql("with v as (" + VIEWS + """
                        ), sums as (select month, path, sum(views) as views from v group by grouping sets ((month), (path)))
                        select month, null as path, views from sums where path is null
                        union all
                        (select null, s.path, s.views from sums s
                         join content.pages p on p.community_id = :c and p.path = s.path
                         where s.month is null order by s.views desc, s.path limit :limit)""")
                .paramSource(viewDays(communityId, from, until).addValue("limit", limit))
                .query((rs, n) ->
                        new Row(rs.getObject("month", LocalDate.class), rs.getString("path"), rs.getLong("views")))
                .list();
        List<MonthViews> months = rows.stream()
                .filter(r -> r.path() == null)
                .map(r -> new MonthViews(r.month(), r.views()))
                .sorted(java.util.Comparator.comparing(MonthViews::month))
                .toList();
        List<String> read =
                rows.stream().filter(r -> r.path() != null).map(Row::path).toList();
        java.util.Map<String, String> titles = new java.util.HashMap<>();
        if (!read.isEmpty()) {
            db.sql("select path, title from content.pages where community_id = ? and path = any(?)")
                    .params(communityId, read.toArray(String[]::new))
                    .query((rs, n) -> titles.put(rs.getString("path"), rs.getString("title")))
                    .list();
        }
        List<ReadPage> pages = rows.stream()
                .filter(r -> r.path() != null)
                .map(r -> new ReadPage(r.path(), titles.get(r.path()), r.views()))
                .toList();
        return new Views(months, pages);
    }

    /**
     * The views of a period as rows (path, month, views): its whole months from the counts per month, the days of a
     * month it covers only in part from the counts per day, so that a year reads about twelve rows per page, not 365.
     * Takes the community and the days of {@link #viewDays}.
     */
    private static final String VIEWS = """
            select path, month, views from content.page_views_by_month
            where community_id = :c and month >= :whole_from and month < :whole_until
            union all
            select path, date_trunc('month', day)::date, views from content.page_views
            where community_id = :c and day >= :first and day < :whole_from
            union all
            select path, date_trunc('month', day)::date, views from content.page_views
            where community_id = :c and day >= :whole_until and day < :after""";

    /** The days {@link #VIEWS} needs: the period's first day and the day after it, and its whole months. */
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
