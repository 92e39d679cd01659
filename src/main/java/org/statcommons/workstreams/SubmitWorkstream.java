package org.statcommons.workstreams;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.content.PageAddress;
import org.statcommons.content.Pages;
import org.statcommons.decisions.DecisionSubject;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * A workstream's lead (or the secretariat) submits it for approval: its terms of reference must have every required
 * section, then a decision is proposed to the chosen body (its members vote), about the workstream. The workstream
 * stays proposed until the decision closes ({@link WorkstreamDecisionListener}).
 */
@Service
class SubmitWorkstream {

    private final LeadChecker leads;
    private final Workstreams workstreams;
    private final Pages pages;
    private final ApprovalRequester requester;
    private final Accounts accounts;

    SubmitWorkstream(
            LeadChecker leads, Workstreams workstreams, Pages pages, ApprovalRequester requester, Accounts accounts) {
        this.leads = leads;
        this.workstreams = workstreams;
        this.pages = pages;
        this.requester = requester;
        this.accounts = accounts;
    }

    /** Returns the decision's id. */
    @Transactional
    long submit(Actor actor, Community community, long id, ApprovalRequest request) {
        leads.require(actor, community, id);
        Workstream workstream = workstreams.lock(id);
        if (workstream.status() != WorkstreamStatus.PROPOSED || workstream.decisionId() != null) {
            throw new ConflictException(Text.of("workstreams.submit.already"));
        }
        TextInput input = new TextInput();
        String terms;
        try {
            terms = pages.read(community.id(), workstream.termsPath()).body();
        } catch (NotFoundException | InvalidInputException gone) {
            terms = "";
        }
        List<String> missing = TermsOfReference.missing(terms);
        if (!missing.isEmpty()) {
            input.error("terms", Text.of("workstreams.terms.missing", String.join(", ", missing)));
        }
        String name = accounts.byId(actor.accountId()).orElseThrow().displayName();
        String link = WorkstreamAddress.of(community.slug(), id);
        Text text = Text.of(
                "workstreams.decision.text",
                workstream.objectives(),
                PageAddress.page(community.slug(), workstream.termsPath()),
                workstream.durationMonths(),
                workstream.reportEveryMonths());
        ApprovalRequester.Requested requested = requester.request(
                actor,
                community,
                name,
                request,
                Text.of("workstreams.decision.title", workstream.title()),
                text,
                new DecisionSubject("workstream", id, workstream.title(), link),
                input);
        workstreams.submitted(id, requested.bodyId(), requested.decisionId());
        return requested.decisionId();
    }
}
