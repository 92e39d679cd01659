package org.statcommons.decisions;

import java.util.Collection;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.platform.NotFoundException;

/**
 * The decisions feature as other features use it (bodies, workstreams, outputs, elections): propose a decision to
 * the electorate they name, about their subject, and read it back. When it closes, {@link DecisionClosed} tells them
 * the outcome. The feature checks the same rules as for people ({@code DecisionRules}); whether the caller may
 * propose is the caller's to decide, since it acts on its own rules (a body's seats, a workstream's approval).
 */
// named: moderation's repository of moderators' decisions is the bean "decisions"
@Service("governanceDecisions")
public class Decisions {

    private final Communities communities;
    private final DecisionRecords decisions;
    private final DecisionOptions options;
    private final Votes votes;
    private final DecisionProposer recorder;

    Decisions(
            Communities communities,
            DecisionRecords decisions,
            DecisionOptions options,
            Votes votes,
            DecisionProposer recorder) {
        this.communities = communities;
        this.decisions = decisions;
        this.options = options;
        this.votes = votes;
        this.recorder = recorder;
    }

    /**
     * Proposes a decision in the caller's transaction.
     *
     * @param proposerId   the account proposing it (it may close it and write its outcome), or null for StatCommons
     * @param proposerName the name shown as its proposer ("The Steering Committee")
     * @param eligible     the account ids who may vote, snapshotted now
     * @param subject      what it decides, or null
     * @return the new decision's id
     */
    @Transactional
    public long propose(
            long communityId,
            Long proposerId,
            String proposerName,
            NewDecision decision,
            Collection<Long> eligible,
            DecisionSubject subject) {
        Community community = communities.byId(communityId).orElseThrow(() -> new NotFoundException("No community"));
        return recorder.record(community, null, null, decision, proposerId, proposerName, subject, eligible);
    }

    public Optional<Decision> find(long id) {
        return decisions.find(id);
    }

    /** The tally as it stands (final once closed). */
    @Transactional(readOnly = true)
    public Tally tally(long id) {
        Decision decision = decisions.find(id).orElseThrow(() -> new NotFoundException("No decision " + id));
        return DecisionCounter.count(
                decision, options.of(id), votes.cast(id, !decision.kind().hasOptions()));
    }
}
