package org.statcommons.discussions;

import org.statcommons.platform.Text;
import org.statcommons.platform.i18n.Language;

/**
 * The start of a reply that quotes a post: a Markdown block quote of its text under a line naming its author
 * with a link back to it, then an empty line for the reply. Built on the server, so quoting needs no script.
 *
 * <p>The line ("Ana wrote:") becomes part of the reply's text, which is stored as its author typed it and read by
 * everyone alike, so it is written once, in the language of the person quoting, as they quote: they see it in the
 * form, may change it, and it reads as their own words. Readers of other languages read it as they read the rest of
 * the reply.
 */
final class Quote {

    private Quote() {}

    /** The quote in the quoting person's {@code language}. */
    static String of(Post post, String link, Language language) {
        StringBuilder quote = new StringBuilder("> [")
                .append(Text.of("discussions.quote.wrote", escaped(post.authorName()))
                        .in(language))
                .append("](")
                .append(link)
                .append("):\n>\n");
        for (String line : post.body().split("\n", -1)) {
            quote.append(line.isEmpty() ? ">" : "> " + line).append('\n');
        }
        return quote.append('\n').toString();
    }

    /** A name as literal Markdown text inside the link: its punctuation cannot close the link, open emphasis or code. */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(cp -> {
            if (cp < 128 && "\\`*_[]<>&~!".indexOf(cp) >= 0) {
                out.append('\\');
            }
            out.appendCodePoint(cp);
        });
        return out.toString();
    }
}
