package org.statcommons.content;

/**
 * A space's main branch moved: a web save, a merged proposal or a Git push. Published inside the
 * transaction that indexed the change, so listeners after commit (search, activity) see the index as of
 * {@code after}. {@code before} is null for a space's first commit.
 */
public record SpaceChanged(long communityId, String before, String after) {}
