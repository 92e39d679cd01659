package org.statcommons.moderation;

/** Why someone flags an item: the code of conduct's words. "Other" needs a note saying what. */
public enum FlagReason {
    DISRESPECT("Disrespect or attack"),
    CONFIDENTIAL("Confidential information"),
    INACCURATE("Inaccurate information"),
    SPAM("Advertising or spam"),
    SOLICITATION("Solicitation of sales or donations"),
    OTHER("Other");

    private final String label;

    FlagReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

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
