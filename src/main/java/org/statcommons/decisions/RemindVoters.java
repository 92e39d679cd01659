package org.statcommons.decisions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.activity.Activity;
import org.statcommons.platform.activity.ActivityKind;
import org.statcommons.platform.activity.Audience;
import org.statcommons.platform.activity.Subject;
import org.statcommons.platform.activity.Visibility;

/**
 * Reminds the eligible people who have not voted, {@link #AHEAD} before a decision's deadline, through the
 * notifications (a personal {@code DECISION_REMINDER} activity naming them). Each decision is claimed
 * ({@code reminded_at}) in the transaction that publishes the reminder, and the event publication registry keeps the
 * reminder until notifications has handled it: a run that crashes before its commit leaves the decision unclaimed
 * for the next run, one that crashes after it loses nothing, and two servers remind once.
 */
@Service
class RemindVoters {

    static final Duration AHEAD = Duration.ofHours(24);

    private static final Logger log = LoggerFactory.getLogger(RemindVoters.class);

    private final DecisionRecords decisions;
    private final Electorates electorates;
    private final Communities communities;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RemindVoters(
            DecisionRecords decisions,
            Electorates electorates,
            Communities communities,
            ApplicationEventPublisher events,
            TransactionTemplate transaction,
            Clock clock) {
        this.decisions = decisions;
        this.electorates = electorates;
        this.communities = communities;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Reminds the voters of every decision now due for it; returns how many decisions. */
    int remindDue() {
        int reminded = 0;
        Instant now = clock.instant();
        for (long id : decisions.toRemind(now, AHEAD)) {
            try {
                Boolean done = transaction.execute(status -> remind(id, now));
                reminded += Boolean.TRUE.equals(done) ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("The voters of decision {} could not be reminded: {}", id, e.toString());
            }
        }
        return reminded;
    }

    private boolean remind(long id, Instant now) {
        if (!decisions.claimReminder(id, now)) {
            return false;
        }
        Decision decision = decisions.find(id).orElseThrow();
        List<Long> waiting = electorates.notVoted(id);
        if (waiting.isEmpty()) {
            return true;
        }
        Community community = communities.byId(decision.communityId()).orElseThrow();
        events.publishEvent(Activity.of(ActivityKind.DECISION_REMINDER, community.id(), now)
                .titleWithTimes(Text.of(
                        "decisions.activity.reminder",
                        decision.titleText() == null ? TimePresenter.literal(decision.title()) : decision.titleText(),
                        TimePresenter.mark(decision.deadline(), java.time.ZoneOffset.UTC)))
                .link(DecisionAddress.decision(community.slug(), id))
                .visibleTo(Visibility.PERSONAL)
                .about(Subject.of("decision", id))
                .item(Subject.of("decision-reminder", id))
                .tell(Audience.people(new HashSet<>(waiting)))
                .build());
        return true;
    }
}
