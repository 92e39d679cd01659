package org.statcommons.leadership;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.community.Memberships;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;
import org.statcommons.platform.activity.ActivityKind;
import org.statcommons.platform.activity.Subject;

/**
 * A member puts someone forward (themselves, accepted at once, or another member, who is told and accepts or
 * declines), and a nominee answers. Only while nominations are open: announced, before the nomination period ends
 * and before voting opens. A nominee may change their answer until then.
 */
@Service
class Nominate {

    private final Elections elections;
    private final Nominations nominations;
    private final Memberships memberships;
    private final Accounts accounts;
    private final Permissions permissions;
    private final ElectionNotices notices;
    private final Clock clock;

    Nominate(
            Elections elections,
            Nominations nominations,
            Memberships memberships,
            Accounts accounts,
            Permissions permissions,
            ElectionNotices notices,
            Clock clock) {
        this.elections = elections;
        this.nominations = nominations;
        this.memberships = memberships;
        this.accounts = accounts;
        this.permissions = permissions;
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional
    long nominate(Actor actor, Community community, long electionId, String nominee) {
        permissions.require(actor, Action.NOMINATE_CANDIDATE, community.id());
        Election election = open(community, electionId);
        long person;
        try {
            person = Long.parseLong(nominee == null ? "" : nominee.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("nominee", Text.of("leadership.input.not-member"));
        }
        if (memberships
                .current(community.id(), person)
                .filter(m -> m.role() != CommunityRole.GUEST)
                .isEmpty()) {
            throw new InvalidInputException("nominee", Text.of("leadership.input.not-member"));
        }
        boolean self = person == actor.accountId();
        Instant now = clock.instant();
        long id = nominations
                .insert(
                        election.id(),
                        person,
                        actor.accountId(),
                        self ? Nomination.Status.ACCEPTED : Nomination.Status.PENDING,
                        now)
                .orElseThrow(() -> new ConflictException(Text.of("leadership.nomination.twice")));
        if (!self) {
            String by =
                    accounts.byId(actor.accountId()).map(a -> a.displayName()).orElse("");
            notices.tell(
                    ActivityKind.ELECTION,
                    community,
                    now,
                    Text.of("leadership.activity.nominated", by, election.title()),
                    LeadershipAddress.election(community.slug(), election.id()),
                    Subject.of("election", election.id()),
                    Subject.of("nomination", id),
                    Set.of(person));
        }
        return id;
    }

    @Transactional
    void answer(Actor actor, Community community, long electionId, long nominationId, boolean accept) {
        permissions.require(actor, Action.NOMINATE_CANDIDATE, community.id());
        Election election = open(community, electionId);
        Nomination nomination = nominations
                .find(election.id(), nominationId)
                .filter(n -> n.nomineeId() == actor.accountId())
                .orElseThrow(() -> new NotFoundException(Text.of("leadership.nomination.none")));
        nominations.answer(
                nomination.id(), accept ? Nomination.Status.ACCEPTED : Nomination.Status.DECLINED, clock.instant());
    }

    private Election open(Community community, long electionId) {
        Election election = elections.inCommunity(community, electionId);
        election = elections.lock(election.id());
        if (election.state() == ElectionState.DRAFT) {
            throw new NotFoundException(Text.of("leadership.election.none"));
        }
        if (!election.nominating(clock.instant())) {
            throw new ConflictException(Text.of("leadership.nomination.closed"));
        }
        return election;
    }
}
