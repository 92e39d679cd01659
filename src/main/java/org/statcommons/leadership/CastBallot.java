package org.statcommons.leadership;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.NotAllowedException;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.decisions.RankedBallot;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;

/**
 * An elector casts their secret ranked ballot, once: the elector is marked as having voted and the ballot goes into
 * the box with nothing that names them ({@link Ballots}), in one transaction holding the election's row lock. A
 * ballot cannot be changed: nothing links it to its voter any more. Ballots are checked as decisions' ranked ballots
 * are ({@link RankedBallot}): no candidate twice, no rank skipped or given twice, at least one candidate.
 */
@Service
class CastBallot {

    private final Elections elections;
    private final Nominations nominations;
    private final Electors electors;
    private final Ballots ballots;
    private final Accounts accounts;
    private final Permissions permissions;
    private final Clock clock;

    CastBallot(
            Elections elections,
            Nominations nominations,
            Electors electors,
            Ballots ballots,
            Accounts accounts,
            Permissions permissions,
            Clock clock) {
        this.elections = elections;
        this.nominations = nominations;
        this.electors = electors;
        this.ballots = ballots;
        this.accounts = accounts;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** A ballot as ranks typed beside each candidate (by the candidate's position in {@link #candidates}). */
    @Transactional
    void castRanks(Actor actor, Community community, long electionId, Map<Integer, String> ranks) {
        Election election = check(actor, community, electionId);
        List<Long> candidates = nominations.candidates(election.id());
        int[] order = RankedBallot.fromRanks("ranks", ranks, names(candidates));
        put(actor, election, candidates, order);
    }

    /** A ballot as the candidates' account ids in order of preference (the API). */
    @Transactional
    void castOrder(Actor actor, Community community, long electionId, List<Long> ranking) {
        Election election = check(actor, community, electionId);
        List<Long> candidates = nominations.candidates(election.id());
        List<Integer> positions = ranking == null
                ? null
                : ranking.stream()
                        .map(id -> id == null ? null : candidates.indexOf(id))
                        .toList();
        int[] order = RankedBallot.fromOrder("ranking", positions, names(candidates));
        put(actor, election, candidates, order);
    }

    /** The candidates' names, by position: what a refused ballot names. */
    List<String> names(List<Long> candidates) {
        Map<Long, String> names = new java.util.HashMap<>();
        for (Account a : accounts.byIds(candidates)) {
            names.put(a.id(), a.displayName());
        }
        return candidates.stream().map(id -> names.getOrDefault(id, "?")).toList();
    }

    private Election check(Actor actor, Community community, long electionId) {
        permissions.require(actor, Action.VOTE_IN_DECISIONS, community.id());
        Election election =
                elections.lock(elections.inCommunity(community, electionId).id());
        if (election.state() != ElectionState.VOTING) {
            throw new ConflictException(Text.of("leadership.ballot.not-open"));
        }
        if (!election.voting(clock.instant())) {
            throw new ConflictException(Text.of("leadership.ballot.closed"));
        }
        if (!electors.eligible(election.id(), actor.accountId())) {
            throw new NotAllowedException(Action.VOTE_IN_DECISIONS, true, Text.of("leadership.ballot.not-eligible"));
        }
        if (electors.voted(election.id(), actor.accountId())) {
            throw new ConflictException(Text.of("leadership.ballot.twice"));
        }
        return election;
    }

    private void put(Actor actor, Election election, List<Long> candidates, int[] order) {
        long[] ranking = new long[order.length];
        for (int i = 0; i < order.length; i++) {
            ranking[i] = candidates.get(order[i]);
        }
        if (!electors.markVoted(election.id(), actor.accountId())) {
            throw new ConflictException(Text.of("leadership.ballot.twice"));
        }
        ballots.cast(election.id(), ranking);
    }
}
