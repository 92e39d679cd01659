package org.statcommons.decisions;

/**
 * What a closed decision decided. A consent or a vote is adopted or not; a ranked choice, a score or a poll is
 * adopted when it has a winner (a tie for first place, no vote at all or a quorum not met is not adopted).
 */
public enum Outcome {
    ADOPTED,
    NOT_ADOPTED
}
