package org.statcommons.community;

import org.statcommons.access.JoinPolicy;

/**
 * A community's settings as the secretariat saves them, checked ({@link CommunityForm#change}).
 *
 * @param membersEditDirectly plain members may edit pages without a proposal
 */
record CommunityChange(
        String name, String purpose, String description, JoinPolicy joinPolicy, boolean membersEditDirectly) {}
