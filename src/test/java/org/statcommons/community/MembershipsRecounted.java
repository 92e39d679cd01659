package org.statcommons.community;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The members over a period counted the way they were before {@link MembershipChanges#over} read the spells once:
 * each figure by its own query over the memberships and the audit log. The reference {@code over} must equal (tests),
 * and the old path the benchmark times beside the new one.
 */
public final class MembershipsRecounted {

    private static final String ENDED = """
            with ended as (
                select l.subject_id as account_id, l.at as left_at,
                       (select max(j.at) from community.audit_log j
                        where j.community_id = l.community_id and j.subject_id = l.subject_id
                          and j.action in ('JOINED', 'REQUEST_APPROVED') and j.at <= l.at) as joined_at
                from community.audit_log l
                where l.community_id = :community and l.action in ('LEFT', 'REMOVED') and l.subject_id is not null)
            """;

    private final JdbcClient db;

    public MembershipsRecounted(JdbcClient db) {
        this.db = db;
    }

    /** Every figure of the period, counted again: what {@link MembershipChanges.Period} must give. */
    public record Figures(
            List<Long> atStart,
            List<Long> atEnd,
            List<Long> joined,
            List<Long> left,
            List<MembershipChanges.MonthCount> byMonth) {}

    public Figures count(long communityId, Instant from, Instant until) {
        return new Figures(
                membersAt(communityId, from),
                membersAt(communityId, until),
                joined(communityId, from, until),
                left(communityId, from, until),
                byMonth(communityId, from, until));
    }

    /** The same figures as the new path gives them, in the same order (sorted people). */
    public static Figures of(MembershipChanges.Period period) {
        return new Figures(
                sorted(period.membersAtStart()),
                sorted(period.membersAtEnd()),
                sorted(period.joined()),
                sorted(period.left()),
                period.byMonth());
    }

    private static List<Long> sorted(List<Long> people) {
        return people.stream().sorted().toList();
    }

    private List<Long> membersAt(long communityId, Instant at) {
        return db.sql(ENDED + """
                        select account_id from community.memberships where community_id = :community and joined_at < :at
                        union
                        select account_id from ended where left_at >= :at and (joined_at is null or joined_at < :at)
                        order by 1""")
                .param("community", communityId)
                .param("at", Timestamp.from(at))
                .query(Long.class)
                .list();
    }

    private List<Long> joined(long communityId, Instant from, Instant until) {
        return db.sql(ENDED + """
                        select account_id from community.memberships
                        where community_id = :community and joined_at >= :from and joined_at < :until
                        union
                        select account_id from ended where joined_at >= :from and joined_at < :until
                        order by 1""")
                .param("community", communityId)
                .param("from", Timestamp.from(from))
                .param("until", Timestamp.from(until))
                .query(Long.class)
                .list();
    }

    private List<Long> left(long communityId, Instant from, Instant until) {
        return db.sql("""
                        select distinct subject_id from community.audit_log
                        where community_id = ? and action in ('LEFT', 'REMOVED') and subject_id is not null
                          and at >= ? and at < ? order by 1""")
                .params(communityId, Timestamp.from(from), Timestamp.from(until))
                .query(Long.class)
                .list();
    }

    private List<MembershipChanges.MonthCount> byMonth(long communityId, Instant from, Instant until) {
        return db.sql(ENDED + """
                        , joins as (
                            select account_id, joined_at as at from community.memberships
                            where community_id = :community and joined_at >= :from and joined_at < :until
                            union
                            select account_id, joined_at from ended where joined_at >= :from and joined_at < :until),
                        leaves as (
                            select subject_id as account_id, at from community.audit_log
                            where community_id = :community and action in ('LEFT', 'REMOVED') and subject_id is not null
                              and at >= :from and at < :until)
                        select month, count(distinct j) as joined, count(distinct l) as left_ from (
                            select date_trunc('month', at at time zone 'UTC')::date as month, account_id as j, null::bigint as l
                            from joins
                            union all
                            select date_trunc('month', at at time zone 'UTC')::date, null, account_id from leaves) x
                        group by month order by month""")
                .param("community", communityId)
                .param("from", Timestamp.from(from))
                .param("until", Timestamp.from(until))
                .query((rs, n) -> new MembershipChanges.MonthCount(
                        rs.getObject("month", LocalDate.class), rs.getLong("joined"), rs.getLong("left_")))
                .list();
    }
}
