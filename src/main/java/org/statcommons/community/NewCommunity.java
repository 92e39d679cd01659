package org.statcommons.community;

import org.statcommons.access.JoinPolicy;

/** A community to create, checked ({@link CommunityForm#newCommunity}): its address and first settings. */
record NewCommunity(String slug, String name, String purpose, String description, JoinPolicy joinPolicy) {}
