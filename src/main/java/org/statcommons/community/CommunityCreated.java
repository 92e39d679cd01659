package org.statcommons.community;

/**
 * Published in the transaction that creates a community, so that other features (the knowledge space) can
 * set up what every community has.
 */
public record CommunityCreated(long communityId, String slug, long createdBy) {}
