package org.statcommons.content.proposals;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.platform.TextInput;

/**
 * Records a push to a proposal branch (already checked by {@link ProposalChecker#pushRefusal}): a new branch
 * opens a proposal titled by the last commit's subject; a push to an existing one updates it.
 */
@Service
public class RecordProposalPush {

    private final Proposals proposals;
    private final ProposalActivityPublisher activities;
    private final Clock clock;

    RecordProposalPush(Proposals proposals, ProposalActivityPublisher activities, Clock clock) {
        this.proposals = proposals;
        this.activities = activities;
        this.clock = clock;
    }

    @Transactional
    public Proposal record(
            long communityId,
            String branch,
            long accountId,
            String personName,
            String commitId,
            String subject,
            String body) {
        Instant now = clock.instant();
        Optional<Proposal> existing = proposals.byBranch(communityId, branch);
        if (existing.isEmpty()) {
            TextInput input = new TextInput();
            String title = ProposalChecker.truncate(
                    input.line("title", "Title", subject, Integer.MAX_VALUE, false), Proposal.MAX_TITLE_LENGTH);
            String description = ProposalChecker.truncate(
                    input.block("description", "Description", body, Integer.MAX_VALUE, false),
                    Proposal.MAX_TEXT_LENGTH);
            long id = proposals.add(
                    new Proposals.NewProposal(
                            communityId,
                            title.isEmpty() ? "Changes in " + branch : title,
                            description,
                            accountId,
                            personName),
                    branch,
                    now);
            proposals.addEvent(id, accountId, personName, "OPENED", Proposal.Event.pushed(commitId, null), now);
            Proposal opened = proposals.inCommunity(communityId, id);
            activities.proposalOpened(opened);
            return opened;
        }
        Proposal proposal = existing.get();
        proposals.reopen(proposal.id(), now);
        proposals.addEvent(
                proposal.id(),
                accountId,
                personName,
                "UPDATED",
                Proposal.Event.pushed(commitId, ProposalChecker.truncate(subject, Proposal.MAX_TITLE_LENGTH)),
                now);
        return proposals.inCommunity(communityId, proposal.id());
    }
}
