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

/** Its author or a reviewer closes a proposal without merging it, with an optional comment. */
@Service
public class CloseProposal {

    private final Permissions permissions;
    private final Proposals proposals;
    private final ProposalChecker checker;
    private final Clock clock;

    CloseProposal(Permissions permissions, Proposals proposals, ProposalChecker checker, Clock clock) {
        this.permissions = permissions;
        this.proposals = proposals;
        this.checker = checker;
        this.clock = clock;
    }

    @Transactional
    public void close(Actor actor, String personName, long communityId, long id, String text) {
        permissions.require(actor, Action.VIEW_SPACE, communityId);
        Proposal proposal = proposals.inCommunity(communityId, id);
        if (!checker.mayUpdate(actor, proposal)) {
            throw new NotAllowedException(Action.REVIEW_PROPOSAL, actor.signedIn());
        }
        String body = ProposalChecker.comment(text, false);
        Instant now = clock.instant();
        if (!proposals.changeStatus(proposal.id(), ProposalStatus.CLOSED, now)) {
            throw new ConflictException(
                    "This proposal is already " + proposal.status().label().toLowerCase() + ".");
        }
        proposals.addEvent(proposal.id(), actor.accountId(), personName, "CLOSED", body, now);
    }
}
