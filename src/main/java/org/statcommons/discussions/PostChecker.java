package org.statcommons.discussions;

import java.util.Locale;
import org.statcommons.platform.TextInput;

/**
 * Checks what people type into a discussion: a one-line title and a Markdown body of at most 100,000 characters.
 * Collects every problem, then {@link #throwIfInvalid} names them all at once.
 */
final class PostChecker {

    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 100_000;

    private final TextInput input = new TextInput();

    String title(String title) {
        return input.line("title", "Title", title, MAX_TITLE, true);
    }

    String body(String body) {
        int length = body == null ? 0 : body.codePointCount(0, body.length());
        if (length > MAX_BODY) {
            input.error(
                    "body",
                    "The post is too long: " + String.format(Locale.ROOT, "%,d", length) + " characters, at most "
                            + String.format(Locale.ROOT, "%,d", MAX_BODY)
                            + " (about 100 KB). Shorten it, split it into several posts, or put the"
                            + " long text on a page of the community's space and link to it.");
            return "";
        }
        return input.block("body", "Post", body, MAX_BODY, true);
    }

    void error(String field, String message) {
        input.error(field, message);
    }

    /** Throws {@link org.statcommons.platform.InvalidInputException} when a check failed; nothing is written then. */
    void throwIfInvalid() {
        input.throwIfInvalid();
    }
}
