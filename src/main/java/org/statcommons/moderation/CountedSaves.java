package org.statcommons.moderation;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The page saves each person made and when ({@code moderation.saves}), as the save limits count them. */
@Repository
class CountedSaves {

    /** The first key of the advisory locks that take one person's saves one at a time (see {@link RateWindows}). */
    private static final int LOCK_SPACE = 0x5401;

    private static final String TIMES = "select at from moderation.saves where account_id = ?";

    private final JdbcClient db;
    private final RateWindows windows;

    CountedSaves(JdbcClient db, RateWindows windows) {
        this.db = db;
        this.windows = windows;
    }

    /** Takes this person's saves one at a time until the transaction ends. */
    void lock(long accountId) {
        windows.lock(LOCK_SPACE, accountId);
    }

    /** How long until one more save fits in the window; empty when it fits now. */
    Optional<Duration> wait(long accountId, Instant now, Duration window, int max) {
        return windows.wait(TIMES, accountId, now, window, max);
    }

    /** Saves older than {@code before} count for nothing any more: one person's rows stay few. */
    void forgetBefore(long accountId, Instant before) {
        db.sql("delete from moderation.saves where account_id = ? and at < ?")
                .params(accountId, Timestamp.from(before))
                .update();
    }

    void record(long accountId, long communityId, Instant at) {
        db.sql("insert into moderation.saves (account_id, community_id, at) values (?, ?, ?)")
                .params(accountId, communityId, Timestamp.from(at))
                .update();
    }
}
