package org.statcommons.moderation;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** When each person flagged ({@code moderation.flag_attempts}), for the limit on flags per hour. */
@Repository
class FlagAttempts {

    /** The first key of the advisory locks that take one person's flags one at a time (see {@link RateWindows}). */
    private static final int LOCK_SPACE = 0x5401;

    private static final String TIMES = "select at from moderation.flag_attempts where flagger_id = ?";

    private final JdbcClient db;
    private final RateWindows windows;

    FlagAttempts(JdbcClient db, RateWindows windows) {
        this.db = db;
        this.windows = windows;
    }

    /** Takes this person's flags one at a time until the transaction ends. */
    void lock(long flaggerId) {
        windows.lock(LOCK_SPACE, flaggerId);
    }

    /** How long until one more flag fits in the window; empty when it fits now. */
    Optional<Duration> wait(long flaggerId, Instant now, Duration window, int max) {
        return windows.wait(TIMES, flaggerId, now, window, max);
    }

    void record(long flaggerId, Instant at) {
        db.sql("insert into moderation.flag_attempts (flagger_id, at) values (?, ?)")
                .params(flaggerId, Timestamp.from(at))
                .update();
    }
}
