package org.statcommons.leadership;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.bodies.Bodies;
import org.statcommons.community.Community;
import org.statcommons.decisions.InstantRunoff;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/** What an election's screen and the API show: its details, nominations, turnout, the voter's place, the results. */
@Component
class ElectionPresenter {

    record NominationView(
            long id, long nomineeId, String nominee, String nominatedBy, Nomination.Status status, boolean mine) {}

    record CandidateView(int position, long id, String name) {}

    /**
     * One round of a seat's count.
     *
     * @param votes each candidate's votes in this seat's count, or null for one eliminated before this round
     */
    record RoundView(int number, List<Integer> votes, int exhausted, String eliminated, String tieRule) {}

    /**
     * One seat's result.
     *
     * @param winner   the elected person's name, or null when the seat is vacant
     * @param termBegun the winner's term has begun (else it starts on the election's term start date)
     */
    record SeatView(
            int number,
            Long winnerId,
            String winner,
            List<String> candidates,
            List<RoundView> rounds,
            boolean termBegun) {}

    record ElectionView(
            Election election,
            String body,
            List<NominationView> nominations,
            List<CandidateView> candidates,
            Electors.Turnout turnout,
            boolean eligible,
            boolean voted,
            boolean mayVote,
            boolean nominating,
            List<SeatView> seats,
            Text phase) {}

    private final Elections elections;
    private final Nominations nominations;
    private final Electors electors;
    private final Ballots ballots;
    private final Winners winners;
    private final Bodies bodies;
    private final Accounts accounts;
    private final Permissions permissions;
    private final Clock clock;

    ElectionPresenter(
            Elections elections,
            Nominations nominations,
            Electors electors,
            Ballots ballots,
            Winners winners,
            Bodies bodies,
            Accounts accounts,
            Permissions permissions,
            Clock clock) {
        this.elections = elections;
        this.nominations = nominations;
        this.electors = electors;
        this.ballots = ballots;
        this.winners = winners;
        this.bodies = bodies;
        this.accounts = accounts;
        this.permissions = permissions;
        this.clock = clock;
    }

    boolean manages(Actor actor, Community community) {
        return permissions.may(actor, Action.MANAGE_CO_LEADS, community.id());
    }

    /** The election as this person may see it: a draft only by the secretariat ("not found" for others). */
    Election visible(Actor actor, Community community, long id) {
        Election election = elections.inCommunity(community, id);
        if (election.state() == ElectionState.DRAFT
                && !permissions.may(actor, Action.MANAGE_CO_LEADS, community.id())) {
            throw new NotFoundException(Text.of("leadership.election.none"));
        }
        return election;
    }

    ElectionView present(Actor actor, Community community, Election election) {
        Instant now = clock.instant();
        List<Nomination> all = nominations.of(election.id());
        List<Long> candidateIds = nominations.candidates(election.id());
        Map<Long, String> names = names(Stream.concat(
                        all.stream().flatMap(n -> Stream.of(n.nomineeId(), n.nominatedBy())), candidateIds.stream())
                .distinct()
                .toList());
        List<NominationView> nominationViews = all.stream()
                .map(n -> new NominationView(
                        n.id(),
                        n.nomineeId(),
                        names.getOrDefault(n.nomineeId(), "?"),
                        names.getOrDefault(n.nominatedBy(), "?"),
                        n.status(),
                        actor.signedIn() && n.nomineeId() == actor.accountId()))
                .toList();
        List<CandidateView> candidates = new ArrayList<>();
        for (int i = 0; i < candidateIds.size(); i++) {
            candidates.add(new CandidateView(i, candidateIds.get(i), names.getOrDefault(candidateIds.get(i), "?")));
        }
        Electors.Turnout turnout = electors.turnout(election.id());
        boolean eligible = actor.signedIn() && electors.eligible(election.id(), actor.accountId());
        boolean voted = eligible && electors.voted(election.id(), actor.accountId());
        boolean mayVote = eligible && !voted && election.voting(now);
        List<SeatView> seats =
                election.state() == ElectionState.COUNTED ? seats(election, candidateIds, names) : List.of();
        String body = bodies.byId(election.bodyId()).map(b -> b.name()).orElse("");
        return new ElectionView(
                election,
                body,
                nominationViews,
                candidates,
                turnout,
                eligible,
                voted,
                mayVote,
                election.nominating(now),
                seats,
                phase(election, now));
    }

    private static Text phase(Election election, Instant now) {
        return switch (election.state()) {
            case DRAFT -> Text.of("leadership.phase.draft");
            case NOMINATING ->
                now.isBefore(election.nominationsEnd())
                        ? Text.of("leadership.phase.nominating")
                        : Text.of("leadership.phase.nominations-closed");
            case VOTING ->
                now.isBefore(election.votingEnd())
                        ? Text.of("leadership.phase.voting")
                        : Text.of("leadership.phase.counting");
            case COUNTED -> Text.of("leadership.phase.counted", election.termStartsOn());
        };
    }

    /** The results seat by seat, counted again from the ballots with the election's seed: the same as stored. */
    private List<SeatView> seats(Election election, List<Long> candidateIds, Map<Long, String> names) {
        Map<Integer, Winners.Winner> won = new HashMap<>();
        winners.of(election.id()).forEach(w -> won.put(w.seat(), w));
        List<SeatView> views = new ArrayList<>();
        for (SeatBySeatRunoff.Seat seat : SeatBySeatRunoff.count(
                ballots.of(election.id()), candidateIds, election.seats(), election.countSeed())) {
            List<String> inCount = seat.candidates().stream()
                    .map(id -> names.getOrDefault(id, "?"))
                    .toList();
            List<RoundView> rounds = new ArrayList<>();
            if (seat.count() != null) {
                int number = 1;
                for (InstantRunoff.Round round : seat.count().rounds()) {
                    List<Integer> votes = new ArrayList<>();
                    for (int c = 0; c < inCount.size(); c++) {
                        votes.add(round.continues(c) ? round.votesOf(c) : null);
                    }
                    rounds.add(new RoundView(
                            number++,
                            votes,
                            round.exhausted(),
                            round.eliminated() == null ? null : inCount.get(round.eliminated()),
                            round.tieBreak() == null
                                    ? null
                                    : round.tieBreak().rule().name()));
                }
            }
            Winners.Winner winner = won.get(seat.number());
            views.add(new SeatView(
                    seat.number(),
                    winner == null ? null : winner.accountId(),
                    winner == null ? null : names.getOrDefault(winner.accountId(), "?"),
                    inCount,
                    rounds,
                    winner != null && winner.termId() != null));
        }
        return views;
    }

    /** Today, for the screens that say whether a term has begun. */
    LocalDate today() {
        return RecordTerm.today(clock);
    }

    Map<Long, String> names(List<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        for (Account a : accounts.byIds(ids)) {
            names.put(a.id(), a.displayName());
        }
        return names;
    }
}
