package org.statcommons.surveys;

/** Where a wave is in its life: built, answered, done. */
public enum WaveState {
    /** Being built; no one answers it. */
    DRAFT,
    /** Answered between its opening and closing times, when they are set. */
    OPEN,
    /** Takes no more answers; its results stay. */
    CLOSED
}
