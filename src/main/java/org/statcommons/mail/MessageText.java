package org.statcommons.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a message as /admin/outbox shows it: plain text, with its http and https addresses made into links.
 * Only those: the template writes every part as text (escaped), so nothing in a message becomes markup, and a
 * {@code javascript:} or {@code data:} address stays words.
 */
record MessageText(List<Part> parts) {

    /** A run of text, or an address to link ({@code link} true). */
    record Part(String text, boolean link) {}

    /** Up to the first space, quote or angle bracket, and at most 2,000 characters after the scheme. */
    private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s<>\"']{1,2000}", Pattern.CASE_INSENSITIVE);
    /** Punctuation that ends a sentence rather than the address: "Open https://x.org/a." links https://x.org/a. */
    private static final String TRAILING = ".,;:!?)]}";

    static MessageText of(String text) {
        List<Part> parts = new ArrayList<>();
        if (text == null) {
            return new MessageText(parts);
        }
        Matcher m = ADDRESS.matcher(text);
        int at = 0;
        while (m.find()) {
            int end = m.end();
            while (end > m.start() && TRAILING.indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            if (m.start() > at) {
                parts.add(new Part(text.substring(at, m.start()), false));
            }
            parts.add(new Part(text.substring(m.start(), end), true));
            at = end;
        }
        if (at < text.length()) {
            parts.add(new Part(text.substring(at), false));
        }
        return new MessageText(parts);
    }
}
