package org.statcommons.platform;

/** The request clashes with the current state (a taken slug, a link already used); nothing was changed. */
public class ConflictException extends RuntimeException {
    /** What the reader is told in their language; null for a message not yet in the bundles. */
    private final Text text;

    public ConflictException(String message) {
        super(message);
        this.text = null;
    }

    public ConflictException(Text text) {
        super(text.english());
        this.text = text;
    }

    /** The bundle text of the message, or null when the message is English only. */
    public Text text() {
        return text;
    }
}
