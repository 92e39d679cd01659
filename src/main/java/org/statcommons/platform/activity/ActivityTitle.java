package org.statcommons.platform.activity;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.i18n.Bundles;
import org.statcommons.platform.i18n.Language;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * An activity's title as each reader reads it: the bundle key and arguments in the reader's language, or, for a line
 * stored before titles had keys (or whose key a later release dropped), the English that was stored. The features
 * that keep activities (the stream, notifications) store the key and its arguments beside the English as JSON
 * ({@link #arguments}), which keeps strings exactly as typed (word joiners of {@link TimePresenter#literal}
 * included) and numbers as numbers for ICU's plurals.
 *
 * <p>The arguments that are text someone typed (a name, a discussion's title) are never translated. They are shown
 * isolated from the sentence around them ({@link Part#isolated}, a {@code <bdi>} on screens) wherever their direction
 * may differ from the sentence's: always in a right-to-left language (a Latin name inside Arabic), and in a
 * left-to-right one when they hold right-to-left letters (an Arabic title inside English). Elsewhere they are joined
 * into the sentence as before, so that a left-to-right page reads exactly as it did.
 */
public final class ActivityTitle {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Stand-ins for the typed arguments while the sentence is formatted: private-use characters no bundle holds. */
    private static final char OPEN = '\uE000';

    private static final char CLOSE = '\uE001';
    private static final Pattern STAND_IN = Pattern.compile(OPEN + "(\\d+)" + CLOSE);

    /** The start of a time mark ({@link TimePresenter#mark}); typed text made literal can never start so. */
    private static final String MARK = "{{time ";

    /** A piece of a title as shown: the bundle's words and arguments, or one typed argument to isolate. */
    public record Part(String text, boolean isolated) {}

    private ActivityTitle() {}

    /** The text with each of its text arguments kept as typed ({@link TimePresenter#literal}). */
    static Text typed(Text title) {
        List<Object> args = new ArrayList<>(title.args().size());
        for (Object arg : title.args()) {
            args.add(arg instanceof String s ? TimePresenter.literal(s) : arg);
        }
        return new Text(title.key(), args);
    }

    /** The arguments of a title, as JSON to store; null for no title text. */
    public static String arguments(Text title) {
        return title == null ? null : JSON.writeValueAsString(title.args());
    }

    /** The title text stored as this key and JSON arguments; null when no key was stored. */
    public static Text stored(String key, String arguments) {
        if (key == null) {
            return null;
        }
        try {
            List<?> args = arguments == null ? List.of() : JSON.readValue(arguments, List.class);
            return new Text(key, new ArrayList<>(args));
        } catch (JacksonException e) {
            // not arguments this server wrote: the stored English is shown
            return null;
        }
    }

    /** The title in the reader's language and zone, as plain text (an e-mail's subject, the API). */
    public static String shown(String english, Text title, TimePresenter times) {
        StringBuilder text = new StringBuilder();
        for (Part part : parts(english, title, times)) {
            text.append(part.text());
        }
        return text.toString();
    }

    /**
     * The title in the reader's language and zone, in pieces: the typed arguments to isolate apart, for a screen.
     * The stored English, whole, when there is no key or the bundles no longer know it.
     */
    public static List<Part> parts(String english, Text title, TimePresenter times) {
        if (title == null
                || Bundles.bundled().pattern(title.key(), times.locale()).isEmpty()) {
            return List.of(new Part(times.text(english), false));
        }
        // every typed argument becomes a stand-in, isolated or not, so that nothing typed is ever read as one
        List<Object> args = new ArrayList<>(title.args());
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i) instanceof String s && !s.startsWith(MARK)) {
                args.set(i, OPEN + Integer.toString(i) + CLOSE);
            }
        }
        String sentence;
        try {
            sentence = Bundles.bundled().format(title.key(), args.toArray(), times.locale());
        } catch (IllegalArgumentException e) {
            // arguments that no longer fit the key's pattern (a number where text is now asked): the stored English
            return List.of(new Part(times.text(english), false));
        }
        boolean rightToLeft = Language.of(times.locale()).rightToLeft();
        List<Part> parts = new ArrayList<>();
        StringBuilder joined = new StringBuilder();
        Matcher m = STAND_IN.matcher(sentence);
        int from = 0;
        while (m.find()) {
            joined.append(times.text(sentence.substring(from, m.start())));
            String typed = times.text((String) title.args().get(Integer.parseInt(m.group(1))));
            if (rightToLeft || Bidi.requiresBidi(typed.toCharArray(), 0, typed.length())) {
                if (!joined.isEmpty()) {
                    parts.add(new Part(joined.toString(), false));
                    joined.setLength(0);
                }
                parts.add(new Part(typed, true));
            } else {
                joined.append(typed);
            }
            from = m.end();
        }
        joined.append(times.text(sentence.substring(from)));
        if (!joined.isEmpty()) {
            parts.add(new Part(joined.toString(), false));
        }
        return parts;
    }
}
