package org.statcommons.newsletters;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** A line that is an item of a bullet list, and its bullet. */
    private static final Pattern BULLET_ITEM = Pattern.compile("^ {0,3}([-*+])[ \t].*");

    /**
     * The form with the ticked highlights added at the end of the text, each on its own line, and none ticked.
     * Highlights are "- " items: after a text that ends with a "-" list they would join it (a blank line between
     * items does not end a list), so they are written with "*", which starts a list of their own.
     */
    NewsletterForm withHighlights() {
        if (highlight.isEmpty()) {
            return this;
        }
        String before = body == null ? "" : body.stripTrailing();
        String[] lines = before.split("\n");
        Matcher last = BULLET_ITEM.matcher(lines[lines.length - 1]);
        boolean afterDashList = last.matches() && last.group(1).equals("-");
        StringBuilder text = new StringBuilder(before);
        if (text.length() > 0) {
            text.append("\n\n");
        }
        for (String markdown : highlight) {
            if (markdown != null && !markdown.isBlank()) {
                String line = markdown.strip();
                if (afterDashList && line.startsWith("- ")) {
                    line = "* " + line.substring(2);
                }
                text.append(line).append('\n');
            }
        }
        return new NewsletterForm(subject, text.toString(), List.of(), action);
    }
}
