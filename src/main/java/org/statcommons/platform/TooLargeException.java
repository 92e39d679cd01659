package org.statcommons.platform;

/**
 * What was sent (a file) is above a size limit; nothing was kept. Answered with 413: a page with the message,
 * or under {@code /api/} a problem carrying the limit in bytes as {@code limit}. The message is a bundle text, put in
 * the reader's language where it is shown (the limit in it through {@link ByteSize}).
 */
public class TooLargeException extends RuntimeException {

    private final Text text;
    private final long limit;

    public TooLargeException(Text text, long limit) {
        super(text.english());
        this.text = text;
        this.limit = limit;
    }

    public Text text() {
        return text;
    }

    /** The limit in bytes. */
    public long limit() {
        return limit;
    }
}
