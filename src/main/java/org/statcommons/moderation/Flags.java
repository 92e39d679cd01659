package org.statcommons.moderation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The flags on the queue's entries ({@code moderation.flags}): one per person per entry, with a reason and a note. */
@Repository
class Flags {

    private final JdbcClient db;

    Flags(JdbcClient db) {
        this.db = db;
    }

    /** The reason of this person's flag on the item's open entry, if they flagged it. */
    Optional<FlagReason> openReason(String item, long flaggerId) {
        return db.sql("""
                        select f.reason from moderation.flags f join moderation.reports r on r.id = f.report_id
                        where r.item = ? and r.status = 'OPEN' and f.flagger_id = ?""")
                .params(item, flaggerId)
                .query(String.class)
                .optional()
                .map(FlagReason::valueOf);
    }

    /** Records the person's flag on the entry, or changes its reason and note; true when it is their first. */
    boolean put(long entryId, long flaggerId, FlagReason reason, String note, Instant at) {
        return db.sql("""
                        insert into moderation.flags (report_id, flagger_id, reason, note, flagged_at) values (?, ?, ?, ?, ?)
                        on conflict (report_id, flagger_id) do update set reason = excluded.reason, note = excluded.note,
                            flagged_at = excluded.flagged_at
                        returning xmax = 0""")
                .params(entryId, flaggerId, reason.name(), note, Timestamp.from(at))
                .query(Boolean.class)
                .single();
    }
}
