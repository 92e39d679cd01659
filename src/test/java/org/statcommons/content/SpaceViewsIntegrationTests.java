package org.statcommons.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.JoinPolicy;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.content.pages.PageViewCounter;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;

/**
 * The space's figures of views read from the kept counts (views per space and day, kept by the database; per page and
 * month, kept by the counter) are exactly those summed from the counts per page and day: on 27 months of views of
 * three pages and of a path that is no page (written by bulk SQL, as the benchmark seeds them) and views counted today
 * through the real counter (an insert-or-update that adds to a day already counted), for periods of whole months, of
 * part months and of the current, unclosed month alone.
 */
@StatCommonsIntegrationTest
class SpaceViewsIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    @Autowired
    SpaceFigures figures;

    @Autowired
    PageViewCounter counter;

    @Autowired
    Clock clock;

    @Test
    void theKeptCountsGiveExactlyTheFiguresOfTheCountsPerPageAndDay() {
        Community community = fixtures.community(
                "Kept views", JoinPolicy.BY_INVITATION, fixtures.account("Kept founder", PlatformRole.SECRETARIAT));
        Visitor editor = fixtures.signedIn(fixtures.member(community, "Kim Editor", CommunityRole.FACILITATOR));
        for (String page : List.of("alpha", "beta", "gamma")) {
            fixtures.page(editor, community, page, "Page " + page, "Read me.");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate start = today.withDayOfMonth(1).minusMonths(26).plusDays(11);
        db.sql("""
                        insert into content.page_views (community_id, path, day, views)
                        select ?, p, d::date, 1 + (length(p) * 7 + extract(doy from d)::int) % 13
                        from unnest(array['alpha.md', 'beta.md', 'gamma.md', 'gone.md']) p,
                             generate_series(?::date, ?::date, interval '1 day') d""").params(community.id(), start, today).update();
        db.sql("""
                        insert into content.page_views_by_month (community_id, path, month, views)
                        select community_id, path, date_trunc('month', day)::date, sum(views) from content.page_views
                        where community_id = ? group by 1, 2, 3""").param(community.id()).update();
        // today's views through the counter: its statement adds to the day's rows written above
        String browser = "Mozilla/5.0 (X11; Linux x86_64)";
        for (int i = 0; i < 5; i++) {
            counter.count(community.id(), "beta.md", browser);
        }
        counter.count(community.id(), "gone.md", browser);
        counter.flush();

        LocalDate thisMonth = today.withDayOfMonth(1);
        List<LocalDate[]> periods = List.of(
                new LocalDate[] {start, today.plusDays(1)},
                new LocalDate[] {thisMonth.minusMonths(11), today.plusDays(1)},
                new LocalDate[] {thisMonth, today.plusDays(1)},
                new LocalDate[] {today, today.plusDays(1)},
                new LocalDate[] {start.plusDays(3), thisMonth.minusMonths(2).plusDays(5)},
                new LocalDate[] {thisMonth.minusMonths(3), thisMonth.minusMonths(1)});
        for (LocalDate[] period : periods) {
            Instant from = period[0].atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant until = period[1].atStartOfDay(ZoneOffset.UTC).toInstant();
            SpaceFigures.Views kept = figures.views(community.id(), from, until, 2);
            List<SpaceFigures.MonthViews> byMonth = db.sql("""
                            select date_trunc('month', day)::date as month, sum(views) as views from content.page_views
                            where community_id = ? and day >= ? and day < ? group by 1 order by 1""")
                    .params(community.id(), period[0], period[1])
                    .query((rs, n) ->
                            new SpaceFigures.MonthViews(rs.getObject("month", LocalDate.class), rs.getLong("views")))
                    .list();
            List<SpaceFigures.ReadPage> mostRead = db.sql("""
                            select v.path, p.title, sum(v.views) as views from content.page_views v
                            join content.pages p on p.community_id = v.community_id and p.path = v.path
                            where v.community_id = ? and v.day >= ? and v.day < ?
                            group by v.path, p.title order by views desc, v.path limit 2""")
                    .params(community.id(), period[0], period[1])
                    .query((rs, n) ->
                            new SpaceFigures.ReadPage(rs.getString("path"), rs.getString("title"), rs.getLong("views")))
                    .list();
            long total =
                    byMonth.stream().mapToLong(SpaceFigures.MonthViews::views).sum();
            String asked = period[0] + " to " + period[1];
            assertThat(kept.byMonth()).as(asked).isEqualTo(byMonth).isNotEmpty();
            assertThat(kept.mostRead()).as(asked).isEqualTo(mostRead).hasSize(2);
            assertThat(figures.mostRead(community.id(), from, until, 2))
                    .as(asked)
                    .isEqualTo(mostRead);
            assertThat(figures.of(community.id(), from, until, "/").views())
                    .as(asked)
                    .isEqualTo(total);
        }
        // today's counted views are in the figures of the current month
        long todayViews = db.sql("select sum(views) from content.space_views_by_day where community_id = ? and day = ?")
                .params(community.id(), today)
                .query(Long.class)
                .single();
        long todayRows = db.sql("select sum(views) from content.page_views where community_id = ? and day = ?")
                .params(community.id(), today)
                .query(Long.class)
                .single();
        assertThat(todayViews).isEqualTo(todayRows);
    }
}
