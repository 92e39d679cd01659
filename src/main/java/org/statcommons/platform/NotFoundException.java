package org.statcommons.platform;

/** No such thing, or nothing the reader may know exists. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
