package org.statcommons.comments;

import java.time.Instant;
import java.util.List;

/** A thread on a page: the first comment and its replies, oldest first, and whether it was resolved. */
public record CommentThread(long id, long communityId, String path, long startedBy, Instant resolvedAt,
                            String resolvedBy, List<Comment> comments) {

    public boolean resolved() {
        return resolvedAt != null;
    }
}
