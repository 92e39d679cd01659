package org.statcommons.discussions;

import java.time.Instant;

/**
 * An earlier version of a post, kept when it was edited (or deleted). {@code title} is the discussion's title
 * in that version, for an opening post; null for replies.
 */
public record PostVersion(long postId, int version, String title, String body, Instant writtenAt, Instant replacedAt) {}
