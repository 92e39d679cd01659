package org.statcommons.access;

/**
 * What the policy needs to know about a community's bodies: whether someone holds a seat on one (as its
 * representative or alternate), the standing "body member". Implemented by the bodies feature, which depends on this
 * one, so that the policy stays at the bottom of the graph and holds no data, as with {@link CommunityFacts}.
 */
public interface BodyFacts {

    /** Nobody sits on any body: for a policy without the bodies feature (unit tests). */
    BodyFacts NONE = (accountId, communityId, bodyId) -> false;

    /** Whether the account holds a seat on this body of this community (false for another community's body). */
    boolean seated(long accountId, long communityId, long bodyId);
}
