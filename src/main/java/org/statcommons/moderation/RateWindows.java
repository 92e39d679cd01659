package org.statcommons.moderation;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the sliding-window limits over one person's recorded times, shared by the data access of what the
 * limits count ({@link CountedPosts}, {@link CountedSaves}, {@link FlagAttempts}). The times compared are the
 * application's clock's, as recorded.
 */
@Repository
class RateWindows {

    private final JdbcClient db;

    RateWindows(JdbcClient db) {
        this.db = db;
    }

    /**
     * Takes one person's counted writes one at a time, until the transaction ends, so that two sent together
     * cannot both slip under a limit.
     */
    void lock(int space, long person) {
        db.sql("select pg_advisory_xact_lock(?, ?)")
                .params(space, Long.hashCode(person))
                .query(rs -> {});
    }

    /**
     * How long until one more fits: empty when fewer than {@code max} of the times fall in the window, else
     * until the {@code max}-th newest leaves it.
     *
     * @param times SQL selecting the person's times as column {@code at}, with the person as its one parameter
     */
    Optional<Duration> wait(String times, long person, Instant now, Duration window, int max) {
        return db.sql(times + " and at > ? order by at desc offset ? limit 1")
                .params(person, Timestamp.from(now.minus(window)), Math.max(0, max - 1))
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .optional()
                .map(at -> Duration.between(now, at.plus(window)));
    }
}
