package org.statcommons.meetings;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The private calendar feed addresses ({@code meetings.feeds}): one per person, kept as the hash of its secret and
 * the time it was made.
 */
@Repository
class CalendarFeeds {

    private final JdbcClient db;

    CalendarFeeds(JdbcClient db) {
        this.db = db;
    }

    /** The person's address is now this one (made at {@code at}); an older one stops working. */
    void replace(long accountId, byte[] tokenHash, Instant at) {
        db.sql("""
                        insert into meetings.feeds (account_id, token_hash, created_at) values (?, ?, ?)
                        on conflict (account_id) do update set token_hash = excluded.token_hash, created_at = excluded.created_at""").params(accountId, tokenHash, Timestamp.from(at)).update();
    }

    /** Removes the person's address; false when they had none. */
    boolean remove(long accountId) {
        return db.sql("delete from meetings.feeds where account_id = ?")
                        .param(accountId)
                        .update()
                > 0;
    }

    /** When the person's current address was made, if they have one. */
    Optional<Instant> since(long accountId) {
        return db.sql("select created_at from meetings.feeds where account_id = ?")
                .param(accountId)
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
    }

    /** Whose address has this hash. */
    Optional<Long> accountOf(byte[] tokenHash) {
        return db.sql("select account_id from meetings.feeds where token_hash = ?")
                .param(tokenHash)
                .query(Long.class)
                .optional();
    }
}
