package org.statcommons.workstreams;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.community.SetUpTopicGroup;
import org.statcommons.community.TopicGroups;
import org.statcommons.decisions.DecisionClosed;
import org.statcommons.decisions.Outcome;
import org.statcommons.platform.Text;
import org.statcommons.platform.activity.Activity;
import org.statcommons.platform.activity.ActivityKind;
import org.statcommons.platform.activity.Audience;
import org.statcommons.platform.activity.Subject;
import org.statcommons.platform.activity.Visibility;

/**
 * Hears the decisions that workstreams and workplans asked for, after the closing transaction committed, in a
 * transaction of its own (the event publication registry hands it again if it fails): an adopted decision approves
 * the workstream, which gets its topic group (its leads, members and resource persons in it) and its reporting
 * schedule from today; a decision not adopted declines it. A workplan is approved or declined the same way. Only a
 * subject still waiting for that very decision changes, so an event heard twice changes nothing.
 */
@Component
class WorkstreamDecisionListener {

    private final Workstreams workstreams;
    private final WorkstreamMembers people;
    private final Workplans workplans;
    private final Communities communities;
    private final SetUpTopicGroup topicGroups;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WorkstreamDecisionListener(
            Workstreams workstreams,
            WorkstreamMembers people,
            Workplans workplans,
            Communities communities,
            SetUpTopicGroup topicGroups,
            ApplicationEventPublisher events,
            Clock clock) {
        this.workstreams = workstreams;
        this.people = people;
        this.workplans = workplans;
        this.communities = communities;
        this.topicGroups = topicGroups;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(DecisionClosed closed) {
        if (closed.subject() == null) {
            return;
        }
        switch (closed.subject().kind()) {
            case "workstream" -> workstream(closed);
            case "workplan" -> workplan(closed);
            default -> {
                // another feature's decision
            }
        }
    }

    private void workstream(DecisionClosed closed) {
        Workstream workstream = workstreams.byDecision(closed.decisionId()).orElse(null);
        if (workstream == null) {
            return;
        }
        workstream = workstreams.lock(workstream.id());
        if (workstream.status() != WorkstreamStatus.PROPOSED
                || !Long.valueOf(closed.decisionId()).equals(workstream.decisionId())) {
            return;
        }
        Instant now = clock.instant();
        if (closed.outcome() != Outcome.ADOPTED) {
            workstreams.declined(workstream.id(), now);
            return;
        }
        Community community = communities.byId(workstream.communityId()).orElseThrow();
        TopicGroups.TopicGroup group = topicGroups.setUp(
                community,
                "ws-" + workstream.slug(),
                workstream.title(),
                workstream.objectives(),
                workstream.proposedBy(),
                people.of(workstream.id()).keySet());
        workstreams.approved(workstream.id(), LocalDate.ofInstant(now, ZoneOffset.UTC), group.id(), now);
        // its people hear it (they are in its topic group now); the stream shows it to the members' area
        events.publishEvent(Activity.of(ActivityKind.WORKSTREAM_APPROVED, community.id(), now)
                .title(Text.of("workstreams.activity.approved", workstream.title()))
                .link(WorkstreamAddress.of(community.slug(), workstream.id()))
                .visibleTo(Visibility.MEMBERS)
                .about(Subject.of("workstream", workstream.id()))
                .item(Subject.of("workstream-approved", workstream.id()))
                .tell(Audience.people(people.of(workstream.id()).keySet()))
                .build());
    }

    private void workplan(DecisionClosed closed) {
        Workplan workplan = workplans.byDecision(closed.decisionId()).orElse(null);
        if (workplan == null || workplan.status() != Workplan.Status.PROPOSED) {
            return;
        }
        Instant now = clock.instant();
        boolean adopted = closed.outcome() == Outcome.ADOPTED;
        workplans.decided(workplan.id(), adopted ? Workplan.Status.APPROVED : Workplan.Status.DECLINED, now);
        if (adopted) {
            // the community's plan: every member hears of it
            Community community = communities.byId(workplan.communityId()).orElseThrow();
            events.publishEvent(Activity.of(ActivityKind.WORKSTREAM_APPROVED, community.id(), now)
                    .title(Text.of("workplans.activity.approved", workplan.title()))
                    .link(WorkstreamAddress.workplan(community.slug(), workplan.id()))
                    .visibleTo(Visibility.MEMBERS)
                    .about(Subject.of("workplan", workplan.id()))
                    .item(Subject.of("workplan-approved", workplan.id()))
                    .tell(Audience.everyMember())
                    .build());
        }
    }
}
