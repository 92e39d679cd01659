package org.statcommons.community;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;

/**
 * Puts people on a topic group's list and takes them off, for those who join and leave on their own and for
 * facilitators who add and remove others: only current members of the community are in its groups.
 */
@Component
class TopicGroupEnroller {

    private final Memberships memberships;
    private final TopicGroupMembers members;
    private final Clock clock;

    TopicGroupEnroller(Memberships memberships, TopicGroupMembers members, Clock clock) {
        this.memberships = memberships;
        this.members = members;
        this.clock = clock;
    }

    void enrol(Community community, TopicGroups.TopicGroup group, long accountId) {
        if (memberships.current(community.id(), accountId).isEmpty()) {
            throw new ConflictException(Text.of("community.topic.members-only"));
        }
        if (!members.add(group, accountId, clock.instant())) {
            throw new ConflictException(Text.of("community.topic.already-in"));
        }
    }

    void withdraw(TopicGroups.TopicGroup group, long accountId) {
        if (!members.remove(group, accountId)) {
            throw new ConflictException(Text.of("community.topic.not-in"));
        }
    }
}
