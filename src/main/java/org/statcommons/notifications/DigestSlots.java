package org.statcommons.notifications;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each person's digest progress ({@code notifications.people}: the slot of their last daily and weekly digest), by
 * which a digest run claims people: several servers running the same schedule share the work and never send one
 * person two digests for one slot.
 */
@Repository
class DigestSlots {

    private final JdbcClient db;

    DigestSlots(JdbcClient db) {
        this.db = db;
    }

    /**
     * Locks, until the transaction ends, the next people (after {@code after}, in id order) with notices waiting
     * for a digest whose last digest of this period was before {@code lastBefore}; rows another run holds are
     * skipped.
     */
    List<Long> claim(DigestPeriod period, Instant lastBefore, long after, int batch) {
        String slot = column(period);
        return db.sql("select account_id from notifications.people p where (p." + slot + " is null or p." + slot
                        + " < :lastBefore) and p.account_id > :after"
                        + """
                           and exists (select 1 from notifications.notices n
                                        where n.account_id = p.account_id and n.mailing = 'DIGEST' and n.digested_at is null)
                         order by p.account_id limit :batch for update of p skip locked""")
                .param("lastBefore", Timestamp.from(lastBefore))
                .param("after", after)
                .param("batch", batch)
                .query(Long.class)
                .list();
    }

    /** These people had their digest of this period for this slot. */
    void mark(DigestPeriod period, Long[] accountIds, Instant slot) {
        db.sql("update notifications.people set " + column(period) + " = :slot where account_id = any(:ids)")
                .param("slot", Timestamp.from(slot))
                .param("ids", accountIds)
                .update();
    }

    private static String column(DigestPeriod period) {
        return switch (period) {
            case DAILY -> "daily_slot";
            case WEEKLY -> "weekly_slot";
        };
    }
}
