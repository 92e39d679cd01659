package org.statcommons.community;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.statcommons.access.CommunityFacts;

/** Tells the permission policy about communities and roles, read by this feature's data access. */
@Component
class MembershipFacts implements CommunityFacts {

    private final Communities communities;
    private final Memberships memberships;

    MembershipFacts(Communities communities, Memberships memberships) {
        this.communities = communities;
        this.memberships = memberships;
    }

    @Override
    public Optional<CommunitySettings> settings(long communityId) {
        return communities.settings(communityId);
    }

    @Override
    public List<CommunitySettings> settings(Collection<Long> communityIds) {
        return communities.settings(communityIds);
    }

    @Override
    public Optional<Standing> standingOf(long accountId, long communityId) {
        return memberships.standing(communityId, accountId);
    }

    @Override
    public Map<Long, Standing> standingsIn(long communityId, Collection<Long> accountIds) {
        return memberships.standingsIn(communityId, accountIds);
    }

    @Override
    public Map<Long, Standing> standingsOf(long accountId) {
        return memberships.standingsOf(accountId);
    }

    @Override
    public List<Long> allCommunities() {
        return communities.ids();
    }
}
