package org.statcommons.moderation;

import java.time.Duration;

/** The author posts faster than the limit: answered with 429 and Retry-After. */
public class TooManyPostsException extends RuntimeException {

    private final Duration retryAfter;

    public TooManyPostsException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
