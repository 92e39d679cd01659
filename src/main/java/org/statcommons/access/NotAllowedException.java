package org.statcommons.access;

import org.statcommons.platform.Text;

/**
 * The policy said no. Pages answer 403 (or send an anonymous visitor to sign in); the API answers a 403
 * problem.
 */
public class NotAllowedException extends RuntimeException {

    private final Action action;
    private final boolean signedIn;
    /** What the reader is told in their language; null for a message not in the bundles. */
    private final Text text;

    public NotAllowedException(Action action, boolean signedIn) {
        this(action, signedIn, Text.of("access.refused", Text.of("access.action." + action.name())));
    }

    /** A refusal the policy's table cannot explain alone, e.g. changing someone else's comment. */
    public NotAllowedException(Action action, boolean signedIn, String message) {
        super(message);
        this.action = action;
        this.signedIn = signedIn;
        this.text = null;
    }

    /** The same, in the bundles' words, shown in the reader's language. */
    public NotAllowedException(Action action, boolean signedIn, Text text) {
        super(text.english());
        this.action = action;
        this.signedIn = signedIn;
        this.text = text;
    }

    /** The bundle text of the message, or null when the message is English only. */
    public Text text() {
        return text;
    }

    public Action action() {
        return action;
    }

    public boolean signedIn() {
        return signedIn;
    }
}
