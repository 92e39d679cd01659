package org.statcommons.content.proposals;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;

/** Its author or a reviewer closes a proposal without merging it, with an optional comment. */
@Service
public class CloseProposal {

    private final Proposals proposals;
    private final ProposalChecker checker;
    private final Clock clock;

    CloseProposal(Proposals proposals, ProposalChecker checker, Clock clock) {
        this.proposals = proposals;
        this.checker = checker;
        this.clock = clock;
    }

    @Transactional
    public void close(Actor actor, String personName, long communityId, long id, String text) {
        Proposal proposal = checker.toChange(actor, communityId, id, Action.REVIEW_PROPOSAL, false);
        String body = ProposalChecker.comment(text, false);
        Instant now = clock.instant();
        if (!proposals.changeStatus(proposal.id(), ProposalStatus.CLOSED, now)) {
            throw new ConflictException(
                    Text.of("proposals.already", proposal.status().name()));
        }
        proposals.addEvent(proposal.id(), actor.accountId(), personName, "CLOSED", body, now);
    }
}
