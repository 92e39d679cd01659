package org.statcommons.content;

/**
 * A top-level block of a rendered page (a paragraph, heading, list, table, quote or code block): what a reader can
 * point at. {@code number} counts the page's blocks from 1 in reading order; {@code text} is the block's words as
 * read (no Markdown, no HTML); {@code html} is its rendered, sanitised HTML. A thematic break has no text: there is
 * nothing in it to comment on.
 */
public record Passage(int number, String text, String html) {

    public boolean hasText() {
        return !text.isBlank();
    }
}
