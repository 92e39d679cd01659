package org.statcommons.meetings;

import java.util.List;
import java.util.Locale;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * Whom a new meeting invites: every member, one topic group, one body (its representatives and alternates), or
 * chosen members.
 *
 * @param topicGroupId the group, for {@link Scope#TOPIC_GROUP}
 * @param bodyId       the body, for {@link Scope#BODY}
 * @param people       the chosen members, for {@link Scope#CHOSEN}
 */
record Invitation(Scope scope, Long topicGroupId, Long bodyId, List<Long> people) {

    enum Scope {
        ALL_MEMBERS,
        TOPIC_GROUP,
        BODY,
        CHOSEN
    }

    Invitation {
        people = people == null ? List.of() : List.copyOf(people);
    }

    /**
     * Whom to invite as typed: {@code invite} names the scope (all members when empty), {@code topicGroupId} the group
     * for a topic group, {@code bodyId} the body for a body, {@code people} the members chosen. Problems go to
     * {@code input}; the group's and the body's existence are checked when proposing.
     */
    static Invitation parse(TextInput input, String invite, Long topicGroupId, Long bodyId, List<Long> people) {
        String scope = invite == null || invite.isBlank()
                ? "ALL_MEMBERS"
                : invite.strip().toUpperCase(Locale.ROOT);
        try {
            Scope chosen = Scope.valueOf(scope.replace('-', '_'));
            if (chosen == Scope.TOPIC_GROUP && topicGroupId == null) {
                input.error("topicGroupId", Text.of("meetings.invite.choose-topic-group"));
            }
            if (chosen == Scope.BODY && bodyId == null) {
                input.error("bodyId", Text.of("meetings.invite.choose-body"));
            }
            return new Invitation(
                    chosen,
                    chosen == Scope.TOPIC_GROUP ? topicGroupId : null,
                    chosen == Scope.BODY ? bodyId : null,
                    people);
        } catch (IllegalArgumentException e) {
            input.error("invite", Text.of("meetings.invite.choose-scope"));
            return new Invitation(Scope.ALL_MEMBERS, null, null, List.of());
        }
    }
}
