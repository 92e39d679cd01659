package org.statcommons.workstreams;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
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
 * Reminds the leads of an approved or active workstream, {@link #AHEAD} days before a report is due, through the
 * notifications (a personal {@code WORKSTREAM_REPORT_DUE} activity naming them), as {@code decisions.RemindVoters}
 * reminds voters: each due date is claimed in the transaction that publishes the reminder, so it is reminded once
 * whichever server runs first, and a crash before the commit leaves it for the next run. A due date already answered
 * by a report is not reminded.
 */
@Service
class RemindLeads {

    static final int AHEAD = 7;

    private static final Logger log = LoggerFactory.getLogger(RemindLeads.class);

    private final Workstreams workstreams;
    private final WorkstreamMembers people;
    private final WorkstreamReports reports;
    private final Communities communities;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RemindLeads(
            Workstreams workstreams,
            WorkstreamMembers people,
            WorkstreamReports reports,
            Communities communities,
            ApplicationEventPublisher events,
            TransactionTemplate transaction,
            Clock clock) {
        this.workstreams = workstreams;
        this.people = people;
        this.reports = reports;
        this.communities = communities;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT30S", fixedDelayString = "${statcommons.workstreams.reminder-interval:PT1H}")
    void run() {
        remindDue();
    }

    /** Reminds the leads of every report due within {@link #AHEAD} days; returns how many reminders. */
    int remindDue() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        int reminded = 0;
        for (Workstream workstream : workstreams.running()) {
            LocalDate due = workstream.schedule().next(today.minusDays(1));
            if (due == null || due.isAfter(today.plusDays(AHEAD))) {
                continue;
            }
            try {
                Boolean done = transaction.execute(status -> remind(workstream, due, now));
                reminded += Boolean.TRUE.equals(done) ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("The leads of workstream {} could not be reminded: {}", workstream.id(), e.toString());
            }
        }
        return reminded;
    }

    private boolean remind(Workstream workstream, LocalDate due, Instant now) {
        Set<LocalDate> reported = reports.of(workstream.id()).stream()
                .map(WorkstreamReports.Report::dueOn)
                .collect(Collectors.toSet());
        List<Long> leads = people.leads(workstream.id());
        if (reported.contains(due) || leads.isEmpty() || !reports.claimReminder(workstream.id(), due, now)) {
            return false;
        }
        Community community = communities.byId(workstream.communityId()).orElseThrow();
        events.publishEvent(Activity.of(ActivityKind.WORKSTREAM_REPORT_DUE, community.id(), now)
                .titleWithTimes(Text.of(
                        "workstreams.activity.report-due",
                        TimePresenter.literal(workstream.title()),
                        TimePresenter.mark(due.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC)))
                .link(WorkstreamAddress.of(community.slug(), workstream.id()))
                .visibleTo(Visibility.PERSONAL)
                .about(Subject.of("workstream", workstream.id()))
                .item(new Subject("workstream-report", workstream.id() + "/" + due))
                .tell(Audience.people(new HashSet<>(leads)))
                .build());
        return true;
    }
}
