package org.statcommons.community;

import java.time.Instant;

/**
 * A request for an invitation from someone without an account. {@code status}: {@code UNCONFIRMED} until its
 * address is confirmed by the e-mailed link, {@code HAS_ACCOUNT} when the address already had an account (they were
 * told to sign in instead; the secretariat never sees it), {@code PENDING} while the secretariat decides, then
 * {@code APPROVED} or {@code DECLINED}.
 */
record InvitationRequest(
        long id,
        long communityId,
        String name,
        String email,
        String organisation,
        String country,
        String motivation,
        String status,
        Instant createdAt,
        Instant expiresAt,
        Instant confirmedAt) {}
