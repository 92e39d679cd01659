package org.statcommons.comments;

/**
 * A comment was written, edited, deleted or hidden. Published inside the transaction of the change, so a
 * listener in it (search) reads the comment's new state through {@link Comments#indexable}.
 */
public record CommentChanged(long commentId, long communityId, String path) {}
