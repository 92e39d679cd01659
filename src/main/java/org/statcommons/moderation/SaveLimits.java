package org.statcommons.moderation;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.platform.TooManyRequestsException;

/**
 * Asked by the knowledge spaces before each save a person makes (web, API, a merge of commits pushed to
 * {@code refs/for/main}): everyone may save only so many times a minute and an hour, so that a script or a
 * flood cannot grow a space's history without bound. The same sliding windows as the posting limits
 * ({@link RateWindow}); each save is recorded in the caller's transaction, so a save that is rolled back and
 * retried counts once.
 */
@Service
public class SaveLimits {

    /** The first key of the advisory locks that take one person's saves one at a time (see RateWindow). */
    private static final int LOCK_SPACE = 0x5401;

    private static final String TIMES = "select at from moderation.saves where account_id = ?";

    private final JdbcClient db;
    private final ModerationProperties limits;

    SaveLimits(JdbcClient db, ModerationProperties limits) {
        this.db = db;
        this.limits = limits;
    }

    /**
     * Refuses the save when its author is over a limit, with the limit and when it lifts; else records it.
     * Joins the caller's transaction (a save's), or runs in one of its own.
     *
     * @throws TooManyRequestsException when the person saves too fast (429 with Retry-After)
     */
    @Transactional
    public void check(long accountId, long communityId) {
        RateWindow.lock(db, LOCK_SPACE, accountId);
        Instant now = Instant.now();
        refuseOver(accountId, now, Duration.ofMinutes(1), limits.savesPerMinute(), "You are saving very fast: at most "
                + Words.plural(limits.savesPerMinute(), "save") + " a minute.");
        refuseOver(accountId, now, Duration.ofHours(1), limits.savesPerHour(), "You have saved "
                + Words.plural(limits.savesPerHour(), "time") + " in the last hour, the most anyone may.");
        // saves older than the longest window count for nothing: one person's rows stay few
        db.sql("delete from moderation.saves where account_id = ? and at < ?")
                .params(accountId, Timestamp.from(now.minus(Duration.ofHours(1)))).update();
        db.sql("insert into moderation.saves (account_id, community_id, at) values (?, ?, ?)")
                .params(accountId, communityId, Timestamp.from(now)).update();
    }

    private void refuseOver(long accountId, Instant now, Duration window, int max, String message) {
        RateWindow.wait(db, TIMES, accountId, now, window, max).ifPresent(wait -> {
            throw new TooManyRequestsException(message + " Nothing was saved; please try again in " + Words.duration(wait)
                    + ". To bring in many pages at once, push them with Git.", wait);
        });
    }
}
