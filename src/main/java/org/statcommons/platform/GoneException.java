package org.statcommons.platform;

/**
 * What the address named is gone for good: an e-mailed link that was used, withdrawn or has expired, or that
 * can no longer do what it was for. Answered 410 with the reason; the page's title says which link it was.
 */
public class GoneException extends RuntimeException {

    private final String title;

    public GoneException(String title, String message) {
        super(message);
        this.title = title;
    }

    /** The heading of the page that says so ("This invitation cannot be used"). */
    public String title() {
        return title;
    }
}
