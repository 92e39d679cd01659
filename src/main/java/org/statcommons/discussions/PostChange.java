package org.statcommons.discussions;

/**
 * An edit of one's own post: the version it started from (required, so that a change made meanwhile is not
 * overwritten), the new text and, for an opening post, the discussion's title (null keeps it).
 */
record PostChange(String title, String body, Integer version) {}
