package org.statcommons.meetings;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.statcommons.bodies.Bodies;
import org.statcommons.community.Community;
import org.statcommons.community.Membership;
import org.statcommons.community.Memberships;
import org.statcommons.community.TopicGroupMembers;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * Chooses whom a new meeting invites, from its {@link Invitation}: every member, one topic group's members, one
 * body's members (every seat's representative and alternate, as the seats are now), or the chosen members, always
 * with the organiser when they are a member. Only members are invited.
 */
@Component
class InviteeChooser {

    private final Memberships memberships;
    private final TopicGroupMembers topicGroups;
    private final Bodies bodies;

    InviteeChooser(Memberships memberships, TopicGroupMembers topicGroups, Bodies bodies) {
        this.memberships = memberships;
        this.topicGroups = topicGroups;
        this.bodies = bodies;
    }

    /**
     * The invitees' account ids; a topic group or body of another community, a chosen non-member or nobody is
     * refused.
     */
    List<Long> choose(Community community, Invitation invitation, long organiserId) {
        TextInput input = new TextInput();
        if (invitation.topicGroupId() != null
                && topicGroups.find(community.id(), invitation.topicGroupId()).isEmpty()) {
            input.error("topicGroupId", Text.of("meetings.invite.unknown-topic-group"));
            input.throwIfInvalid();
        }
        if (invitation.bodyId() != null
                && bodies.byId(invitation.bodyId())
                        .filter(b -> b.communityId() == community.id())
                        .isEmpty()) {
            input.error("bodyId", Text.of("meetings.invite.unknown-body"));
            input.throwIfInvalid();
        }
        Set<Long> members = new LinkedHashSet<>();
        for (Membership membership : memberships.of(community.id())) {
            members.add(membership.accountId());
        }
        Set<Long> chosen = new LinkedHashSet<>();
        switch (invitation.scope()) {
            case ALL_MEMBERS -> chosen.addAll(members);
            case TOPIC_GROUP -> {
                if (invitation.topicGroupId() != null) {
                    chosen.addAll(topicGroups.memberIds(invitation.topicGroupId()));
                }
            }
            case BODY -> {
                if (invitation.bodyId() != null) {
                    chosen.addAll(bodies.members(invitation.bodyId()));
                }
            }
            case CHOSEN -> {
                for (Long id : invitation.people()) {
                    if (!members.contains(id)) {
                        input.error("people", Text.of("meetings.invite.members-only"));
                        input.throwIfInvalid();
                    }
                    chosen.add(id);
                }
            }
        }
        // the organiser takes part in what they organise, if they are a member
        if (members.contains(organiserId)) {
            chosen.add(organiserId);
        }
        chosen.retainAll(members);
        if (chosen.stream().noneMatch(id -> id != organiserId)) {
            input.error(
                    invitation.scope() == Invitation.Scope.CHOSEN ? "people" : "invite",
                    Text.of("meetings.invite.nobody"));
        }
        input.throwIfInvalid();
        return List.copyOf(chosen);
    }
}
