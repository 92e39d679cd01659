package org.statcommons.platform;

/** No such thing, or nothing the reader may know exists. */
public class NotFoundException extends RuntimeException {
    /** What the reader is told in their language; null for a message not yet in the bundles. */
    private final Text text;

    public NotFoundException(String message) {
        super(message);
        this.text = null;
    }

    public NotFoundException(Text text) {
        super(text.english());
        this.text = text;
    }

    /** The bundle text of the message, or null when the message is English only. */
    public Text text() {
        return text;
    }
}
