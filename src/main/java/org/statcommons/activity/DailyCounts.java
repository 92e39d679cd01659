package org.statcommons.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How many lines each community's stream has per UTC day and kind ({@code activity.daily_counts}), kept by the
 * recorder in the transaction that records each line: a count over five years reads a few thousand rows instead of a
 * million lines. The lines of hidden items are still in these counts; {@link ActivityLines#hiddenInPeriod} gives
 * what to subtract.
 */
@Repository
class DailyCounts {

    /** A count of one kind on one day. */
    record DayCount(LocalDate day, String kind, long lines) {}

    private final JdbcClient db;

    DailyCounts(JdbcClient db) {
        this.db = db;
    }

    /** Counts one more line of this kind on the UTC day of {@code at}. */
    void add(long communityId, Instant at, String kind) {
        db.sql("""
                        insert into activity.daily_counts (community_id, day, kind, lines) values (?, ?, ?, 1)
                        on conflict (community_id, day, kind) do update set lines = activity.daily_counts.lines + 1""")
                .params(communityId, LocalDate.ofInstant(at, ZoneOffset.UTC), kind)
                .update();
    }

    /** The counts of the UTC days from {@code from} (inclusive) to {@code until} (exclusive), summed by month and kind. */
    List<DayCount> byMonthAndKind(long communityId, Instant from, Instant until) {
        return db.sql("""
                        select date_trunc('month', day)::date as month, kind, sum(lines) as n from activity.daily_counts
                        where community_id = ? and day >= ? and day < ? group by 1, 2""")
                .params(
                        communityId,
                        LocalDate.ofInstant(from, ZoneOffset.UTC),
                        LocalDate.ofInstant(until, ZoneOffset.UTC))
                .query((rs, n) ->
                        new DayCount(rs.getObject("month", LocalDate.class), rs.getString("kind"), rs.getLong("n")))
                .list();
    }
}
