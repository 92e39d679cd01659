package org.statcommons.surveys;

import java.time.Instant;

/**
 * A person asked to answer a wave through their personal link. {@code answered} says whether they submitted, never
 * when: an anonymous response must not be joined to its invitation by time.
 */
public record Invitation(
        long id, long waveId, long accountId, byte[] nonce, boolean answered, Instant invitedAt, Instant remindedAt) {}
