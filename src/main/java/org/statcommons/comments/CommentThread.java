package org.statcommons.comments;

import java.time.Instant;
import java.util.List;

/**
 * A thread on a page: the first comment and its replies, oldest first, and whether it was resolved. {@code passage}
 * is the passage of the page it is on, or null for a thread on the whole page.
 */
public record CommentThread(
        long id,
        long communityId,
        String path,
        long startedBy,
        Instant resolvedAt,
        String resolvedBy,
        List<Comment> comments,
        PassageAnchor passage) {

    public boolean resolved() {
        return resolvedAt != null;
    }

    /** One of its comments, which the caller knows is in it. */
    Comment comment(long commentId) {
        return comments.stream().filter(c -> c.id() == commentId).findFirst().orElseThrow();
    }
}
