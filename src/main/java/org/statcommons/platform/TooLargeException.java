package org.statcommons.platform;

/**
 * What was sent (a file) is above a size limit; nothing was kept. Answered with 413: a page with the message,
 * or under {@code /api/} a problem carrying the limit in bytes as {@code limit}.
 */
public class TooLargeException extends RuntimeException {

    private final long limit;

    public TooLargeException(String message, long limit) {
        super(message);
        this.limit = limit;
    }

    /** The limit in bytes. */
    public long limit() {
        return limit;
    }
}
