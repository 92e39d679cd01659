package org.statcommons.moderation;

import org.statcommons.platform.Markdown;

/** A few hundred characters of an item's text without its Markdown, cut at a word. */
final class Excerpt {

    static final int LENGTH = 300;

    private Excerpt() {
    }

    static String of(String text) {
        // only the beginning is shown: no need to parse a 100 KB post whole
        String start = text != null && text.length() > LENGTH * 8 ? text.substring(0, LENGTH * 8) : text;
        String plain = Markdown.toPlainText(start).strip().replaceAll("\\s+", " ");
        if (plain.length() <= LENGTH) {
            return plain;
        }
        int cut = plain.lastIndexOf(' ', LENGTH);
        return plain.substring(0, cut > LENGTH / 2 ? cut : LENGTH) + "…";
    }
}
