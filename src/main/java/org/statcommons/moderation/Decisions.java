package org.statcommons.moderation;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every decision the moderators took ({@code moderation.decisions}), oldest first, never changed. */
@Repository
class Decisions {

    private final JdbcClient db;

    Decisions(JdbcClient db) {
        this.db = db;
    }

    /**
     * Records a decision about an item (and its author, when it has one); returns its id.
     *
     * @param days how long a suspension lasts; null for the other decisions
     */
    long record(DecidedItem about, DecisionKind kind, String reason, Integer days, long decidedBy, Instant at) {
        return db.sql("""
                        insert into moderation.decisions (report_id, community_id, item, member_id, kind, reason, days,
                                                          decided_by, decided_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        about.entryId(),
                        about.communityId(),
                        about.item().key(),
                        about.authorId(),
                        kind.name(),
                        reason,
                        days,
                        decidedBy,
                        Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    /** Whether the latest hide-or-restore decision on the item hid it. */
    boolean hiddenByDecision(String item) {
        return db.sql("""
                        select kind = 'HIDE' from moderation.decisions where item = ? and kind in ('HIDE', 'RESTORE')
                        order by id desc limit 1""").param(item).query(Boolean.class).optional().orElse(false);
    }
}
