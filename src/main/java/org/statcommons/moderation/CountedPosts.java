package org.statcommons.moderation;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What each person posted and when ({@code moderation.posts}), as the posting limits count it. */
@Repository
class CountedPosts {

    /** The first key of the advisory locks that take one author's posts one at a time (see {@link RateWindows}). */
    private static final int LOCK_SPACE = 0x5400;

    private static final String TIMES = "select at from moderation.posts where account_id = ?";

    private final JdbcClient db;
    private final RateWindows windows;

    CountedPosts(JdbcClient db, RateWindows windows) {
        this.db = db;
        this.windows = windows;
    }

    /** Takes this author's posts one at a time until the transaction ends. */
    void lock(long accountId) {
        windows.lock(LOCK_SPACE, accountId);
    }

    /** How long until one more post fits in the window; empty when it fits now. */
    Optional<Duration> wait(long accountId, Instant now, Duration window, int max) {
        return windows.wait(TIMES, accountId, now, window, max);
    }

    /** How many accepted posts the author has, counting no further than {@code upTo}. */
    int count(long accountId, int upTo) {
        return db.sql("select count(*) from (select 1 from moderation.posts where account_id = ? limit ?) p")
                .params(accountId, upTo)
                .query(Integer.class)
                .single();
    }

    void record(long accountId, long communityId, int links, Instant at) {
        db.sql("insert into moderation.posts (account_id, community_id, links, at) values (?, ?, ?, ?)")
                .params(accountId, communityId, links, Timestamp.from(at))
                .update();
    }
}
