package org.statcommons.discussions;

import org.statcommons.platform.ByteSize;
import org.statcommons.platform.Text;
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
        return input.line("title", Text.of("discussions.title"), title, MAX_TITLE, true);
    }

    String body(String body) {
        int length = body == null ? 0 : body.codePointCount(0, body.length());
        if (length > MAX_BODY) {
            // "about": the limit counts characters, and a thousand characters of Latin text take about a kilobyte
            input.error(
                    "body",
                    Text.of("discussions.post.too-long", length, MAX_BODY, ByteSize.of(MAX_BODY / 1000 * 1024L)));
            return "";
        }
        return input.block("body", Text.of("discussions.post"), body, MAX_BODY, true);
    }

    void error(String field, Text message) {
        input.error(field, message);
    }

    /** Throws {@link org.statcommons.platform.InvalidInputException} when a check failed; nothing is written then. */
    void throwIfInvalid() {
        input.throwIfInvalid();
    }
}
