package org.statcommons.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.platform.activity.Activity;
import org.statcommons.platform.activity.ActivityKind;
import org.statcommons.platform.activity.ActivityTitle;
import org.statcommons.platform.activity.Visibility;

/**
 * The stored lines of every community's stream. Every read leaves out the lines of a hidden item
 * ({@link HiddenItems}), and the lines about it (the replies in a hidden discussion would otherwise still show its
 * title). Other features read the stream through {@link #since}.
 */
@Repository
public class ActivityLines {

    /** More than any newsletter or report lists; a cap so that one call never reads a whole year unbounded. */
    static final int SINCE_LIMIT = 500;

    private static final String VISIBLE = """
            select l.id, l.community_id, l.kind, l.actor_id, l.actor_name, l.title, l.title_key, l.title_arguments, l.excerpt, l.link, l.visibility, l.about, l.at
            from activity.lines l
            where l.community_id = :community
              and l.visibility = any(cast(:visibilities as text[]))
              and l.kind = any(cast(:kinds as text[]))
              and not exists (select 1 from activity.hidden_items h
                              where h.community_id = l.community_id and h.item in (l.item, l.about))
            """;

    private final JdbcClient db;

    ActivityLines(JdbcClient db) {
        this.db = db;
    }

    /**
     * The community's lines of these kinds (all kinds when empty) at or after {@code since}, oldest first, at most
     * {@value #SINCE_LIMIT}: for the community as a whole, not for one reader. Each line says its visibility, and
     * the caller decides which of them its own readers may see (a newsletter, being public, takes the public ones).
     */
    public List<ActivityLine> since(long communityId, Instant since, Set<ActivityKind> kinds) {
        Set<ActivityKind> asked = kinds == null || kinds.isEmpty() ? EnumSet.allOf(ActivityKind.class) : kinds;
        return db.sql(VISIBLE + """
                          and l.at >= :since
                        order by l.at, l.id
                        limit :limit""")
                .param("community", communityId)
                .param("visibilities", names(EnumSet.of(Visibility.PUBLIC, Visibility.MEMBERS)))
                .param("kinds", names(asked))
                .param("since", Timestamp.from(since))
                .param("limit", SINCE_LIMIT)
                .query(ActivityLines::map)
                .list();
    }

    /** Records the event; false when it was recorded before (the same event delivered again). */
    boolean record(Activity activity) {
        return db.sql("""
                        insert into activity.lines (community_id, kind, actor_id, actor_name, title, title_key,
                            title_arguments, excerpt, link, visibility, about, item, at)
                        values (:community, :kind, :actorId, :actorName, :title, :titleKey,
                            cast(:titleArguments as jsonb), :excerpt, :link, :visibility, :about, :item, :at)
                        on conflict (community_id, kind, item, at) do nothing""")
                        .param("community", activity.communityId())
                        .param("kind", activity.kind().name())
                        .param("actorId", activity.actorId())
                        .param("actorName", activity.actorName())
                        .param("title", activity.title())
                        .param(
                                "titleKey",
                                activity.titleText() == null
                                        ? null
                                        : activity.titleText().key())
                        .param("titleArguments", ActivityTitle.arguments(activity.titleText()))
                        .param("excerpt", activity.excerpt())
                        .param("link", activity.link())
                        .param("visibility", activity.visibility().name())
                        .param("about", activity.about().key())
                        .param("item", activity.item().key())
                        .param("at", Timestamp.from(activity.at()))
                        .update()
                == 1;
    }

    /**
     * Newest first; {@code before} is the id of the last line of the previous page (null for the first), so
     * pages stay stable while new lines arrive.
     */
    List<ActivityLine> page(
            long communityId, Set<Visibility> visibilities, Set<ActivityKind> kinds, Long before, int size) {
        return db.sql(VISIBLE + """
                          and (cast(:before as bigint) is null
                               or (l.at, l.id) < (select b.at, b.id from activity.lines b where b.id = :before))
                        order by l.at desc, l.id desc
                        limit :size""")
                .param("community", communityId)
                .param("visibilities", names(visibilities))
                .param("kinds", names(kinds))
                .param("before", before)
                .param("size", size)
                .query(ActivityLines::map)
                .list();
    }

