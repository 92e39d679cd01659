package org.statcommons.moderation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
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
        Optional<TooManyRequestsException> refused = refusal(accountId, communityId);
        if (refused.isPresent()) {
            throw refused.get();
        }
    }

    /**
     * As {@link #check}, telling the refusal instead of throwing it: a write of several people's saves in one
     * transaction refuses the one over its limit and commits the others (a refusal thrown inside that transaction
     * would mark all of it for rollback).
     */
    @Transactional
    public Optional<TooManyRequestsException> refusal(long accountId, long communityId) {
        saves.lock(accountId);
        Instant now = clock.instant();
        Optional<TooManyRequestsException> refused = over(
                        accountId, now, Duration.ofMinutes(1), limits.savesPerMinute(), "moderation.saves.per-minute")
                .or(() ->
                        over(accountId, now, Duration.ofHours(1), limits.savesPerHour(), "moderation.saves.per-hour"));
        if (refused.isEmpty()) {
            saves.forgetBefore(accountId, now.minus(Duration.ofHours(1)));
            saves.record(accountId, communityId, now);
        }
        return refused;
    }

    /**
     * Takes these people's save limits one at a time until the transaction ends, in the order of their keys: a write
     * of several people's saves in one transaction takes them all first, so that two such writes (of two spaces)
     * never each hold a lock the other waits for.
     */
    @Transactional
    public void lockAll(Collection<Long> accountIds) {
        accountIds.stream().distinct().sorted().forEach(saves::lock);
    }

    private Optional<TooManyRequestsException> over(long accountId, Instant now, Duration window, int max, String key) {
        return saves.wait(accountId, now, window, max)
                .map(wait -> new TooManyRequestsException(Text.of(key, max, Wording.duration(wait)), wait));
    }
}
