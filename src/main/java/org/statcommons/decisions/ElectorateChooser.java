package org.statcommons.decisions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.access.Standing;
import org.statcommons.bodies.Bodies;
import org.statcommons.bodies.Body;
import org.statcommons.community.Community;
import org.statcommons.community.Memberships;
import org.statcommons.community.TopicGroupMembers;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/**
 * Turns the electorate a proposer chose into the people eligible, as they are now: {@code community} (every member),
 * a topic group's address, or {@code body:<id>}, a body's members (every seat's representative and alternate who is
 * still a member of the community). Proposing to a body is for its members and the secretariat
 * ({@code PROPOSE_BODY_DECISION}, asked of the policy with the body).
 */
@Component
class ElectorateChooser {

    static final String WHOLE_COMMUNITY = "community";
    static final String BODY_PREFIX = "body:";

    private final Permissions permissions;
    private final Memberships memberships;
    private final TopicGroupMembers topicGroups;
    private final Bodies bodies;

    ElectorateChooser(Permissions permissions, Memberships memberships, TopicGroupMembers topicGroups, Bodies bodies) {
        this.permissions = permissions;
        this.memberships = memberships;
        this.topicGroups = topicGroups;
        this.bodies = bodies;
    }

    /** The value of a body in the form's electorate choice. */
    static String bodyChoice(long bodyId) {
        return BODY_PREFIX + bodyId;
    }

    /** Whether this person may propose a decision to the body: the secretariat, or one of its seats' holders. */
    boolean mayProposeTo(Actor actor, Community community, Body body) {
        return permissions.may(
                actor,
                Action.PROPOSE_BODY_DECISION,
                community.id(),
                Standing.BODY_MEMBER,
                seated(actor, community, body));
    }

    private boolean seated(Actor actor, Community community, Body body) {
        return actor.signedIn() && bodies.seated(actor.accountId(), community.id(), body.id());
    }

    /** The community's bodies this person may propose a decision to, for the form. */
    List<Body> bodiesFor(Actor actor, Community community) {
        return bodies.of(community).stream()
                .filter(b -> mayProposeTo(actor, community, b))
                .toList();
    }

    /**
     * The electorate as typed (blank: the whole community); an unknown group or body (another community's too) is
     * refused naming the field, a body the proposer may not propose to with 403.
     */
    DecisionElectorate choose(Actor actor, Community community, String typed) {
        String electorate = typed == null || typed.isBlank() ? WHOLE_COMMUNITY : typed.strip();
        if (WHOLE_COMMUNITY.equals(electorate)) {
            return new DecisionElectorate(null, null, memberships.accountIds(community.id()));
        }
        if (electorate.startsWith(BODY_PREFIX)) {
            Body body = body(community, electorate);
            permissions.require(
                    actor,
                    Action.PROPOSE_BODY_DECISION,
                    community.id(),
                    Standing.BODY_MEMBER,
                    seated(actor, community, body));
            // a seat left filled by someone who has since left the community gives no vote
            Set<Long> current = new HashSet<>(memberships.accountIds(community.id()));
            List<Long> eligible = new ArrayList<>(bodies.members(body.id()));
            eligible.retainAll(current);
            return new DecisionElectorate(null, new DecisionElectorate.BodyRef(body.id(), body.name()), eligible);
        }
        TopicGroupMembers.Group group = topicGroups.of(community.id()).stream()
                .filter(g -> g.slug().equals(electorate))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        "electorate", Text.of("decisions.input.unknown-topic-group", electorate)));
        return new DecisionElectorate(group.id(), null, topicGroups.memberIds(group.id()));
    }

    private Body body(Community community, String electorate) {
        try {
            long id = Long.parseLong(electorate.substring(BODY_PREFIX.length()));
            return bodies.byId(id)
                    .filter(b -> b.communityId() == community.id())
                    .orElseThrow(() -> unknownBody(electorate));
        } catch (NumberFormatException e) {
            throw unknownBody(electorate);
        }
    }

    private static InvalidInputException unknownBody(String electorate) {
        return new InvalidInputException("electorate", Text.of("decisions.input.unknown-body", electorate));
    }
}
