package org.statcommons.decisions;

/**
 * A decision closed, at its deadline or early. Published in the closing transaction; a feature that proposed the
 * decision listens after commit ({@code @ApplicationModuleListener}) and recognises its own by the subject's kind.
 *
 * @param subject     what the decision was about, or null for a decision proposed by people
 * @param winner      the position of the winning option (ranked choice, score, poll), or null
 * @param winnerLabel that option's label, or null
 */
public record DecisionClosed(
        long decisionId,
        long communityId,
        DecisionKind kind,
        DecisionSubject subject,
        Outcome outcome,
        Integer winner,
        String winnerLabel) {}
