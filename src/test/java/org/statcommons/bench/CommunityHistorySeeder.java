package org.statcommons.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.function.LongUnaryOperator;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.content.Author;
import org.statcommons.content.PageEdit;
import org.statcommons.content.SavePage;
import org.statcommons.content.SetUpSpace;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;

/**
 * Five years of a community's life written by bulk SQL, for the benchmarks that read it back (the dashboard, the
 * progress report): {@value #PEOPLE} people of nine kinds from 40 countries who joined evenly over the years, a sixth of
 * whom left a year later; a meeting a week, two decisions a week with their votes, two newsletters a month; the
 * activity stream; {@value #PAGES} pages saved through the real path and their daily views. What the recorders keep
 * beside the rows they record (daily counts, views by month) is written too, since bulk rows bypass them.
 */
final class CommunityHistorySeeder {

    static final int YEARS = 5;
    static final int PEOPLE = 6_000;
    static final int PAGES = 40;

    /** What was written: the secretariat's account, the community, and figures for the benchmark's first row. */
    record History(
            Account office,
            Community community,
            String slug,
            LocalDate start,
            long lines,
            long left,
            long viewRows,
            double streamSeconds,
            double viewSeconds,
            double seconds) {}

    private CommunityHistorySeeder() {}

    /**
     * Seeds a new community whose slug starts with {@code slugPrefix}, with {@code lines} activity lines up to
     * {@code today}; {@code viewPaths} gives how many paths have views every day from the number of days (at least
     * the pages').
     */
    static History seed(
            ConfigurableApplicationContext app,
            String slugPrefix,
            LocalDate today,
            int lines,
            LongUnaryOperator viewPaths) {
        JdbcClient db = app.getBean(JdbcClient.class);
        Fixtures fixtures = Fixtures.of(app);
        LocalDate start = today.minusYears(YEARS);
        long seeding = System.nanoTime();
        Account office = fixtures.account("Bench Office", "FJ", "INTERNATIONAL", PlatformRole.NONE);
        String slug = slugPrefix + System.nanoTime();
        long community = db.sql(
                        "insert into community.communities (slug, name, purpose, join_policy, created_by, created_at) "
                                + "values (?, 'Bench Collaborative', 'Benchmark', 'BY_REQUEST', ?, ?) returning id")
                .params(slug, office.id(), java.sql.Timestamp.valueOf(start.atStartOfDay()))
                .query(Long.class)
                .single();
        db.sql(
                        "insert into community.memberships (community_id, account_id, role, conduct_version, conduct_accepted_at, joined_at) "
                                + "values (?, ?, 'SECRETARIAT', 1, now(), ?)")
                .params(community, office.id(), java.sql.Timestamp.valueOf(start.atStartOfDay()))
                .update();
        // people of nine kinds from 40 countries, joining evenly over the five years; every sixth leaves a year later
        List<Long> people = db.sql("""
                        insert into identity.accounts (email, email_verified, display_name, organisation, organisation_kind, country)
                        select 'person' || n || '.' || extract(epoch from clock_timestamp())::bigint || '@bench.example.org', true,
                               'Bench person ' || n, 'Organisation ' || (n % 300),
                               (array['NATIONAL_STATISTICAL_OFFICE','GOVERNMENT','CIVIL_SOCIETY','INTERNATIONAL','ACADEMIA',
                                      'HUMAN_RIGHTS_INSTITUTION','DONOR','PRIVATE_SECTOR','INDIVIDUAL'])[1 + n % 9],
                               (array['FJ','WS','TO','VU','PG','SB','KI','TV','NR','PW','FM','MH','CK','NU','NZ','AU','ID','PH',
                                      'TH','VN','KH','LA','MM','MY','SG','BD','IN','LK','NP','PK','MN','KZ','UZ','KG','TJ','AF',
                                      'IR','TR','GE','AM'])[1 + n % 40]
                          from generate_series(1, ?) n
                        returning id""").param(PEOPLE).query(Long.class).list();
        long fiveYears = java.time.Duration.between(start.atStartOfDay(), today.atStartOfDay())
                .getSeconds();
        db.sql("""
                        insert into community.audit_log (community_id, actor_id, subject_id, action, detail, at)
                        select ?, p, p, 'JOINED', 'Joined as Member', ?::timestamptz + (i * ? / ?) * interval '1 second'
                        from unnest(?::bigint[]) with ordinality as t(p, i)""")
                .params(
                        community,
                        java.sql.Timestamp.valueOf(start.atStartOfDay()),
                        fiveYears,
                        PEOPLE,
                        people.toArray(Long[]::new))
                .update();
        db.sql("""
                        insert into community.audit_log (community_id, actor_id, subject_id, action, detail, at)
                        select community_id, subject_id, subject_id, 'LEFT', 'Left (was Member)', at + interval '365 days'
                        from community.audit_log
                        where community_id = ? and action = 'JOINED' and subject_id % 6 = 0 and at + interval '365 days' < now()""").param(community).update();
        db.sql("""
                        insert into community.memberships (community_id, account_id, role, conduct_version, conduct_accepted_at, joined_at)
                        select j.community_id, j.subject_id, 'MEMBER', 1, j.at, j.at from community.audit_log j
                        where j.community_id = ? and j.action = 'JOINED'
                          and not exists (select 1 from community.audit_log l where l.community_id = j.community_id
                                          and l.subject_id = j.subject_id and l.action = 'LEFT')""").param(community).update();
        // a meeting a week, two decisions a week (20 votes each), two newsletters a month
        db.sql("""
                        insert into meetings.meetings (community_id, title, kind, duration_minutes, organiser_id, time_zone,
                            status, starts_at)
                        select ?, 'Meeting ' || w, (array['FORMAL','REGULAR','INFORMATION'])[1 + w % 3], 60, ?, 'Pacific/Fiji',
                               'SCHEDULED', ?::timestamptz + w * interval '7 days'
                        from generate_series(0, ? * 52 - 1) w""")
                .params(community, office.id(), java.sql.Timestamp.valueOf(start.atStartOfDay()), YEARS)
                .update();
        db.sql("""
                        insert into decisions.decisions (community_id, title, kind, visibility, tally_shown, deadline,
                            proposer_name, eligible_count, created_at, closed_at, closed_by_name, outcome, count_seed)
                        select ?, 'Decision ' || d, (array['CONSENT','VOTE'])[1 + d % 2], 'MEMBERS', 'AFTER_VOTING',
                               ?::timestamptz + d * interval '84 hours' + interval '7 days', 'Bench Office', 5000,
                               ?::timestamptz + d * interval '84 hours', ?::timestamptz + d * interval '84 hours' + interval '7 days',
                               'Bench Office', (array['ADOPTED','NOT_ADOPTED'])[1 + d % 2], d
                        from generate_series(0, ? * 104 - 2) d""")
                .params(
                        community,
                        java.sql.Timestamp.valueOf(start.atStartOfDay()),
                        java.sql.Timestamp.valueOf(start.atStartOfDay()),
                        java.sql.Timestamp.valueOf(start.atStartOfDay()),
                        YEARS)
                .update();
        db.sql("""
                        insert into decisions.votes (decision_id, account_id, voter_name, choice, reason, cast_at)
                        select d.id, p, 'Bench voter', 'AGREE', '', d.created_at
                        from decisions.decisions d, unnest(?::bigint[]) p
                        where d.community_id = ?""")
                .params(people.subList(0, 20).toArray(Long[]::new), community)
                .update();
        db.sql("""
                        insert into newsletters.newsletters (community_id, subject, body, status, written_by, updated_by,
                            sent_at, sent_by, sent_by_name, recipients)
                        select ?, 'News ' || m, 'News', 'SENT', ?, ?, ?::timestamptz + m * interval '15 days', ?, 'Bench Office',
                               4000 + m
                        from generate_series(0, ? * 24 - 1) m""")
                .params(
                        community,
                        office.id(),
                        office.id(),
                        java.sql.Timestamp.valueOf(start.atStartOfDay()),
                        office.id(),
                        YEARS)
                .update();
        // the activity stream: a million lines of the usual kinds, evenly over the five years
        long streamStart = System.nanoTime();
        db.sql("""
                        insert into activity.lines (community_id, kind, actor_id, actor_name, title, link, visibility, about, item, at)
                        select ?, (array['REPLY','PAGE_COMMENT','PAGE_CHANGED','DISCUSSION_STARTED','PAGE_PUBLISHED',
                                         'MEETING_INVITATION','MEMBER_JOINED','PROPOSAL_TO_REVIEW','NEWSLETTER_SENT',
                                         'DECISION_PROPOSED','DECISION_CLOSED','ANSWER_MARKED'])[1 + (n * 7) % 12],
                               ?, 'Bench person', 'Line ' || n, '/c/x', 'MEMBERS', 'discussion:' || (n / 20),
                               'post:' || n, ?::timestamptz + (n * ? / ?) * interval '1 second'
                        from generate_series(1, ?) n""")
                .params(
                        community,
                        office.id(),
                        java.sql.Timestamp.valueOf(start.atStartOfDay()),
                        fiveYears,
                        lines,
                        lines)
                .update();
        // the daily counts the recorder keeps as it records each line (bulk-inserted lines bypass it)
        db.sql("""
                        insert into activity.daily_counts (community_id, day, kind, lines)
                        select community_id, (at at time zone 'UTC')::date, kind, count(*) from activity.lines
                        where community_id = ? group by 1, 2, 3""").param(community).update();
        double streamSeconds = (System.nanoTime() - streamStart) / 1e9;
        db.sql(
                        "insert into activity.hidden_items (community_id, item) select ?, 'discussion:' || n from generate_series(1, 50) n")
                .param(community)
                .update();
        // pages through the real save path; views of them every day, and of more paths if asked (pages since gone)
        Community bench = app.getBean(Communities.class).byId(community).orElseThrow();
        app.getBean(SetUpSpace.class).ensure(community);
        SavePage save = app.getBean(SavePage.class);
        Author author = new Author("Bench Office", office.email());
        for (int p = 0; p < PAGES; p++) {
            save.save(community, new PageEdit("guides/page-" + p + ".md", "Guide " + p, "Text " + p, null, ""), author);
        }
        long paths = viewPaths.applyAsLong(java.time.temporal.ChronoUnit.DAYS.between(start, today) + 1);
        long viewsStart = System.nanoTime();
        db.sql("""
                        insert into content.page_views (community_id, path, day, views)
                        select ?, 'guides/page-' || p || '.md', d::date, 1 + (p * 7 + extract(doy from d)::int) % 30
                        from generate_series(0, ? - 1) p, generate_series(?::date, ?::date, interval '1 day') d""").params(community, paths, start, today).update();
        // the counts per month the counter keeps beside the daily ones (bulk-inserted rows bypass it)
        db.sql("""
                        insert into content.page_views_by_month (community_id, path, month, views)
                        select community_id, path, date_trunc('month', day)::date, sum(views) from content.page_views
                        where community_id = ? group by 1, 2, 3""").param(community).update();
        double viewSeconds = (System.nanoTime() - viewsStart) / 1e9;
        // a table that grew over five years has been vacuumed by autovacuum all along; a bulk insert has not yet
        db.sql("vacuum analyze").update();
        double seedSeconds = (System.nanoTime() - seeding) / 1e9;
        long stored = db.sql("select count(*) from activity.lines where community_id = ?")
                .param(community)
                .query(Long.class)
                .single();
        long viewRowsStored = db.sql("select count(*) from content.page_views where community_id = ?")
                .param(community)
                .query(Long.class)
                .single();
        long left = db.sql("select count(*) from community.audit_log where community_id = ? and action = 'LEFT'")
                .param(community)
                .query(Long.class)
                .single();
        return new History(
                office, bench, slug, start, stored, left, viewRowsStored, streamSeconds, viewSeconds, seedSeconds);
    }
}
