package org.statcommons.platform;

/**
 * What the address named is gone for good: an e-mailed link that was used, withdrawn or has expired, or that
 * can no longer do what it was for. Answered 410 with the reason; the page's title says which link it was.
 */
public class GoneException extends RuntimeException {

    private final String title;
    private final Text titleText;
    private final Text text;

    public GoneException(String title, String message) {
        super(message);
        this.title = title;
        this.titleText = null;
        this.text = null;
    }

    /** The title and the reason as bundle texts, shown in the reader's language. */
    public GoneException(Text title, Text text) {
        super(text.english());
        this.title = title.english();
        this.titleText = title;
        this.text = text;
    }

    /** The bundle text of the title, or null when it is English only. */
    public Text titleText() {
        return titleText;
    }

    /** The bundle text of the reason, or null when it is English only. */
    public Text text() {
        return text;
    }

    /** The heading of the page that says so ("This invitation cannot be used"). */
    public String title() {
        return title;
    }
}
