package org.statcommons.content.space;

import java.time.Instant;

/** A commit on a space's main branch as the index knows it; {@code seq} numbers them from 1. */
public record SpaceCommit(
        String id,
        long seq,
        String parentId,
        String authorName,
        String authorEmail,
        Instant authoredAt,
        String summary) {}
