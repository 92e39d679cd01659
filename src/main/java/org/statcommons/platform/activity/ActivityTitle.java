package org.statcommons.platform.activity;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 *
 * <p>An empty text argument is a person no longer known (an account gone when the activity was told): it is shown as
 * "Someone" in the reader's language ({@code platform.activity.someone}), a word of the sentence, not typed text.
 * Arguments may also be texts of the bundles themselves (where a community or an item is named in words), stored as
 * their key and arguments and put in the reader's language with the rest.
 */
public final class ActivityTitle {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Stand-ins for the typed arguments while the sentence is formatted: private-use characters no bundle holds. */
    private static final char OPEN = '\uE000';

    private static final char CLOSE = '\uE001';
    private static final Pattern STAND_IN = Pattern.compile(OPEN + "(\\d+)" + CLOSE);

    /** The start of a time mark ({@link TimePresenter#mark}); typed text made literal can never start so. */
    private static final String MARK = "{{time ";

    private static final String SOMEONE = "platform.activity.someone";
    private static final String MODERATORS = "platform.activity.moderators";

    /** How a text of the bundles among the arguments is stored in JSON. */
    private static final String KEY = "key";

    private static final String ARGUMENTS = "arguments";

    /** A piece of a title as shown: the bundle's words and arguments, or one typed argument to isolate. */
    public record Part(String text, boolean isolated) {}

    private ActivityTitle() {}

    /** The text with each of its text arguments kept as typed ({@link TimePresenter#literal}). */
    public static Text typed(Text title) {
        List<Object> args = new ArrayList<>(title.args().size());
        for (Object arg : title.args()) {
            args.add(
                    arg instanceof String s
                            ? TimePresenter.literal(s)
                            : arg instanceof Text inner ? typed(inner) : arg);
        }
        return new Text(title.key(), args);
    }

    /** The title in English, as stored beside its key: a person no longer known is "Someone". */
    static String english(Text title) {
        return named(title, Text.of(SOMEONE)).english();
    }

    /** The text with each empty text argument, a person no longer known, replaced by {@code someone}. */
    private static Text named(Text title, Object someone) {
        List<Object> args = new ArrayList<>(title.args().size());
        for (Object arg : title.args()) {
            args.add(
                    arg instanceof String s && s.isEmpty()
                            ? someone
                            : arg instanceof Text inner ? named(inner, someone) : arg);
        }
        return new Text(title.key(), args);
    }

    /**
     * Who did it, as the reader reads it: the stored name as typed; "Someone" for a person no longer known (stored
     * empty); the moderators ({@link Activity#MODERATORS}, acting without an account: a person who calls themselves
     * so keeps their name as typed) in the reader's language; StatCommons as it is named.
     */
    public static String actor(Long actorId, String stored, TimePresenter times) {
        if (stored == null || stored.isEmpty()) {
            return Text.of(SOMEONE).in(Language.of(times.locale()));
        }
        if (actorId == null && stored.equals(Activity.MODERATORS)) {
            return Text.of(MODERATORS).in(Language.of(times.locale()));
        }
        return stored;
    }

    /** The arguments of a title, as JSON to store; null for no title text. */
    public static String arguments(Text title) {
        return title == null ? null : JSON.writeValueAsString(stored(title.args()));
    }

    /** Arguments as JSON can hold them: a text of the bundles becomes an object of its key and arguments. */
    private static List<Object> stored(List<Object> args) {
        List<Object> stored = new ArrayList<>(args.size());
        for (Object arg : args) {
            stored.add(arg instanceof Text inner ? Map.of(KEY, inner.key(), ARGUMENTS, stored(inner.args())) : arg);
        }
        return stored;
    }

    /** The arguments read back: an object of a key and arguments is a text of the bundles again. */
    private static List<Object> read(List<?> args) {
        List<Object> read = new ArrayList<>(args.size());
        for (Object arg : args) {
            if (arg instanceof Map<?, ?> inner
                    && inner.get(KEY) instanceof String key
                    && inner.get(ARGUMENTS) instanceof List<?> innerArgs) {
                read.add(new Text(key, read(innerArgs)));
            } else {
                read.add(arg);
            }
        }
        return read;
    }

    /** The title text stored as this key and JSON arguments; null when no key was stored. */
    public static Text stored(String key, String arguments) {
        if (key == null) {
            return null;
        }
        try {
            List<?> args = arguments == null ? List.of() : JSON.readValue(arguments, List.class);
            return new Text(key, read(args));
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
        // every typed argument becomes a stand-in, isolated or not, so that nothing typed is ever read as one; a
        // person no longer known (empty) is a word of the reader's language
        String someone = Text.of(SOMEONE).in(Language.of(times.locale()));
        List<Object> args = new ArrayList<>(title.args());
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i) instanceof String s && s.isEmpty()) {
                args.set(i, someone);
            } else if (args.get(i) instanceof String s && !s.startsWith(MARK)) {
                args.set(i, OPEN + Integer.toString(i) + CLOSE);
            } else if (args.get(i) instanceof Text inner) {
                args.set(i, named(inner, someone));
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
