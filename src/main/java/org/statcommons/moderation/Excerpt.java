package org.statcommons.moderation;

/** A few hundred characters of plain text, cut at a word. */
final class Excerpt {

    static final int LENGTH = 300;

    private Excerpt() {
    }

    static String of(String text) {
        String plain = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (plain.length() <= LENGTH) {
            return plain;
        }
        int cut = plain.lastIndexOf(' ', LENGTH);
        return plain.substring(0, cut > LENGTH / 2 ? cut : LENGTH) + "…";
    }
}
