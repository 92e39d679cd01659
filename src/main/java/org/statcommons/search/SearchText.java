package org.statcommons.search;

import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Markdown;
import org.statcommons.platform.Text;

/**
 * The text the index keeps: Markdown rendered to plain text (so snippets show words, not markup), without the
 * two private-use characters that mark highlights in snippets, and cut to a length PostgreSQL's text search
 * handles quickly (a tsvector keeps at most 1 MB and positions up to 16,383 anyway).
 */
final class SearchText {

    static final char MARK_START = '\uE000';
    static final char MARK_END = '\uE001';
    static final int MAX_LENGTH = 100_000;

    private SearchText() {}

    static String ofMarkdown(String markdown) {
        return clean(Markdown.toPlainText(markdown));
    }

    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_LENGTH));
        text.codePoints()
                .filter(cp ->
                        cp != MARK_START && cp != MARK_END && (cp == '\n' || cp == '\t' || !Character.isISOControl(cp)))
                .limit(MAX_LENGTH)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * HTML for a snippet PostgreSQL highlighted with the marker characters: everything escaped, then the
     * markers turned into {@code <mark>} – so whatever the text holds, only {@code <mark>} is markup.
     */
    static String highlighted(String snippet) {
        if (snippet == null) {
            return "";
        }
        StringBuilder html = new StringBuilder(snippet.length() + 32);
        for (int i = 0; i < snippet.length(); i++) {
            char c = snippet.charAt(i);
            switch (c) {
                case MARK_START -> html.append("<mark>");
                case MARK_END -> html.append("</mark>");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
        return html.toString();
    }

    /**
     * What a person typed, made safe to hand to {@code websearch_to_tsquery}: control characters (PostgreSQL
     * refuses NUL) and markers removed, at most 256 characters, and refused ({@link InvalidInputException}, 400)
     * when it holds more than {@value #MAX_NOTS_IN_A_ROW} '-' in a row. Each '-' before a word is a NOT that
     * PostgreSQL's parser keeps on a stack of 32 until the word comes, so 40 in a row failed the whole search
     * with "tsquery stack too small". A run of NOTs lies within characters that are neither letters nor digits
     * (spaces and the operators the parser skips), so counting the '-' of each such stretch never counts fewer.
     */
    static String query(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        typed.codePoints()
                .filter(cp -> cp != MARK_START && cp != MARK_END && !Character.isISOControl(cp))
                .limit(256)
                .forEach(out::appendCodePoint);
        String query = out.toString().strip();
        if (mostNotsInARow(query) > MAX_NOTS_IN_A_ROW) {
            throw new InvalidInputException("q", Text.of("search.too-many-nots"));
        }
        return query;
    }

    static final int MAX_NOTS_IN_A_ROW = 20;

    /** The most '-' in one stretch of characters that are neither letters nor digits. */
    static int mostNotsInARow(String query) {
        int most = 0;
        int run = 0;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                run = 0;
            } else if (c == '-') {
                most = Math.max(most, ++run);
            }
        }
        return most;
    }
}
