package org.statcommons.content;

import java.time.Instant;

/** A page on main as the index lists it (page tree, recently changed). */
public record PageSummary(
        String path, String title, String blobId, String latestCommit, String authorName, Instant changedAt) {}
