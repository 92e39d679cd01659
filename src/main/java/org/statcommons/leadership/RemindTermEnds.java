package org.statcommons.leadership;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.statcommons.access.CommunityRole;
import org.statcommons.bodies.Bodies;
import org.statcommons.bodies.Body;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.community.Memberships;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.Text;
import org.statcommons.platform.activity.ActivityKind;
import org.statcommons.platform.activity.Subject;

/**
 * Tells the community's secretariat and the body's members, 90 and then 30 days before a co-lead's last day, that the
 * term ends, and proposes an election for the seat: a draft election by the term's body (or the community's first
 * body when the term names none), linked in the notice, which the secretariat checks and announces. Each mark is
 * claimed in the transaction that publishes its notice, so each is told once, whichever server runs first; a term
 * recorded less than 30 days before its end gets only the 30-day notice (the 90-day one is claimed with it).
 */
@Service
class RemindTermEnds {

    static final int FIRST = 90;
    static final int SECOND = 30;

    private static final Logger log = LoggerFactory.getLogger(RemindTermEnds.class);

    private final Terms terms;
    private final Bodies bodies;
    private final Communities communities;
    private final Memberships memberships;
    private final Accounts accounts;
    private final SetUpElection setUpElection;
    private final ElectionNotices notices;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RemindTermEnds(
            Terms terms,
            Bodies bodies,
            Communities communities,
            Memberships memberships,
            Accounts accounts,
            SetUpElection setUpElection,
            ElectionNotices notices,
            TransactionTemplate transaction,
            Clock clock) {
        this.terms = terms;
        this.bodies = bodies;
        this.communities = communities;
        this.memberships = memberships;
        this.accounts = accounts;
        this.setUpElection = setUpElection;
        this.notices = notices;
        this.transaction = transaction;
        this.clock = clock;
    }

    int remindDue() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        int reminded = 0;
        for (int days : new int[] {SECOND, FIRST}) {
            for (long id : terms.toRemind(today, days)) {
                try {
                    Boolean done = transaction.execute(status -> remind(id, days, now, today));
                    reminded += Boolean.TRUE.equals(done) ? 1 : 0;
                } catch (RuntimeException e) {
                    log.warn("The end of co-lead term {} could not be told: {}", id, e.toString());
                }
            }
        }
        return reminded;
    }

    private boolean remind(long id, int days, Instant now, LocalDate today) {
        if (!terms.claimReminder(id, days, now)) {
            return false;
        }
        if (days == SECOND) {
            terms.claimReminder(id, FIRST, now);
        }
        Term term = terms.find(id).orElseThrow();
        Community community = communities.byId(term.communityId()).orElseThrow();
        Long bodyId = term.bodyId();
        if (bodyId == null) {
            List<Body> all = bodies.of(community);
            bodyId = all.isEmpty() ? null : all.get(0).id();
        }
        String name = accounts.byId(term.accountId()).map(a -> a.displayName()).orElse("?");
        Long election = term.proposedElectionId();
        if (election == null && bodyId != null) {
            election = setUpElection.propose(
                    community, term, bodyId, Text.of("leadership.election.draft-title", name), now);
            terms.proposeElection(id, election);
        }
        Set<Long> audience = new TreeSet<>();
        memberships.of(community.id()).stream()
                .filter(m -> m.role() == CommunityRole.SECRETARIAT)
                .forEach(m -> audience.add(m.accountId()));
        if (bodyId != null) {
            audience.addAll(bodies.members(bodyId));
        }
        long left = java.time.temporal.ChronoUnit.DAYS.between(today, term.endsOn());
        notices.tell(
                ActivityKind.CO_LEAD_TERM_ENDING,
                community,
                now,
                Text.of("leadership.activity.term-ending", name, term.endsOn().toString(), left),
                election == null
                        ? LeadershipAddress.term(community.slug(), id)
                        : LeadershipAddress.election(community.slug(), election),
                Subject.of("co-lead-term", id),
                Subject.of(days == SECOND ? "co-lead-term-second" : "co-lead-term-first", id),
                audience);
        return true;
    }
}
