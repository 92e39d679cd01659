package org.statcommons.newsletters;

import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * A newsletter's text as the editor or the API gives it: its subject and its Markdown. Checked by {@link #checked}
 * when it is saved.
 */
record NewsletterDraft(String subject, String body) {

    static final int SUBJECT_LENGTH = 200;
    static final int BODY_LENGTH = 100_000;

    /** The draft with a subject and a text within their lengths; both problems at once. */
    NewsletterDraft checked() {
        TextInput input = new TextInput();
        String s = input.line("subject", Text.of("newsletters.editor.subject"), subject, SUBJECT_LENGTH, true);
        String b = input.block("body", Text.of("newsletters.editor.text"), body, BODY_LENGTH, true);
        input.throwIfInvalid();
        return new NewsletterDraft(s, b);
    }
}
