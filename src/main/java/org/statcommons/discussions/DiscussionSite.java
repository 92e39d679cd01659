package org.statcommons.discussions;

import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.platform.NotFoundException;

/**
 * What the API looks up first: the community, the policy's answer (asked before anything else is looked up,
 * so a refusal never tells what exists), then the discussion, which must belong to it.
 */
@Component
class DiscussionSite {

    private final Communities communities;
    private final Permissions permissions;
    private final Discussions discussions;

    DiscussionSite(Communities communities, Permissions permissions, Discussions discussions) {
        this.communities = communities;
        this.permissions = permissions;
        this.discussions = discussions;
    }

    Community community(String slug, Actor actor, Action action) {
        Community community = communities.require(slug);
        permissions.require(actor, action, community.id());
        return community;
    }

    Discussion discussion(Community community, long threadId) {
        return discussions.byId(threadId).filter(d -> d.communityId() == community.id())
                .orElseThrow(() -> new NotFoundException("There is no such discussion in this community."));
    }

    Post post(Discussion discussion, long postId) {
        return discussions.post(postId).filter(p -> p.threadId() == discussion.id())
                .orElseThrow(() -> new NotFoundException("There is no such post in this discussion."));
    }
}
