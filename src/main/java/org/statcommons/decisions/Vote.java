package org.statcommons.decisions;

import java.time.Instant;

/**
 * One person's vote. {@code choice}: the answer of a consent or vote (AGREE, YES…), null for the kinds with options;
 * {@code ballot}: option positions in order of preference (ranked), a score per option (score), the chosen options
 * (poll), empty for consent and vote.
 */
public record Vote(long accountId, String voterName, String choice, String reason, int[] ballot, Instant castAt) {}
