package org.statcommons.community;

import java.util.List;
import org.springframework.stereotype.Component;
import org.statcommons.identity.ClosingContent;
import org.statcommons.platform.Text;

/** Tells the close form, community by community, what becomes of the person's posts and comments there. */
@Component
class CommunityClosingContent implements ClosingContent {

    private final Memberships memberships;
    private final Communities communities;

    CommunityClosingContent(Memberships memberships, Communities communities) {
        this.memberships = memberships;
        this.communities = communities;
    }

    @Override
    public List<Text> consequences(long personId) {
        return memberships.ofAccount(personId).stream()
                .flatMap(m -> communities.byId(m.communityId()).stream())
                .map(c -> communities.removesContributionsOnClose(c.id())
                        ? Text.of("community.close.removable", c.name())
                        : Text.of("community.close.kept", c.name()))
                .toList();
    }
}
