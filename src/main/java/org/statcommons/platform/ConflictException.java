package org.statcommons.platform;

/** The request clashes with the current state (a taken slug, a link already used); nothing was changed. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
