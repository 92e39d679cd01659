package org.statcommons.content.proposals;

import java.time.Instant;

/**
 * A suggested change to a space: the branch {@code proposals/<name>} holding it, and the review around it.
 * {@code mergedCommit} is main's merge commit once merged.
 */
public record Proposal(
        long id,
        long communityId,
        String branch,
        String title,
        String description,
        long authorAccountId,
        String authorName,
        ProposalStatus status,
        String mergedCommit,
        Instant createdAt,
        Instant updatedAt) {

    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_TEXT_LENGTH = 20_000;

    /** One thing that happened to a proposal: opened, commented, updated, approved, merged... */
    public record Event(long id, long accountId, String personName, String kind, String body, Instant createdAt) {}
}
