package org.statcommons.moderation;

/** Why someone flags an item: the code of conduct's words (the bundle's
 * {@code moderation.reason.<NAME>}). "Other" needs a note saying what. */
public enum FlagReason {
    DISRESPECT,
    CONFIDENTIAL,
    INACCURATE,
    SPAM,
    SOLICITATION,
    OTHER;

    /** The reason named by a form or the API (its name, in any case); null when none matches. */
    static FlagReason parse(String typed) {
        if (typed == null) {
            return null;
        }
        for (FlagReason reason : values()) {
            if (reason.name().equalsIgnoreCase(typed.strip())) {
                return reason;
            }
        }
        return null;
    }
}
