package org.statcommons.content.proposals;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.NotAllowedException;
import org.statcommons.access.Permissions;
import org.statcommons.platform.ConflictException;

/**
 * After a reviewer asked for changes, the proposal's author (or a reviewer) says it is ready: it waits for
 * review again and the reviewers are told.
 */
@Service
public class RequestReview {

    private final Permissions permissions;
    private final Proposals proposals;
    private final ProposalChecker checker;
    private final ProposalActivityPublisher activities;
    private final Clock clock;

    RequestReview(
            Permissions permissions,
            Proposals proposals,
            ProposalChecker checker,
            ProposalActivityPublisher activities,
            Clock clock) {
        this.permissions = permissions;
        this.proposals = proposals;
        this.checker = checker;
        this.activities = activities;
        this.clock = clock;
    }

    @Transactional
    public void requestAgain(Actor actor, String personName, long communityId, long id, String text) {
        permissions.require(actor, Action.VIEW_SPACE, communityId);
        Proposal proposal = proposals.inCommunity(communityId, id);
        if (!checker.mayUpdate(actor, proposal)) {
            throw new NotAllowedException(Action.PROPOSE_CHANGE, actor.signedIn());
        }
        String body = ProposalChecker.comment(text, false);
        Instant now = clock.instant();
        if (!proposals.requestReviewAgain(proposal.id(), now)) {
            throw new ConflictException("This proposal is "
                    + proposal.status().label().toLowerCase()
                    + ": review is asked again only after a reviewer asked for changes.");
        }
        proposals.addEvent(proposal.id(), actor.accountId(), personName, "REVIEW_REQUESTED", body, now);
        activities.reviewRequestedAgain(proposal, body);
    }
}
