package org.statcommons.outputs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Actor;
import org.statcommons.bodies.Bodies;
import org.statcommons.community.Community;
import org.statcommons.content.PageAddress;
import org.statcommons.content.Pages;
import org.statcommons.decisions.DecisionKind;
import org.statcommons.decisions.DecisionSubject;
import org.statcommons.decisions.DecisionVisibility;
import org.statcommons.decisions.Decisions;
import org.statcommons.decisions.Majority;
import org.statcommons.decisions.NewDecision;
import org.statcommons.decisions.Quorum;
import org.statcommons.decisions.TallyShown;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;

/**
 * Asks the output's body to approve the page as it is now on main, once the members' review has ended: a vote of the
 * body's members (every seat's representative and alternate), simple majority with half of them voting. The version
 * (main's commit and the page's blob) is recorded with the decision, so what is endorsed is what was voted on, whatever
 * is written afterwards.
 */
@Service
class RequestApproval {

    static final int DAYS_MIN = 1;
    static final int DAYS_MAX = 60;
    static final int DAYS_DEFAULT = 14;
    static final int QUORUM_PERCENT = 50;

    private final OutputLeads leads;
    private final Outputs outputs;
    private final Pages pages;
    private final Bodies bodies;
    private final Decisions decisions;
    private final OutputPeople people;
    private final Clock clock;

    RequestApproval(
            OutputLeads leads,
            Outputs outputs,
            Pages pages,
            Bodies bodies,
            Decisions decisions,
            OutputPeople people,
            Clock clock) {
        this.leads = leads;
        this.outputs = outputs;
        this.pages = pages;
        this.bodies = bodies;
        this.decisions = decisions;
        this.people = people;
        this.clock = clock;
    }

    /** Returns the decision's id. */
    @Transactional
    long request(Actor actor, Community community, long id, Integer days) {
        // asked before the output is read, as for every other refused person; a lead of its workstream may too
        leads.require(
                actor,
                community,
                outputs.byId(id)
                        .filter(o -> o.communityId() == community.id())
                        .map(Output::workstreamId)
                        .orElse(null));
        Output output = outputs.lockedInCommunity(community, id);
        if (days == null || days < DAYS_MIN || days > DAYS_MAX) {
            throw new InvalidInputException("days", Text.of("outputs.input.days", DAYS_MIN, DAYS_MAX));
        }
        if (output.stage() != OutputStage.REVIEW) {
            throw new ConflictException(Text.of("outputs.conflict.not-in-review"));
        }
        Instant now = clock.instant();
        if (now.isBefore(output.reviewEndsAt())) {
            // the members were given these days to comment: the body decides on what they said
            throw new ConflictException(Text.of(
                    "outputs.conflict.review-open", TimePresenter.anonymous().full(output.reviewEndsAt())));
        }
        Pages.PageContent page;
        try {
            page = pages.read(community.id(), output.path());
        } catch (NotFoundException e) {
            throw new ConflictException(Text.of("outputs.conflict.page-gone", output.path()));
        }
        Set<Long> electorate = bodies.members(output.bodyId());
        if (electorate.isEmpty()) {
            throw new ConflictException(Text.of("outputs.conflict.body-empty", output.bodyName()));
        }
        String name = people.nameOf(actor);
        String link = OutputAddress.of(community.slug(), output.id());
        Text title = Text.of("outputs.decision.title", output.title());
        Text body = Text.of(
                "outputs.decision.body",
                output.title(),
                PageAddress.page(community.slug(), output.path()) + "?version=" + page.commitId(),
                link);
        NewDecision decision = new NewDecision(
                        "",
                        "",
                        DecisionKind.VOTE,
                        now.plus(Duration.ofDays(days)),
                        DecisionVisibility.MEMBERS,
                        TallyShown.AFTER_VOTING,
                        new Quorum(QUORUM_PERCENT),
                        Majority.SIMPLE,
                        1,
                        1,
                        List.of(),
                        null,
                        null)
                .worded(title, body);
        long decisionId = decisions.propose(
                community.id(),
                actor.accountId(),
                name,
                decision,
                electorate,
                new DecisionSubject("output", output.id(), output.title(), link));
        outputs.askApproval(output.id(), decisionId, page.commitId(), page.blobId());
        outputs.recordStage(output.id(), OutputStage.APPROVAL, actor.accountId(), name, "", now);
        return decisionId;
    }
}
