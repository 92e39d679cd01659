package org.statcommons.meetings;

import java.util.List;

/**
 * Whom a new meeting invites: every member, one topic group, or chosen members.
 *
 * @param topicGroupId the group, for {@link Scope#TOPIC_GROUP}
 * @param people       the chosen members, for {@link Scope#CHOSEN}
 */
record Invitation(Scope scope, Long topicGroupId, List<Long> people) {

    enum Scope { ALL_MEMBERS, TOPIC_GROUP, CHOSEN }

    Invitation {
        people = people == null ? List.of() : List.copyOf(people);
    }
}
