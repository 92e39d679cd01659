package org.statcommons.discussions;

import org.statcommons.platform.Markdown;

/** A post's Markdown as a few lines of plain text, for notices, digests and the moderators' queue. */
final class Excerpt {

    static final int LENGTH = 300;

    private Excerpt() {
    }

    static String of(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        // only the beginning is shown: no need to parse a 100 KB post whole
        String start = markdown.length() > LENGTH * 8 ? markdown.substring(0, LENGTH * 8) : markdown;
        String text = Markdown.toPlainText(start).replaceAll("\\s+", " ").strip();
        if (text.codePointCount(0, text.length()) <= LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, LENGTH - 1)).stripTrailing() + "…";
    }
}
