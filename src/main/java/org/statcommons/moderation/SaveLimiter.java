package org.statcommons.moderation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.platform.Text;
import org.statcommons.platform.TooManyRequestsException;

/**
 * Asked by the knowledge spaces before each save a person makes (web, API, a merge of commits pushed to
 * {@code refs/for/main}): everyone may save only so many times a minute and an hour, so that a script or a
 * flood cannot grow a space's history without bound. The same sliding windows as the posting limits
 * ({@link RateWindows}); each save is recorded in the caller's transaction, so a save that is rolled back and
 * retried counts once.
 */
@Service
public class SaveLimiter {

    private final CountedSaves saves;
    private final ModerationProperties limits;
    private final Clock clock;

    SaveLimiter(CountedSaves saves, ModerationProperties limits, Clock clock) {
        this.saves = saves;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Refuses the save when its author is over a limit, with the limit and when it lifts; else records it.
     * Joins the caller's transaction (a save's), or runs in one of its own.
     *
     * @throws TooManyRequestsException when the person saves too fast (429 with Retry-After)
     */
    @Transactional
    public void check(long accountId, long communityId) {
        saves.lock(accountId);
        Instant now = clock.instant();
        refuseOver(accountId, now, Duration.ofMinutes(1), limits.savesPerMinute(), "moderation.saves.per-minute");
        refuseOver(accountId, now, Duration.ofHours(1), limits.savesPerHour(), "moderation.saves.per-hour");
        saves.forgetBefore(accountId, now.minus(Duration.ofHours(1)));
        saves.record(accountId, communityId, now);
    }

    private void refuseOver(long accountId, Instant now, Duration window, int max, String key) {
        saves.wait(accountId, now, window, max).ifPresent(wait -> {
            throw new TooManyRequestsException(Text.of(key, max, Wording.duration(wait)), wait);
        });
    }
}
