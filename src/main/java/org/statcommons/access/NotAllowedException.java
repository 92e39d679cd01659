package org.statcommons.access;

/**
 * The policy said no. Pages answer 403 (or send an anonymous visitor to sign in); the API answers a 403
 * problem.
 */
public class NotAllowedException extends RuntimeException {

    private final Action action;
    private final boolean signedIn;

    public NotAllowedException(Action action, boolean signedIn) {
        super("You may not " + action.description() + ".");
        this.action = action;
        this.signedIn = signedIn;
    }

    /** A refusal the policy's table cannot explain alone, e.g. changing someone else's comment. */
    public NotAllowedException(Action action, boolean signedIn, String message) {
        super(message);
        this.action = action;
        this.signedIn = signedIn;
    }

    public Action action() {
        return action;
    }

    public boolean signedIn() {
        return signedIn;
    }
}
