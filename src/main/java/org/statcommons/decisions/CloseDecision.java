package org.statcommons.decisions;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Markdown;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;
import org.statcommons.platform.activity.Activity;
import org.statcommons.platform.activity.ActivityKind;
import org.statcommons.platform.activity.Audience;
import org.statcommons.platform.activity.Subject;

/**
 * Closes decisions: at their deadline (the scheduled run, {@link #closeDue}), or early by their proposer or a
 * facilitator, and takes the outcome statement, written once (when closing, or afterwards if it was closed at its
 * deadline). The count is final at closing; a closed decision takes no vote, edit or second statement (409). Closing
 * publishes {@link DecisionClosed} and tells the eligible people, in the closing transaction.
 */
@Service
class CloseDecision {

    private static final Logger log = LoggerFactory.getLogger(CloseDecision.class);

    private final Permissions permissions;
    private final StewardshipChecker stewards;
    private final DecisionRecords decisions;
    private final DecisionOptions options;
    private final Votes votes;
    private final Electorates electorates;
    private final Communities communities;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CloseDecision(
            Permissions permissions,
            StewardshipChecker stewards,
            DecisionRecords decisions,
            DecisionOptions options,
            Votes votes,
            Electorates electorates,
            Communities communities,
            Accounts accounts,
            ApplicationEventPublisher events,
            TransactionTemplate transaction,
            Clock clock) {
        this.permissions = permissions;
        this.stewards = stewards;
        this.decisions = decisions;
        this.options = options;
        this.votes = votes;
        this.electorates = electorates;
        this.communities = communities;
        this.accounts = accounts;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Closes early, with the outcome statement if one is given. */
    @Transactional
    void close(Actor actor, Community community, long id, String statement) {
        permissions.require(actor, Action.PROPOSE_DECISION, community.id());
        Decision decision = decisions.lock(community.id(), id, true);
        stewards.require(actor, decision);
        if (decision.closed()) {
            throw new ConflictException(Text.of("decisions.closed"));
        }
        String text = checkedStatement(statement, false);
        finish(
                community,
                decision,
                actor.accountId(),
                accounts.byId(actor.accountId()).orElseThrow().displayName());
        if (!text.isEmpty()) {
            decisions.writeStatement(id, text);
        }
    }

    /** The outcome statement of a closed decision, once. */
    @Transactional
    void writeStatement(Actor actor, Community community, long id, String statement) {
        permissions.require(actor, Action.PROPOSE_DECISION, community.id());
        Decision decision = decisions.lock(community.id(), id, true);
        stewards.require(actor, decision);
        if (!decision.closed()) {
            throw new ConflictException(Text.of("decisions.statement.open"));
        }
        String text = checkedStatement(statement, true);
        if (!decisions.writeStatement(id, text)) {
            throw new ConflictException(Text.of("decisions.closed"));
        }
    }

    /**
     * Closes every open decision whose deadline has come, each in a transaction of its own: one that fails is logged
     * and tried again at the next run; one another server closed meanwhile is left as it is.
     */
    int closeDue() {
        int closed = 0;
        for (long id : decisions.due(clock.instant())) {
            try {
                Boolean done = transaction.execute(status -> {
                    Decision decision = decisions.find(id).orElseThrow();
                    Community community =
                            communities.byId(decision.communityId()).orElseThrow();
                    decision = decisions.lock(community.id(), id, true);
                    if (decision.closed()) {
                        return false;
                    }
                    finish(community, decision, null, null);
                    return true;
                });
                closed += Boolean.TRUE.equals(done) ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("Decision {} could not be closed at its deadline: {}", id, e.toString());
            }
        }
        return closed;
    }

    private String checkedStatement(String statement, boolean required) {
        TextInput input = new TextInput();
        String text = input.block(
                "statement", Text.of("decisions.field.statement"), statement, DecisionRules.MAX_BODY, required);
        input.throwIfInvalid();
        return text;
    }

    /** Counts, closes and tells; {@code closedBy} null when the deadline closed it. */
    private void finish(Community community, Decision decision, Long closedById, String closedBy) {
        Instant now = clock.instant();
        List<String> labels = options.of(decision.id());
        Tally tally = DecisionCounter.count(
                decision, labels, votes.cast(decision.id(), !decision.kind().hasOptions()));
        if (!decisions.close(decision.id(), now, closedBy, tally.outcome(), tally.winner())) {
            throw new ConflictException(Text.of("decisions.closed"));
        }
        String winnerLabel = tally.winner() == null ? null : labels.get(tally.winner());
        events.publishEvent(new DecisionClosed(
                decision.id(),
                community.id(),
                decision.kind(),
                decision.subject(),
                tally.outcome(),
                tally.winner(),
                winnerLabel));
        events.publishEvent(Activity.of(ActivityKind.DECISION_CLOSED, community.id(), now)
                .by(closedById, closedBy)
                .title(Text.of(
                        tally.outcome() == Outcome.ADOPTED
                                ? "decisions.activity.adopted"
                                : "decisions.activity.not-adopted",
                        decision.titleArgument()))
                .excerpt(winnerLabel == null ? Markdown.excerpt(decision.body()) : winnerLabel)
                .link(DecisionAddress.decision(community.slug(), decision.id()))
                .visibleTo(DecisionActivity.visibility(decision.visibility()))
                .about(Subject.of("decision", decision.id()))
                .item(Subject.of("decision-closed", decision.id()))
                .tell(Audience.people(new HashSet<>(electorates.of(decision.id()))))
                .build());
    }
}
