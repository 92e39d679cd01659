package org.statcommons.community;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a comment or a discussion post names people without their e-mail addresses: {@code @"Display Name"} for any name, or
 * {@code @DisplayName} – the display name without its spaces – for short ones. Both compare without case,
 * spaces or differences in Unicode normalisation, so {@code @MeleTaufa}, {@code @meletaufa} and
 * {@code @"Mele Taufa"} all name Mele Taufa. An @ inside a word (an e-mail address) names nobody. Handles are
 * looked up among the community's members only; a handle several members share names all of them.
 */
final class MentionHandles {

    private static final Pattern HANDLE = Pattern.compile(
            "(?<![\\p{L}\\p{N}_.@])@(?:\"([^\"\\n]{1,100})\"|([\\p{L}\\p{M}\\p{N}_][\\p{L}\\p{M}\\p{N}_.'-]{0,99}))");

    private MentionHandles() {}

    /** The handles written in a text, as comparison keys, in order of first appearance. */
    static Set<String> in(String text) {
        Set<String> keys = new LinkedHashSet<>();
        Matcher m = HANDLE.matcher(text == null ? "" : text);
        while (m.find()) {
            String handle = m.group(1) != null ? m.group(1) : trimmed(m.group(2));
            String key = key(handle);
            if (!key.isEmpty()) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** The people a text mentions, among {@code people} (account id to display name). */
    static Set<Long> resolve(String text, Map<Long, String> people) {
        Set<String> handles = in(text);
        Set<Long> mentioned = new LinkedHashSet<>();
        if (handles.isEmpty()) {
            return mentioned;
        }
        people.forEach((id, name) -> {
            if (handles.contains(key(name))) {
                mentioned.add(id);
            }
        });
        return mentioned;
    }

    /** The text with every handle that names {@code name} written as {@code @"replacement"} instead. */
    static String renamed(String text, String name, String replacement) {
        String wanted = key(name);
        Matcher m = HANDLE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String handle = m.group(1) != null ? m.group(1) : trimmed(m.group(2));
            if (key(handle).equals(wanted)) {
                // a bare handle's trimmed tail (a full stop) stays after the new handle
                String tail = m.group(1) != null ? "" : m.group(2).substring(handle.length());
                m.appendReplacement(out, Matcher.quoteReplacement("@\"" + replacement + "\"" + tail));
            } else {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
            }
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A name compared without case, whitespace or normalisation differences. */
    static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", "");
    }

    /** A bare handle at the end of a sentence ("thanks @Mele.") does not take the full stop. */
    private static String trimmed(String handle) {
        String h = handle;
        while (!h.isEmpty() && ".'-".indexOf(h.charAt(h.length() - 1)) >= 0) {
            h = h.substring(0, h.length() - 1);
        }
        return h;
    }
}
