package org.statcommons.community;

/** A community's name, description, join policy or editing rule was changed. */
public record CommunityEdited(long communityId) {}
