package org.statcommons.content.proposals;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.content.Author;
import org.statcommons.content.PageEdit;
import org.statcommons.content.SaveResult;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * Saving a page edit as a proposal instead of on main: for people who may not edit directly, and for
 * anyone who wants a review first. The editor calls {@link #propose} with the same {@link PageEdit} it
 * would save (its base commit included), and {@link #update} to change a proposal's page again.
 */
@Service
public class ProposeChange {

    private final Permissions permissions;
    private final Proposals proposals;
    private final ProposalChecker checker;
    private final ProposalBranches branches;
    private final ProposalActivityPublisher activities;
    private final Clock clock;

    ProposeChange(
            Permissions permissions,
            Proposals proposals,
            ProposalChecker checker,
            ProposalBranches branches,
            ProposalActivityPublisher activities,
            Clock clock) {
        this.permissions = permissions;
        this.proposals = proposals;
        this.checker = checker;
        this.branches = branches;
        this.activities = activities;
        this.clock = clock;
    }

    /** The new proposal and the save into its branch. */
    public record Proposed(Proposal proposal, SaveResult.Saved saved) {}

    /**
     * Opens a proposal holding this page edit. {@code title} defaults to the edit's summary, or "Change
     * <path>"; {@code description} is optional Markdown. Fields in error: {@code proposalTitle},
     * {@code proposalDescription}, and those of the page edit.
     */
    @Transactional
    public Proposed propose(
            Actor actor, Author author, long communityId, PageEdit edit, String title, String description) {
        permissions.require(actor, Action.PROPOSE_CHANGE, communityId);
        TextInput input = new TextInput();
        String typedTitle = input.line(
                "proposalTitle", Text.of("proposals.title-of-proposal"), title, Proposal.MAX_TITLE_LENGTH, false);
        String text = input.block(
                "proposalDescription", Text.of("proposals.description"), description, Proposal.MAX_TEXT_LENGTH, false);
        input.throwIfInvalid();
        String summary = edit.summary() == null ? "" : edit.summary().strip();
        String proposalTitle =
                !typedTitle.isEmpty() ? typedTitle : !summary.isEmpty() ? summary : "Change " + edit.path();
        Instant now = clock.instant();
        long id = proposals.addOnWeb(
                new Proposals.NewProposal(communityId, proposalTitle, text, actor.accountId(), author.name()), now);
        proposals.addEvent(id, actor.accountId(), author.name(), "OPENED", "", now);
        SaveResult result = branches.savePage(communityId, "proposals/" + id, true, edit, author);
        if (!(result instanceof SaveResult.Saved saved)) {
            // a new branch starts at the person's base, so their edit cannot conflict there
            throw new ConflictException(((SaveResult.Conflicted) result).reason());
        }
        Proposal proposal = proposals.inCommunity(communityId, id);
        // the reviewers are told once the first version is saved
        activities.proposalOpened(proposal);
        return new Proposed(proposal, saved);
    }

    /**
     * Saves a page edit into an open proposal (its author or a reviewer). The edit's base commit is the
     * proposal's version the person started from; if the proposal moved since (a push), the page is merged
     * three ways or a conflict is returned, as for a page save.
     */
    @Transactional
    public SaveResult update(Actor actor, Author author, long communityId, long proposalId, PageEdit edit) {
        Proposal proposal = checker.toChange(actor, communityId, proposalId, Action.REVIEW_PROPOSAL, true);
        SaveResult result = branches.savePage(communityId, proposal.branch(), false, edit, author);
        if (result instanceof SaveResult.Saved saved && saved.outcome() != SaveResult.Outcome.UNCHANGED) {
            Instant now = clock.instant();
            proposals.reopen(proposal.id(), now);
            proposals.addEvent(
                    proposal.id(),
                    actor.accountId(),
                    author.name(),
                    "UPDATED",
                    Proposal.Event.edited(edit.path()),
                    now);
        }
        return result;
    }
}
