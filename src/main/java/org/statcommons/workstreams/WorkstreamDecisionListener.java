package org.statcommons.workstreams;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.community.SetUpTopicGroup;
import org.statcommons.community.TopicGroups;
import org.statcommons.decisions.DecisionClosed;
import org.statcommons.decisions.Outcome;

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
    private final Clock clock;

    WorkstreamDecisionListener(
            Workstreams workstreams,
            WorkstreamMembers people,
            Workplans workplans,
            Communities communities,
            SetUpTopicGroup topicGroups,
            Clock clock) {
        this.workstreams = workstreams;
        this.people = people;
        this.workplans = workplans;
        this.communities = communities;
        this.topicGroups = topicGroups;
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
    }

    private void workplan(DecisionClosed closed) {
        Workplan workplan = workplans.byDecision(closed.decisionId()).orElse(null);
        if (workplan == null || workplan.status() != Workplan.Status.PROPOSED) {
            return;
        }
        workplans.decided(
                workplan.id(),
                closed.outcome() == Outcome.ADOPTED ? Workplan.Status.APPROVED : Workplan.Status.DECLINED,
                clock.instant());
    }
}
