package org.statcommons.decisions;

/**
 * What a yes/no vote needs to pass, counted over the votes cast for and against: abstentions count for the quorum
 * only, never for or against.
 */
public enum Majority {
    /** More yes than no. A tie is not a majority. */
    SIMPLE,
    /** At least two thirds of the yes and no votes are yes (and at least one yes). */
    TWO_THIRDS;

    public boolean reached(int yes, int no) {
        return switch (this) {
            case SIMPLE -> yes > no;
            case TWO_THIRDS -> yes > 0 && 3L * yes >= 2L * (yes + no);
        };
    }
}
