package org.statcommons.comments;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import org.statcommons.content.Passage;

/**
 * The passage a thread is on, kept by its text so that the thread finds it again in later versions of the page:
 * the text as read when the thread was started (the first {@link #MAX_TEXT} characters: enough to quote and to
 * recognise it), the hash of the whole text normalised ({@link #normalised}), and its number on the page then.
 */
public record PassageAnchor(String text, String hash, int number) {

    /** What is kept of a passage's text: a page of one 1 MB paragraph must not copy it into every thread. */
    static final int MAX_TEXT = 2_000;

    /** What a screen quotes of it before "…". */
    static final int MAX_QUOTE = 300;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    static PassageAnchor of(Passage passage) {
        String text = passage.text();
        return new PassageAnchor(shortened(text, MAX_TEXT), hash(text), passage.number());
    }

    /** The text as a screen quotes it: at most {@link #MAX_QUOTE} characters. */
    public String quote() {
        return text.length() <= MAX_QUOTE ? text : shortened(text, MAX_QUOTE) + "…";
    }

    /**
     * The text as compared: compatibility-normalised (NFKC), lower case, runs of white space as one space. A passage
     * whose only change is a capital letter, a line break or a non-breaking space is the same passage.
     */
    static String normalised(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return WHITESPACE.matcher(normal).replaceAll(" ").strip();
    }

    static String hash(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(normalised(text).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** At most {@code length} characters, never cutting a surrogate pair in two. */
    static String shortened(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
        return text.substring(0, end);
    }
}
