package org.statcommons.content.proposals;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;

/**
 * After a reviewer asked for changes, the proposal's author (or a reviewer) says it is ready: it waits for
 * review again and the reviewers are told.
 */
@Service
public class RequestReview {

    private final Proposals proposals;
    private final ProposalChecker checker;
    private final ProposalActivityPublisher activities;
    private final Clock clock;

    RequestReview(Proposals proposals, ProposalChecker checker, ProposalActivityPublisher activities, Clock clock) {
        this.proposals = proposals;
        this.checker = checker;
        this.activities = activities;
        this.clock = clock;
    }

    @Transactional
    public void requestAgain(Actor actor, String personName, long communityId, long id, String text) {
        Proposal proposal = checker.toChange(actor, communityId, id, Action.PROPOSE_CHANGE, false);
        String body = ProposalChecker.comment(text, false);
        Instant now = clock.instant();
        if (!proposals.requestReviewAgain(proposal.id(), now)) {
            throw new ConflictException(Text.of(
                    "proposals.request-review.refused", proposal.status().name()));
        }
        proposals.addEvent(proposal.id(), actor.accountId(), personName, "REVIEW_REQUESTED", body, now);
        activities.reviewRequestedAgain(proposal, body);
    }
}
