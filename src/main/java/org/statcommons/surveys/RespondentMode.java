package org.statcommons.surveys;

/**
 * Who a survey's responses belong to, shown to respondents before they answer. Declared from the least private to the
 * most private: a survey may move down this list once answers exist, never up ({@link #lessPrivateThan}).
 */
public enum RespondentMode {
    /** The owners see who answered. */
    IDENTIFIED,
    /**
     * Each response carries a pseudonym, HMAC-SHA-256 of the survey and the person under a server key: the same in
     * every wave of the survey, so a person's baseline pairs with their endpoint, and in no other survey.
     */
    PSEUDONYMOUS,
    /** No link at all, not even to the invitation, once the response is submitted. */
    ANONYMOUS;

    public boolean lessPrivateThan(RespondentMode other) {
        return ordinal() < other.ordinal();
    }

    /** Whether breakdowns below the survey's small-cell threshold are suppressed (in pages, charts, exports, API). */
    public boolean suppressesSmallCells() {
        return this != IDENTIFIED;
    }
}
