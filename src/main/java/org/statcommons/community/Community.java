package org.statcommons.community;

import java.time.Instant;
import org.statcommons.access.JoinPolicy;

/**
 * A community of practice as its landing page and the API show it. {@code membersEditDirectly}: plain members
 * may edit pages without a proposal.
 */
public record Community(
        long id,
        String slug,
        String name,
        String purpose,
        String description,
        JoinPolicy joinPolicy,
        Instant createdAt,
        boolean membersEditDirectly) {}
