package org.statcommons.decisions;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.statcommons.community.Community;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Markdown;
import org.statcommons.platform.Text;
import org.statcommons.platform.activity.Activity;
import org.statcommons.platform.activity.ActivityKind;
import org.statcommons.platform.activity.Audience;
import org.statcommons.platform.activity.Subject;

/**
 * Records a new decision, whoever proposes it (a person on the web or the API, or another feature through
 * {@link Decisions}): the rules checked, the decision, its options and the snapshot of its electorate written, and
 * the eligible people told (a {@code DECISION_PROPOSED} activity). Runs in its caller's transaction.
 */
@Component
class DecisionProposer {

    private final SecureRandom seeds = new SecureRandom();

    private final DecisionRecords decisions;
    private final DecisionOptions options;
    private final Electorates electorates;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DecisionProposer(
            DecisionRecords decisions,
            DecisionOptions options,
            Electorates electorates,
            ApplicationEventPublisher events,
            Clock clock) {
        this.decisions = decisions;
        this.options = options;
        this.electorates = electorates;
        this.events = events;
        this.clock = clock;
    }

    long record(
            Community community,
            Long topicGroupId,
            DecisionElectorate.BodyRef body,
            NewDecision proposed,
            Long proposerId,
            String proposerName,
            DecisionSubject subject,
            Collection<Long> eligible) {
        Instant now = clock.instant();
        NewDecision decision = DecisionRules.check(proposed, now);
        Set<Long> people = new LinkedHashSet<>(eligible);
        if (people.isEmpty()) {
            throw new InvalidInputException("electorate", Text.of("decisions.input.nobody-eligible"));
        }
        long id = decisions.insert(
                community.id(),
                topicGroupId,
                decision,
                proposerId,
                proposerName,
                subject,
                people.size(),
                now,
                seeds.nextLong());
        if (body != null) {
            decisions.decidedBy(id, body);
        }
        options.insert(id, decision.options());
        electorates.insert(id, people);
        events.publishEvent(Activity.of(ActivityKind.DECISION_PROPOSED, community.id(), now)
                .by(proposerId, proposerName)
                .title(Text.of(
                        "decisions.activity.proposed",
                        proposerName,
                        decision.titleText() == null ? decision.title() : decision.titleText()))
                .excerpt(Markdown.excerpt(decision.body()))
                .link(DecisionAddress.decision(community.slug(), id))
                .visibleTo(DecisionActivity.visibility(decision.visibility()))
                .about(Subject.of("decision", id))
                .tell(Audience.people(people))
                .build());
        return id;
    }
}
