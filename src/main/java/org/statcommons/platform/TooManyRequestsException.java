package org.statcommons.platform;

import java.time.Duration;

/**
 * The person asks faster than a limit allows (posting too often, say); nothing was changed. Answered with
 * 429 and {@code Retry-After}: a problem under {@code /api/}, a page with the message otherwise.
 */
public class TooManyRequestsException extends RuntimeException {

    private final Duration retryAfter;
    /** What the reader is told in their language; null for a message not in the bundles. */
    private final Text text;

    public TooManyRequestsException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter == null || retryAfter.isNegative() ? Duration.ZERO : retryAfter;
        this.text = null;
    }

    /** A refusal in the bundles' words, shown in the reader's language. */
    public TooManyRequestsException(Text text, Duration retryAfter) {
        super(text.english());
        this.retryAfter = retryAfter == null || retryAfter.isNegative() ? Duration.ZERO : retryAfter;
        this.text = text;
    }

    /** The bundle text of the message, or null when the message is English only. */
    public Text text() {
        return text;
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
