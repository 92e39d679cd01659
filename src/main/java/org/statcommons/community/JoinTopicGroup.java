package org.statcommons.community;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;

/** A member joins a topic group on their own, or leaves it. */
@Service
class JoinTopicGroup {

    private final Permissions permissions;
    private final TopicGroupEnroller enroller;

    JoinTopicGroup(Permissions permissions, TopicGroupEnroller enroller) {
        this.permissions = permissions;
        this.enroller = enroller;
    }

    /** Joins ({@code join} true) or leaves. */
    @Transactional
    void join(Actor actor, Community community, TopicGroups.TopicGroup group, boolean join) {
        permissions.require(actor, Action.JOIN_TOPIC_GROUP, community.id());
        if (join) {
            enroller.enrol(community, group, actor.accountId());
        } else {
            enroller.withdraw(group, actor.accountId());
        }
    }
}
