package org.statcommons.access;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the policy needs to know about a community and the actor's place in it. Implemented by the
 * community feature; the policy itself holds no data.
 */
public interface CommunityFacts {

    /** The community's settings, or empty when there is no such community. */
    Optional<CommunitySettings> settings(long communityId);

    /** The settings of these communities (those that exist), in one look-up. */
    List<CommunitySettings> settings(Collection<Long> communityIds);

    /** The actor's current role (an expired guest has none) and suspension, or empty for non-members. */
    Optional<Standing> standingOf(long accountId, long communityId);

    /**
     * The current standing of each of these accounts in one community (non-members left out): for questions
     * about many people at once, such as who may still be told of an activity. One look-up where it matters.
     */
    Map<Long, Standing> standingsIn(long communityId, Collection<Long> accountIds);

    /** The communities the account has a current role in, with that role and suspension. */
    Map<Long, Standing> standingsOf(long accountId);

    /** The ids of every community, for questions an administrator's answer covers them all. */
    List<Long> allCommunities();

    /**
     * Settings that change what roles may do.
     *
     * @param membersEditDirectly plain members may edit pages without a proposal
     */
    record CommunitySettings(long id, JoinPolicy joinPolicy, boolean membersEditDirectly) {}

    /**
     * A member's place in a community.
     *
     * @param suspended a moderator suspended them for now: they keep reading and lose everything else
     */
    record Standing(CommunityRole role, boolean suspended) {

        public static Standing of(CommunityRole role) {
            return new Standing(role, false);
        }
    }
}
