package org.statcommons.content.proposals;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.content.Author;
import org.statcommons.content.SaveResult;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;

/** A reviewer accepts a proposal: merged into main, credited to its authors, committed by the reviewer. */
@Service
public class MergeProposal {

    private final Permissions permissions;
    private final Proposals proposals;
    private final ProposalBranches branches;
    private final TransactionTemplate transactions;
    private final ProposalActivityPublisher activities;
    private final Clock clock;

    MergeProposal(
            Permissions permissions,
            Proposals proposals,
            ProposalBranches branches,
            PlatformTransactionManager transactionManager,
            ProposalActivityPublisher activities,
            Clock clock) {
        this.permissions = permissions;
        this.proposals = proposals;
        this.branches = branches;
        this.transactions = new TransactionTemplate(transactionManager);
        this.activities = activities;
        this.clock = clock;
    }

    /**
     * A conflict changes nothing and is returned ({@link SaveResult.Conflicted#reason()} names the pages);
     * otherwise the proposal is merged.
     */
    public SaveResult merge(Actor actor, Author merger, long communityId, long id) {
        permissions.require(actor, Action.VIEW_SPACE, communityId);
        Proposal proposal = proposals.inCommunity(communityId, id);
        permissions.require(actor, Action.REVIEW_PROPOSAL, communityId);
        if (proposal.status().finished()) {
            throw new ConflictException(
                    Text.of("proposals.already", proposal.status().name()));
        }
        // The merge commits (and indexes) in its own transaction, retried if main moves meanwhile; should the
        // record not follow, merging again finds the branch in main (UNCHANGED) and records it then.
        SaveResult result = branches.merge(
                communityId,
                proposal.branch(),
                merger,
                "Merge proposal #" + proposal.id() + ": " + proposal.title() + "\n\nFrom " + proposal.branch() + " by "
                        + proposal.authorName() + ".");
        if (result instanceof SaveResult.Saved saved) {
            transactions.executeWithoutResult(
                    status -> markMerged(proposal, saved.commitId(), actor.accountId(), merger.name()));
        }
        return result;
    }

    private void markMerged(Proposal proposal, String commitId, long accountId, String personName) {
        Instant now = clock.instant();
        if (proposals.markMerged(proposal.id(), commitId, now)) {
            proposals.addEvent(proposal.id(), accountId, personName, "MERGED", Proposal.Event.merged(), now);
            activities.proposalMerged(proposal, accountId, personName);
        }
    }
}
