package org.statcommons.platform;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSourceResolvable;
import org.statcommons.platform.i18n.Bundles;
import org.statcommons.platform.i18n.Language;

/**
 * A text of the message bundles, with its arguments, to be put in the reader's language where it is shown: a
 * use case that refuses input says {@code Text.of("identity.password.too-short", 12)} without knowing who reads
 * it, and the error answer writes it in the request's language. {@link #english()} is the same text in English,
 * for logs and for clients without a language (a Git client, an exception's message). Serializable, so that a
 * notice can wait in the session across a redirect; its arguments are strings and numbers.
 */
public record Text(String key, List<Object> args) implements MessageSourceResolvable, Serializable {

    public Text {
        args = List.copyOf(args);
    }

    public static Text of(String key, Object... args) {
        return new Text(key, Arrays.asList(args));
    }

    public String english() {
        return Bundles.bundled().format(key, args.toArray(), Locale.ENGLISH);
    }

    /**
     * This text in one language, for what is written away from any request: an e-mail is in its recipient's
     * language, not in the language of whoever caused it to be sent.
     */
    public String in(Language language) {
        return Bundles.bundled().format(key, args.toArray(), language.locale());
    }

    @Override
    public String[] getCodes() {
        return new String[] {key};
    }

    @Override
    public Object[] getArguments() {
        return args.toArray();
    }

    @Override
    public String toString() {
        return english();
    }
}
