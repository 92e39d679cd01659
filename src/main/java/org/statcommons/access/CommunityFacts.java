package org.statcommons.access;

import java.util.Optional;

/**
 * What the policy needs to know about a community and the actor's place in it. Implemented by the
 * community feature; the policy itself holds no data.
 */
public interface CommunityFacts {

    /** The community's settings, or empty when there is no such community. */
    Optional<CommunitySettings> settings(long communityId);

    /** The actor's current role (an expired guest has none), or empty for non-members. */
    Optional<CommunityRole> roleOf(long accountId, long communityId);

    /**
     * Settings that change what roles may do.
     *
     * @param membersEditDirectly plain members may edit pages without a proposal
     */
    record CommunitySettings(long id, JoinPolicy joinPolicy, boolean membersEditDirectly) {
    }
}
