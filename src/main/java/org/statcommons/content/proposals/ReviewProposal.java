package org.statcommons.content.proposals;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;

/** A reviewer approves a proposal or asks for changes, with an optional comment. */
@Service
public class ReviewProposal {

    private final Permissions permissions;
    private final Proposals proposals;
    private final ProposalActivityPublisher activities;
    private final Clock clock;

    ReviewProposal(Permissions permissions, Proposals proposals, ProposalActivityPublisher activities, Clock clock) {
        this.permissions = permissions;
        this.proposals = proposals;
        this.activities = activities;
        this.clock = clock;
    }

    /** Approves ({@code approve}) or asks for changes, which the author is told of (notification and e-mail). */
    @Transactional
    public void review(Actor actor, String personName, long communityId, long id, boolean approve, String text) {
        permissions.require(actor, Action.VIEW_SPACE, communityId);
        Proposal proposal = proposals.inCommunity(communityId, id);
        permissions.require(actor, Action.REVIEW_PROPOSAL, communityId);
        String body = ProposalChecker.comment(text, false);
        ProposalStatus status = approve ? ProposalStatus.APPROVED : ProposalStatus.CHANGES_REQUESTED;
        Instant now = clock.instant();
        if (!proposals.changeStatus(proposal.id(), status, now)) {
            throw new ConflictException(
                    Text.of("proposals.already", proposal.status().name()));
        }
        proposals.addEvent(proposal.id(), actor.accountId(), personName, status.name(), body, now);
        if (!approve) {
            activities.changesRequested(proposal, actor.accountId(), personName, body);
        }
    }
}
