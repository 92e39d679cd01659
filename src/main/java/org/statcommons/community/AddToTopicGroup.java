package org.statcommons.community;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;

/** A facilitator adds a community member to a topic group, or removes one. */
@Service
class AddToTopicGroup {

    private final Permissions permissions;
    private final TopicGroupEnroller enroller;

    AddToTopicGroup(Permissions permissions, TopicGroupEnroller enroller) {
        this.permissions = permissions;
        this.enroller = enroller;
    }

    /** Adds ({@code add} true) or removes. */
    @Transactional
    void add(Actor actor, Community community, TopicGroups.TopicGroup group, long accountId, boolean add) {
        permissions.require(actor, Action.MANAGE_TOPIC_GROUPS, community.id());
        if (add) {
            enroller.enrol(community, group, accountId);
        } else {
            enroller.withdraw(group, accountId);
        }
    }
}
