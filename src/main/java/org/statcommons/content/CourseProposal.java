package org.statcommons.content;

import java.time.Instant;

/**
 * A proposal on a course ({@link CourseProposals}): a branch of the course's repository beside main, and where its
 * review stands ({@code status}: OPEN, MERGED or CLOSED, as a space's proposals).
 */
public record CourseProposal(
        long id,
        String title,
        String description,
        long authorAccountId,
        String authorName,
        String status,
        String mergedCommit,
        Instant createdAt) {

    public boolean finished() {
        return "MERGED".equals(status) || "CLOSED".equals(status);
    }

    /** A file the proposal changes: {@code A} added, {@code M} modified, {@code D} deleted. */
    public record File(String path, char change) {}

    /** A file both sides changed in the same lines: its text with the two versions marked, to be resolved. */
    public record Conflict(String path, String marked) {}
}
