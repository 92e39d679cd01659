package org.statcommons.access;

import java.util.Set;

/**
 * The duties a member holds today on top of their role, answered by the feature that keeps them (co-lead terms:
 * {@code leadership}), so that the policy stays at the bottom of the dependency graph as with {@link CommunityFacts}.
 * The policy asks only when a duty could change its answer (the role alone refused, the action is one a duty adds).
 */
public interface Duties {

    /** The duties the account holds today in the community; empty when none. */
    Set<Duty> of(long accountId, long communityId);
}
