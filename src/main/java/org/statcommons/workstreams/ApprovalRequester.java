package org.statcommons.workstreams;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.bodies.Bodies;
import org.statcommons.bodies.Body;
import org.statcommons.community.Community;
import org.statcommons.decisions.DecisionKind;
import org.statcommons.decisions.DecisionSubject;
import org.statcommons.decisions.DecisionVisibility;
import org.statcommons.decisions.Decisions;
import org.statcommons.decisions.Majority;
import org.statcommons.decisions.NewDecision;
import org.statcommons.decisions.Quorum;
import org.statcommons.decisions.TallyShown;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * Puts a workstream or a workplan to a body: a decision of the community whose electorate is the body's members
 * ({@code Bodies.members}), about the subject, by consent (or by vote when the secretariat chooses it), open for the
 * days asked. The decision is proposed in the caller's transaction, so a refused submission leaves no decision.
 */
@Component
class ApprovalRequester {

    /** The decision asked for: its id and the body it was put to. */
    record Requested(long decisionId, long bodyId) {}

    private final Bodies bodies;
    private final Decisions decisions;
    private final Permissions permissions;
    private final Clock clock;

    ApprovalRequester(Bodies bodies, Decisions decisions, Permissions permissions, Clock clock) {
        this.bodies = bodies;
        this.decisions = decisions;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** Checks the request (every problem named at once, with {@code earlier}'s) and proposes the decision. */
    Requested request(
            Actor actor,
            Community community,
            String proposerName,
            ApprovalRequest request,
            Text title,
            Text text,
            DecisionSubject subject,
            TextInput input) {
        Body body = null;
        try {
            body = bodies.inCommunity(community, Long.parseLong(request.body().strip()));
        } catch (RuntimeException notABodyHere) {
            input.error("body", Text.of("workstreams.approval.body"));
        }
        DecisionKind kind = DecisionKind.CONSENT;
        if ("VOTE".equals(request.kind())) {
            if (permissions.may(actor, Action.MANAGE_WORKPLANS, community.id())) {
                kind = DecisionKind.VOTE;
            } else {
                input.error("kind", Text.of("workstreams.approval.vote-secretariat"));
            }
        } else if (!"CONSENT".equals(request.kind())) {
            input.error("kind", Text.of("workstreams.approval.kind"));
        }
        int days = MonthsInput.parseDays(input, request.days());
        input.throwIfInvalid();
        Set<Long> electorate = bodies.members(body.id());
        if (electorate.isEmpty()) {
            throw new ConflictException(Text.of("workstreams.approval.empty-body", body.name()));
        }
        long decision = decisions.propose(
                community.id(),
                null,
                proposerName,
                new NewDecision(
                                title.english(),
                                text.english(),
                                kind,
                                clock.instant().plus(Duration.ofDays(days)),
                                DecisionVisibility.MEMBERS,
                                TallyShown.AFTER_VOTING,
                                new Quorum(0),
                                Majority.SIMPLE,
                                5,
                                1,
                                List.of(),
                                null,
                                null)
                        .worded(title, text),
                electorate,
                subject);
        return new Requested(decision, body.id());
    }
}
