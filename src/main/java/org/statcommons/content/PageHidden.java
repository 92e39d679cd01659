package org.statcommons.content;

/**
 * A moderator hid a page (or, with {@code hidden} false, restored it). Published inside the transaction of
 * the decision, so listeners in it (search) see the new state through {@link HiddenPages}.
 */
public record PageHidden(long communityId, String path, boolean hidden) {}
