package org.statcommons.leadership;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.bodies.Bodies;
import org.statcommons.community.Community;
import org.statcommons.community.Memberships;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;
import org.statcommons.platform.activity.ActivityKind;
import org.statcommons.platform.activity.Subject;

/**
 * The secretariat closes the nominations and opens the vote: the candidates are the accepted nominees, and the
 * electorate is the body's members who are current members of the community, taken now (who joins the body later
 * does not vote in this election). Refused without a candidate, without an elector, or after the voting period.
 */
@Service
class OpenVoting {

    private final Elections elections;
    private final Nominations nominations;
    private final Electors electors;
    private final Bodies bodies;
    private final Memberships memberships;
    private final Permissions permissions;
    private final ElectionNotices notices;
    private final Clock clock;

    OpenVoting(
            Elections elections,
            Nominations nominations,
            Electors electors,
            Bodies bodies,
            Memberships memberships,
            Permissions permissions,
            ElectionNotices notices,
            Clock clock) {
        this.elections = elections;
        this.nominations = nominations;
        this.electors = electors;
        this.bodies = bodies;
        this.memberships = memberships;
        this.permissions = permissions;
        this.notices = notices;
        this.clock = clock;
    }

    /** Returns how many may vote. */
    @Transactional
    int open(Actor actor, Community community, long electionId) {
        permissions.require(actor, Action.MANAGE_CO_LEADS, community.id());
        Election election =
                elections.lock(elections.inCommunity(community, electionId).id());
        Instant now = clock.instant();
        if (election.state() != ElectionState.NOMINATING) {
            throw new ConflictException(Text.of("leadership.voting.not-nominating"));
        }
        if (!now.isBefore(election.votingEnd())) {
            throw new ConflictException(Text.of("leadership.voting.period-over"));
        }
        List<Long> candidates = nominations.candidates(election.id());
        if (candidates.isEmpty()) {
            throw new ConflictException(Text.of("leadership.voting.no-candidates"));
        }
        Set<Long> electorate = new TreeSet<>(bodies.members(election.bodyId()));
        electorate.retainAll(new HashSet<>(memberships.accountIds(community.id())));
        if (electorate.isEmpty()) {
            throw new ConflictException(Text.of("leadership.voting.no-electors"));
        }
        electors.snapshot(election.id(), electorate);
        elections.openVoting(election.id(), now);
        notices.tell(
                ActivityKind.ELECTION,
                community,
                now,
                Text.of("leadership.activity.voting-open", election.title()),
                LeadershipAddress.election(community.slug(), election.id()),
                Subject.of("election", election.id()),
                Subject.of("election-vote", election.id()),
                electorate);
        return electorate.size();
    }
}
