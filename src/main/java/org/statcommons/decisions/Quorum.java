package org.statcommons.decisions;

/**
 * The share of the eligible people who must vote for a decision to count, in percent (0: no quorum). Every vote
 * cast counts towards it, abstentions included: abstaining is taking part.
 */
public record Quorum(int percent) {

    public Quorum {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("A quorum is a percentage: " + percent);
        }
    }

    /** Whether {@code turnout} of {@code eligible} people reach it (a quorum of 0 is always met). */
    public boolean met(int turnout, int eligible) {
        return 100L * turnout >= (long) percent * eligible;
    }

    /** How many votes are needed, rounded up. */
    public int needed(int eligible) {
        return (int) ((long) percent * eligible + 99) / 100;
    }
}
