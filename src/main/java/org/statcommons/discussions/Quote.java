package org.statcommons.discussions;

/**
 * The start of a reply that quotes a post: a Markdown block quote of its text under a line naming its author
 * with a link back to it, then an empty line for the reply. Built on the server, so quoting needs no script.
 */
final class Quote {

    private Quote() {}

    static String of(Post post, String link) {
        StringBuilder quote = new StringBuilder("> [")
                .append(escaped(post.authorName()))
                .append(" wrote](")
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
