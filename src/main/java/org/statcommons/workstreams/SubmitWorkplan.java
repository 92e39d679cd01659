package org.statcommons.workstreams;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.decisions.DecisionSubject;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * The secretariat puts a drafted workplan (with at least one item) to a body: a decision of its members, about the
 * workplan. It is approved or declined when the decision closes ({@link WorkstreamDecisionListener}).
 */
@Service
class SubmitWorkplan {

    private final Permissions permissions;
    private final Workplans workplans;
    private final WorkplanItems items;
    private final ApprovalRequester requester;
    private final Accounts accounts;

    SubmitWorkplan(
            Permissions permissions,
            Workplans workplans,
            WorkplanItems items,
            ApprovalRequester requester,
            Accounts accounts) {
        this.permissions = permissions;
        this.workplans = workplans;
        this.items = items;
        this.requester = requester;
        this.accounts = accounts;
    }

    @Transactional
    long submit(Actor actor, Community community, long id, ApprovalRequest request) {
        permissions.require(actor, Action.MANAGE_WORKPLANS, community.id());
        Workplan workplan = workplans.lock(community, id);
        if (workplan.status() != Workplan.Status.DRAFT) {
            throw new ConflictException(Text.of("workplans.not-draft"));
        }
        int count = items.of(id).size();
        if (count == 0) {
            throw new ConflictException(Text.of("workplans.submit.empty"));
        }
        String link = WorkstreamAddress.workplan(community.slug(), id);
        ApprovalRequester.Requested requested = requester.request(
                actor,
                community,
                accounts.byId(actor.accountId()).orElseThrow().displayName(),
                request,
                Text.of("workplans.decision.title", workplan.title()),
                Text.of(
                        "workplans.decision.text",
                        workplan.startsOn().toString(),
                        workplan.endsOn().toString(),
                        count),
                new DecisionSubject("workplan", id, workplan.title(), link),
                new TextInput());
        workplans.submitted(id, requested.bodyId(), requested.decisionId());
        return requested.decisionId();
    }
}
