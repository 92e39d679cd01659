package org.statcommons.community;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who was a member when, for reports over a period (the annual progress report): a current membership says when it
 * began ({@code memberships.joined_at}); a membership that ended is known from the audit log, which records every
 * leaving and removal with the person, and every joining. A person who left is counted a member from their last
 * joining before they left (from the beginning, when the log has no joining for them: memberships put in place before
 * the log, or directly); so the members at a moment are the current ones who had joined by then and those who left
 * afterwards having joined by then. The spells that touch a period are read in one pass over the community's index
 * ranges, and its figures counted from them.
 */
@Repository
public class MembershipChanges {

    private final JdbcClient db;

    MembershipChanges(JdbcClient db) {
        this.db = db;
    }

    /**
     * A membership's span: when it began ({@code null} when the log has no joining for it: from the beginning) and when
     * it ended ({@code null} while it lasts). A person who left and came back has one spell for each time.
     */
    public record Spell(long accountId, Instant joinedAt, Instant leftAt) {

        boolean memberAt(Instant at) {
            return (joinedAt == null || joinedAt.isBefore(at)) && (leftAt == null || !leftAt.isBefore(at));
        }
    }

    /** How many people joined and how many left in one month (UTC). */
    public record MonthCount(LocalDate month, long joined, long left) {}

    /**
     * Who was a member when over a period, counted from the spells that touch it, read once: a report asks for the
     * members at both ends, who joined and who left, and by month, and reading the log's leavings once for all of these
     * (instead of once for each) is what makes a dashboard over years quick.
     */
    public record Period(Instant from, Instant until, List<Spell> spells) {

        public Period {
            spells = List.copyOf(spells);
        }

        /** The people who were members at the period's start. */
        public List<Long> membersAtStart() {
            return membersAt(from);
        }

        /** The people who were members at the period's end. */
        public List<Long> membersAtEnd() {
            return membersAt(until);
        }

        /** The people whose membership began in the period (whether or not they are still members). */
        public List<Long> joined() {
            return distinct(spells.stream().filter(s -> within(s.joinedAt())).map(Spell::accountId));
        }

        /** The people who left or were removed in the period. */
        public List<Long> left() {
            return distinct(spells.stream().filter(s -> within(s.leftAt())).map(Spell::accountId));
        }

        /**
         * The joinings and leavings of the period by UTC month, months without either left out: a person is counted
         * once a month, so one who joined in two months of the period counts in both.
         */
        public List<MonthCount> byMonth() {
            Map<LocalDate, Set<Long>> joins = new TreeMap<>();
            Map<LocalDate, Set<Long>> leaves = new TreeMap<>();
            for (Spell s : spells) {
                if (within(s.joinedAt())) {
                    joins.computeIfAbsent(month(s.joinedAt()), m -> new HashSet<>())
                            .add(s.accountId());
                }
                if (within(s.leftAt())) {
                    leaves.computeIfAbsent(month(s.leftAt()), m -> new HashSet<>())
                            .add(s.accountId());
                }
            }
            Set<LocalDate> months = new TreeSet<>(joins.keySet());
            months.addAll(leaves.keySet());
            return months.stream()
                    .map(m -> new MonthCount(
                            m,
                            joins.getOrDefault(m, Set.of()).size(),
                            leaves.getOrDefault(m, Set.of()).size()))
                    .toList();
        }

        private List<Long> membersAt(Instant at) {
            return distinct(spells.stream().filter(s -> s.memberAt(at)).map(Spell::accountId));
        }

        private boolean within(Instant at) {
            return at != null && !at.isBefore(from) && at.isBefore(until);
        }

        private static LocalDate month(Instant at) {
            return LocalDate.ofInstant(at, ZoneOffset.UTC).withDayOfMonth(1);
        }

        private static List<Long> distinct(Stream<Long> people) {
            return List.copyOf(people.collect(Collectors.toCollection(LinkedHashSet::new)));
        }
    }

    /**
     * The spells that touch the period {@code [from, until)}: the current memberships begun before its end, and those
     * that ended in it or after, with their joining (only these leavings are looked up in the log).
     */
    public Period over(long communityId, Instant from, Instant until) {
        List<Spell> spells = db.sql("""
                        select account_id, joined_at, null::timestamptz as left_at from community.memberships
                        where community_id = :community and joined_at < :until
                        union all
                        select account_id, joined_at, left_at from (
                            select l.subject_id as account_id, l.at as left_at,
                                   (select max(j.at) from community.audit_log j
                                    where j.community_id = l.community_id and j.subject_id = l.subject_id
                                      and j.action in ('JOINED', 'REQUEST_APPROVED') and j.at <= l.at) as joined_at
                            from community.audit_log l
                            where l.community_id = :community and l.action in ('LEFT', 'REMOVED')
                              and l.subject_id is not null and l.at >= :from) ended
                        where joined_at is null or joined_at < :until""")
                .param("community", communityId)
                .param("from", Timestamp.from(from))
                .param("until", Timestamp.from(until))
                .query((rs, n) -> new Spell(
                        rs.getLong("account_id"),
                        instant(rs.getTimestamp("joined_at")),
                        instant(rs.getTimestamp("left_at"))))
                .list();
        return new Period(from, until, spells);
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