    private static String[] names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toArray(String[]::new);
    }

    private static ActivityLine map(ResultSet rs, int row) throws SQLException {
        return new ActivityLine(
                rs.getLong("id"),
                rs.getLong("community_id"),
                ActivityKind.valueOf(rs.getString("kind")),
                (Long) rs.getObject("actor_id"),
                rs.getString("actor_name"),
                rs.getString("title"),
                ActivityTitle.stored(rs.getString("title_key"), rs.getString("title_arguments")),
                rs.getString("excerpt"),
                rs.getString("link"),
                Visibility.valueOf(rs.getString("visibility")),
                rs.getString("about"),
                rs.getTimestamp("at").toInstant());
    }

    /**
     * The lines in the period of the community's hidden items, and about them, counted by month (UTC) and kind: what to
     * take away from the daily counts. Found from the few hidden items through the indexes by item and by subject.
     */
    List<DailyCounts.DayCount> hiddenInPeriod(long communityId, Instant from, Instant until) {
        return db.sql("""
                        select date_trunc('month', l.at at time zone 'UTC')::date as month, l.kind, count(*) as n
                        from (select l.id from activity.hidden_items h
                                join activity.lines l on l.community_id = h.community_id and l.item = h.item
                              where h.community_id = :community
                              union
                              select l.id from activity.hidden_items h
                                join activity.lines l on l.community_id = h.community_id and l.about = h.item
                              where h.community_id = :community) hidden
                        join activity.lines l on l.id = hidden.id
                        where l.at >= :from and l.at < :until
                        group by 1, 2""")
                .param("community", communityId)
                .param("from", Timestamp.from(from))
                .param("until", Timestamp.from(until))
                .query((rs, n) -> new DailyCounts.DayCount(
                        rs.getObject("month", java.time.LocalDate.class), rs.getString("kind"), rs.getLong("n")))
                .list();
    }

    /** How many people did something of each kind of act in the period (see {@link ActivityInsightSection}). */
    record Actors(long any, long pages, long comments, long discussions) {}

    /**
     * The distinct people the period's lines name as actors, in all and by kind of act: pages (published, a change
     * proposed), comments (on a page, or a reply in a comment thread: a {@code REPLY} line about a {@code comment:}
     * item) and discussions (started, a reply to a {@code post:}, an answer marked). Read from the people kept per UTC
     * day as lines are stored ({@code activity.actor_days}, by a trigger), so five years of a busy community read one
     * row per day and person who acted, not a million lines.
     */
    Actors actors(long communityId, Instant from, Instant until) {
        // one hash aggregation by person, then counts: cheaper than a sort per distinct count
        return db.sql("""
                        select count(*) as any_, count(*) filter (where pages) as pages,
                               count(*) filter (where comments) as comments,
                               count(*) filter (where discussions) as discussions
                        from (select actor_id, bool_or(pages) as pages, bool_or(comments) as comments,
                                     bool_or(discussions) as discussions
                              from activity.actor_days
                              where community_id = :community and day >= :from and day < :until
                              group by actor_id) people""")
                .param("community", communityId)
                .param("from", java.time.LocalDate.ofInstant(from, java.time.ZoneOffset.UTC))
                .param("until", java.time.LocalDate.ofInstant(until, java.time.ZoneOffset.UTC))
                .query((rs, n) -> new Actors(
                        rs.getLong("any_"), rs.getLong("pages"), rs.getLong("comments"), rs.getLong("discussions")))
                .single();
    }

    /**
     * A closed account's lines name {@code former} instead of the name it had: as their actor (a line recorded without
     * the actor's account, by the name), in their English title and excerpt (a mention), and as an argument of their
     * title in every language (an argument is the name exactly as it was).
     */
    void renameActor(long accountId, String name, String former) {
        db.sql("""
                        update activity.lines set
                            actor_name = case when actor_id = :id or (actor_id is null and actor_name = :name)
                                then :former else actor_name end,
                            title = replace(title, :name, :former),
                            excerpt = replace(excerpt, :name, :former),
                            title_arguments = case when title_arguments is null then null else coalesce(
                                (select jsonb_agg(case when a = to_jsonb(:name::text) then to_jsonb(:former::text) else a end
                                                  order by o)
                                 from jsonb_array_elements(title_arguments) with ordinality as t(a, o)), '[]'::jsonb) end
                        where actor_id = :id or actor_name = :name or position(:name in title) > 0
                            or position(:name in excerpt) > 0""")
                .param("id", accountId)
                .param("name", name)
                .param("former", former)
                .update();
    }

    /** Empties the excerpts of a person's lines in these communities (their text removed at their request). */
    void forgetExcerpts(long accountId, java.util.Collection<Long> communityIds) {
        db.sql("update activity.lines set excerpt = '' where actor_id = ? and community_id = any(?)")
                .params(accountId, communityIds.toArray(Long[]::new))
                .update();
    }

    /** The communities with lines of this actor. */
    List<Long> communitiesOf(long accountId) {
        return db.sql("select distinct community_id from activity.lines where actor_id = ? order by 1")
                .param(accountId)
                .query(Long.class)
                .list();
    }
}
