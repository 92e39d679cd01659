package org.statcommons.surveys;

/** What a question asks for, and so what its answers are (docs/evaluation.md#surveys says how each is stored). */
public enum QuestionKind {
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    /** One labelled scale of 5 or 7 points; option codes are the points, "1" to "5" or "7". */
    LIKERT,
    /** Items (rows) each answered on one labelled scale of 5 or 7 points. */
    LIKERT_MATRIX,
    /** A number, within a range when one is set. */
    NUMBER,
    SHORT_TEXT,
    LONG_TEXT,
    /** A country, answered as its ISO 3166 alpha-2 code. */
    COUNTRY,
    /** The options put in order; each answer row is an option and its rank. */
    RANKING;

    /** Whether owners write the question's options (a scale's points are options too). */
    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || this == RANKING || hasScale();
    }

    public boolean hasScale() {
        return this == LIKERT || this == LIKERT_MATRIX;
    }

    public boolean hasItems() {
        return this == LIKERT_MATRIX;
    }

    /** Whether a later question may be shown only if this one's answer is or includes an option. */
    public boolean canBeConditionedOn() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || this == LIKERT || this == COUNTRY;
    }
}
