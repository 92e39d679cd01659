package org.statcommons.comments;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;

/** A reader follows the comments on a page (told of new ones), or stops following them. */
@Service
class FollowPageComments {

    private final Permissions permissions;
    private final PageFollowers followers;
    private final Clock clock;

    FollowPageComments(Permissions permissions, PageFollowers followers, Clock clock) {
        this.permissions = permissions;
        this.followers = followers;
        this.clock = clock;
    }

    @Transactional
    void follow(Actor actor, Community community, String path, boolean follow) {
        permissions.require(actor, Action.VIEW_SPACE, community.id());
        followers.set(community.id(), path, actor.accountId(), follow, clock.instant());
    }
}
