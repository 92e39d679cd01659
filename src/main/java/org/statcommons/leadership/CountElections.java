package org.statcommons.leadership;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.platform.Text;
import org.statcommons.platform.activity.Activity;
import org.statcommons.platform.activity.ActivityKind;
import org.statcommons.platform.activity.Audience;
import org.statcommons.platform.activity.Subject;
import org.statcommons.platform.activity.Visibility;

/**
 * Counts the elections whose voting period has ended, each in a transaction of its own holding the election's row
 * lock (so each is counted once, whichever server comes first): the winners seat by seat ({@link SeatBySeatRunoff})
 * are stored; the results are a line of the members' area's stream, and the electorate and those elected are told.
 */
@Service
class CountElections {

    private static final Logger log = LoggerFactory.getLogger(CountElections.class);

    private final Elections elections;
    private final Nominations nominations;
    private final Ballots ballots;
    private final Winners winners;
    private final Electors electors;
    private final Communities communities;
    private final ElectionPresenter presenter;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CountElections(
            Elections elections,
            Nominations nominations,
            Ballots ballots,
            Winners winners,
            Electors electors,
            Communities communities,
            ElectionPresenter presenter,
            ApplicationEventPublisher events,
            TransactionTemplate transaction,
            Clock clock) {
        this.elections = elections;
        this.nominations = nominations;
        this.ballots = ballots;
        this.winners = winners;
        this.electors = electors;
        this.communities = communities;
        this.presenter = presenter;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    int countDue() {
        int counted = 0;
        Instant now = clock.instant();
        for (long id : elections.toCount(now)) {
            try {
                Boolean done = transaction.execute(status -> count(id, now));
                counted += Boolean.TRUE.equals(done) ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("Election {} could not be counted: {}", id, e.toString());
            }
        }
        return counted;
    }

    private boolean count(long id, Instant now) {
        Election election = elections.lock(id);
        if (election.state() != ElectionState.VOTING || now.isBefore(election.votingEnd())) {
            return false;
        }
        List<SeatBySeatRunoff.Seat> seats = SeatBySeatRunoff.count(
                ballots.of(id), nominations.candidates(id), election.seats(), election.countSeed());
        for (SeatBySeatRunoff.Seat seat : seats) {
            if (seat.winner() != null) {
                winners.insert(id, seat.number(), seat.winner());
            }
        }
        elections.counted(id, now);
        Community community = communities.byId(election.communityId()).orElseThrow();
        Set<Long> told = new HashSet<>(electors.all(id));
        List<Long> elected = seats.stream()
                .map(SeatBySeatRunoff.Seat::winner)
                .filter(java.util.Objects::nonNull)
                .toList();
        told.addAll(elected);
        // a line of the members' area's stream (who reads the election reads its results), and a notice to the
        // electors and those elected
        events.publishEvent(Activity.of(ActivityKind.ELECTION_RESULT, community.id(), now)
                .title(
                        elected.isEmpty()
                                ? Text.of("leadership.activity.counted-none", election.title())
                                : Text.of("leadership.activity.counted-elected", election.title(), names(elected)))
                .link(LeadershipAddress.election(community.slug(), id) + "#results")
                .visibleTo(Visibility.MEMBERS)
                .about(Subject.of("election", id))
                .item(Subject.of("election-result", id))
                .tell(Audience.people(told))
                .build());
        return true;
    }

    /** The names of those elected, seat by seat. */
    private String names(List<Long> elected) {
        Map<Long, String> names = presenter.names(elected);
        return elected.stream().map(id -> names.getOrDefault(id, "?")).collect(Collectors.joining(", "));
    }
}
