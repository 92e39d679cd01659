package org.statcommons.leadership;

/** Where an election stands. */
enum ElectionState {
    /** Proposed (by a term's reminder) or being prepared: only the secretariat sees it, and announces it. */
    DRAFT,
    /** Announced: members put candidates forward and nominees accept or decline, until voting opens. */
    NOMINATING,
    /** The electorate is fixed and votes, until the end of the voting period. */
    VOTING,
    /** The ballots are counted and the winners known; their terms begin on the set day. */
    COUNTED
}
