package org.statcommons.community;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who was a member when, for reports over a period (the annual progress report): a current membership says when it
 * began ({@code memberships.joined_at}); a membership that ended is known from the audit log, which records every
 * leaving and removal with the person, and every joining. A person who left is counted a member from their last
 * joining before they left (from the beginning, when the log has no joining for them: memberships put in place before
 * the log, or directly); so the members at a moment are the current ones who had joined by then and those who left
 * afterwards having joined by then. Everything is aggregated by the database over the community's index ranges.
 */
@Repository
public class MembershipChanges {

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

    MembershipChanges(JdbcClient db) {
        this.db = db;
    }

    /** The people who were members at that moment. */
    public List<Long> membersAt(long communityId, Instant at) {
        return db.sql(ENDED + """
                        select account_id from community.memberships where community_id = :community and joined_at < :at
                        union
                        select account_id from ended where left_at >= :at and (joined_at is null or joined_at < :at)""")
                .param("community", communityId)
                .param("at", java.sql.Timestamp.from(at))
                .query(Long.class)
                .list();
    }

    /** The people whose membership began in the period (whether or not they are still members). */
    public List<Long> joined(long communityId, Instant from, Instant until) {
        return db.sql(ENDED + """
                        select account_id from community.memberships
                        where community_id = :community and joined_at >= :from and joined_at < :until
                        union
                        select account_id from ended where joined_at >= :from and joined_at < :until""")
                .param("community", communityId)
                .param("from", java.sql.Timestamp.from(from))
                .param("until", java.sql.Timestamp.from(until))
                .query(Long.class)
                .list();
    }

    /** The people who left or were removed in the period. */
    public List<Long> left(long communityId, Instant from, Instant until) {
        return db.sql("""
                        select distinct subject_id from community.audit_log
                        where community_id = ? and action in ('LEFT', 'REMOVED') and subject_id is not null
                          and at >= ? and at < ?""")
                .params(communityId, java.sql.Timestamp.from(from), java.sql.Timestamp.from(until))
                .query(Long.class)
                .list();
    }

    /** How many people joined and how many left in one month (UTC). */
    public record MonthCount(java.time.LocalDate month, long joined, long left) {}

    /**
     * The joinings and leavings of the period by UTC month, months without either left out: a person is counted once a
     * month, so one who joined in two months of the period counts in both.
     */
    public List<MonthCount> byMonth(long communityId, Instant from, Instant until) {
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
                .param("from", java.sql.Timestamp.from(from))
                .param("until", java.sql.Timestamp.from(until))
                .query((rs, n) -> new MonthCount(
                        rs.getObject("month", java.time.LocalDate.class), rs.getLong("joined"), rs.getLong("left_")))
                .list();
    }
}
