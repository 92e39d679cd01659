package org.statcommons.mailreplies;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The replies that came in: stored whole as they arrived, then handled once. A message is known by its
 * Message-ID, so the same reply handed over twice (the mailbox read again after a stop) is stored once.
 */
@Repository
class InboundMessages {

    /** A stored reply waiting to be handled. */
    record Waiting(long id, String messageId, byte[] raw) {}

    enum Status {
        POSTED,
        BOUNCED,
        DROPPED
    }

    static final int MAX_FAILURES = 5;

    private final JdbcClient db;
    private final Clock clock;

    InboundMessages(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Stores a reply to handle; false when a message with this Message-ID came before. */
    boolean store(String messageId, String sender, byte[] raw) {
        return db.sql("""
                        insert into mailreplies.inbound (message_id, sender, raw) values (?, ?, ?)
                        on conflict (message_id) do nothing""").params(messageId, sender, raw).update() == 1;
    }

    /** Records a message refused unread (too large), already handled; false when it came before. */
    boolean storeRefused(String messageId, String sender, String note) {
        return db.sql("""
                        insert into mailreplies.inbound (message_id, sender, status, note, handled_at)
                        values (?, ?, 'BOUNCED', ?, ?)
                        on conflict (message_id) do nothing""")
                        .params(messageId, sender, note, Timestamp.from(clock.instant()))
                        .update()
                == 1;
    }

    /**
     * The oldest waiting reply, locked until the caller's transaction ends; others' locked ones are skipped, and
     * those that failed in this run ({@code skipped}) or five times.
     */
    Optional<Waiting> claimNext(Collection<Long> skipped) {
        return db.sql("""
                        select id, message_id, raw from mailreplies.inbound
                         where status = 'RECEIVED' and failures < ? and id <> all(?)
                         order by id limit 1 for update skip locked""")
                .params(MAX_FAILURES, skipped.toArray(Long[]::new))
                .query((rs, row) -> new Waiting(rs.getLong("id"), rs.getString("message_id"), rs.getBytes("raw")))
                .optional();
    }

    /** This reply, locked, if it still waits (another server may have handled it meanwhile). */
    Optional<Waiting> lockIfWaiting(long id) {
        return db.sql("""
                        select id, message_id, raw from mailreplies.inbound
                         where id = ? and status = 'RECEIVED' for update""")
                .param(id)
                .query((rs, row) -> new Waiting(rs.getLong("id"), rs.getString("message_id"), rs.getBytes("raw")))
                .optional();
    }

    /** Handling it failed unexpectedly (not a refusal): it is tried again at a later run. */
    void failed(long id) {
        db.sql("update mailreplies.inbound set failures = failures + 1 where id = ?")
                .param(id)
                .update();
    }

    /** Handled: the stored message is kept no longer than needed (its text is in the post, or was refused). */
    void finish(long id, Status status, String note) {
        db.sql("update mailreplies.inbound set status = ?, note = ?, handled_at = ?, raw = null where id = ?")
                .params(status.name(), note, Timestamp.from(clock.instant()), id)
                .update();
    }
}
