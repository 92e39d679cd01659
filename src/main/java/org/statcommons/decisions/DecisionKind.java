package org.statcommons.decisions;

import java.util.List;

/**
 * How people answer a decision. Consent and vote have fixed answers; ranked choice, score and poll are answered about
 * the proposer's options.
 */
public enum DecisionKind {
    /** Agree, abstain, disagree or block; a reason is required to disagree or block. Adopted with no block. */
    CONSENT(List.of("AGREE", "ABSTAIN", "DISAGREE", "BLOCK")),
    /** Yes, no or abstain, with the decision's quorum and majority. */
    VOTE(List.of("YES", "NO", "ABSTAIN")),
    /** The options ranked in order of preference, counted by instant runoff. */
    RANKED(List.of()),
    /** A score from 0 to the decision's maximum for each option; the highest total wins. */
    SCORE(List.of()),
    /** One option, or up to the decision's number of choices; the most chosen wins. */
    POLL(List.of());

    private final List<String> answers;

    DecisionKind(List<String> answers) {
        this.answers = answers;
    }

    /** The fixed answers, empty for the kinds answered about options. */
    public List<String> answers() {
        return answers;
    }

    public boolean hasOptions() {
        return answers.isEmpty();
    }

    /** The answers that must come with a reason. */
    public boolean needsReason(String answer) {
        return this == CONSENT && ("BLOCK".equals(answer) || "DISAGREE".equals(answer));
    }
}
