package org.statcommons.content.proposals;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;

/** A comment on a proposal, by anyone who may propose changes. */
@Service
public class CommentOnProposal {

    private final Permissions permissions;
    private final Proposals proposals;
    private final Clock clock;

    CommentOnProposal(Permissions permissions, Proposals proposals, Clock clock) {
        this.permissions = permissions;
        this.proposals = proposals;
        this.clock = clock;
    }

    @Transactional
    public void comment(Actor actor, String personName, long communityId, long id, String text) {
        permissions.require(actor, Action.VIEW_SPACE, communityId);
        Proposal proposal = proposals.inCommunity(communityId, id);
        permissions.require(actor, Action.PROPOSE_CHANGE, communityId);
        String body = ProposalChecker.comment(text, true);
        Instant now = clock.instant();
        proposals.addEvent(proposal.id(), actor.accountId(), personName, "COMMENTED", body, now);
        proposals.touch(proposal.id(), now);
    }
}
