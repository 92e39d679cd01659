package org.statcommons.platform;

import java.time.Duration;

/**
 * The person asks faster than a limit allows (posting too often, say); nothing was changed. Answered with
 * 429 and {@code Retry-After}: a problem under {@code /api/}, a page with the message otherwise.
 */
public class TooManyRequestsException extends RuntimeException {

    private final Duration retryAfter;

    public TooManyRequestsException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter == null || retryAfter.isNegative() ? Duration.ZERO : retryAfter;
    }

    /** How long to wait before trying again. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** The wait in whole seconds, at least one, as Retry-After wants it. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
