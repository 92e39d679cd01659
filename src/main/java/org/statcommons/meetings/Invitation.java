package org.statcommons.meetings;

import java.util.List;
import java.util.Locale;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * Whom a new meeting invites: every member, one topic group, or chosen members.
 *
 * @param topicGroupId the group, for {@link Scope#TOPIC_GROUP}
 * @param people       the chosen members, for {@link Scope#CHOSEN}
 */
record Invitation(Scope scope, Long topicGroupId, List<Long> people) {

    enum Scope {
        ALL_MEMBERS,
        TOPIC_GROUP,
        CHOSEN
    }

    Invitation {
        people = people == null ? List.of() : List.copyOf(people);
    }

    /**
     * Whom to invite as typed: {@code invite} names the scope (all members when empty), {@code topicGroupId} the group
     * for a topic group, {@code people} the members chosen. Problems go to {@code input}; the group's existence is
     * checked when proposing.
     */
    static Invitation parse(TextInput input, String invite, Long topicGroupId, List<Long> people) {
        String scope = invite == null || invite.isBlank()
                ? "ALL_MEMBERS"
                : invite.strip().toUpperCase(Locale.ROOT);
        try {
            Scope chosen = Scope.valueOf(scope.replace('-', '_'));
            if (chosen == Scope.TOPIC_GROUP && topicGroupId == null) {
                input.error("topicGroupId", Text.of("meetings.invite.choose-topic-group"));
            }
            return new Invitation(chosen, chosen == Scope.TOPIC_GROUP ? topicGroupId : null, people);
        } catch (IllegalArgumentException e) {
            input.error("invite", Text.of("meetings.invite.choose-scope"));
            return new Invitation(Scope.ALL_MEMBERS, null, List.of());
        }
    }
}
