package org.statcommons.discussions;

/**
 * A post was written, edited, deleted, hidden or shown again (a change of the opening post may also change
 * its discussion's title). Published inside the transaction of the change, so a listener in it (search) reads
 * the new state through {@link Discussions#indexable} and {@link Discussions#indexableTitle}.
 */
public record PostChanged(long postId, long threadId, long communityId) {}
