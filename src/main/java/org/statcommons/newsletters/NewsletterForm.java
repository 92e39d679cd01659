package org.statcommons.newsletters;

import java.util.List;

/**
 * What the editor sends, and shows again as typed: the newsletter, the highlights ticked next to it, and which
 * button was pressed ({@code insert} the highlights, {@code preview}, or {@code save}).
 */
record NewsletterForm(String subject, String body, List<String> highlight, String action) {

    NewsletterForm {
        highlight = highlight == null ? List.of() : List.copyOf(highlight);
    }

    static NewsletterForm of(Newsletter newsletter) {
        return new NewsletterForm(newsletter.subject(), newsletter.body(), List.of(), null);
    }

    /** Whether anything was typed: a first visit shows the draft as it is saved instead. */
    boolean typed() {
        return subject != null || body != null;
    }

    /** Whether this is the save button (the form's default), not one of the two that only show. */
    boolean saves() {
        return action == null || action.isBlank() || "save".equals(action);
    }

    boolean inserts() {
        return "insert".equals(action);
    }

    NewsletterDraft draft() {
        return new NewsletterDraft(subject, body);
    }

    /** The form with the ticked highlights added at the end of the text, each on its own line, and none ticked. */
    NewsletterForm withHighlights() {
        if (highlight.isEmpty()) {
            return this;
        }
        StringBuilder text = new StringBuilder(body == null ? "" : body.stripTrailing());
        if (text.length() > 0) {
            text.append("\n\n");
        }
        for (String markdown : highlight) {
            if (markdown != null && !markdown.isBlank()) {
                text.append(markdown.strip()).append('\n');
            }
        }
        return new NewsletterForm(subject, text.toString(), List.of(), action);
    }
}
