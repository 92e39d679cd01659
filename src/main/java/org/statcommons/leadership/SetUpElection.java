package org.statcommons.leadership;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.bodies.Bodies;
import org.statcommons.bodies.Body;
import org.statcommons.community.Community;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;
import org.statcommons.platform.activity.ActivityTitle;

/**
 * The secretariat sets up an election of co-leads by a body, announced at once (nominations open), or announces a
 * draft a term's reminder proposed. The reminder makes its draft through {@link #propose}.
 */
@Service
class SetUpElection {

    static final int MAX_SEATS = 10;

    private final Elections elections;
    private final Bodies bodies;
    private final Permissions permissions;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SetUpElection(Elections elections, Bodies bodies, Permissions permissions, Clock clock) {
        this.elections = elections;
        this.bodies = bodies;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** The election's details, checked. */
    record Details(
            long bodyId, String title, int seats, Instant nominationsEnd, Instant votingEnd, LocalDate termStartsOn) {}

    @Transactional
    long setUp(Actor actor, Community community, NewElection election, ZoneId zone) {
        permissions.require(actor, Action.MANAGE_CO_LEADS, community.id());
        Details details = check(community, election, zone);
        return elections.insert(
                community.id(),
                details.bodyId(),
                details.title(),
                null,
                details.seats(),
                ElectionState.NOMINATING,
                details.nominationsEnd(),
                details.votingEnd(),
                details.termStartsOn(),
                random.nextLong(),
                actor.accountId(),
                clock.instant());
    }

    /** Announces a draft with the details the secretariat settled (the body stays the draft's). */
    @Transactional
    void announce(Actor actor, Community community, long id, NewElection election, ZoneId zone) {
        permissions.require(actor, Action.MANAGE_CO_LEADS, community.id());
        Election draft = elections.inCommunity(community, id);
        draft = elections.lock(draft.id());
        if (draft.state() != ElectionState.DRAFT) {
            throw new ConflictException(Text.of("leadership.election.announced"));
        }
        Details details = check(
                community,
                new NewElection(
                        String.valueOf(draft.bodyId()),
                        election.title(),
                        election.seats(),
                        election.nominationsEnd(),
                        election.votingEnd(),
                        election.termStartsOn()),
                zone);
        elections.announce(
                id,
                details.title(),
                details.seats(),
                details.nominationsEnd(),
                details.votingEnd(),
                details.termStartsOn());
    }

    /**
     * A draft election for the seat of a term that ends soon, with dates the secretariat may change before announcing
     * it: nominations for the first third of the time left, the vote for the second, the new term from the day after
     * the old one's last.
     */
    long propose(Community community, Term term, long bodyId, Text title, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        long daysLeft = Math.max(3, java.time.temporal.ChronoUnit.DAYS.between(today, term.endsOn()));
        Instant nominationsEnd = now.plus(Duration.ofDays(Math.max(1, daysLeft / 3)));
        Instant votingEnd = now.plus(Duration.ofDays(Math.max(2, 2 * daysLeft / 3)));
        return elections.insert(
                community.id(),
                bodyId,
                title.english(),
                ActivityTitle.typed(title),
                1,
                ElectionState.DRAFT,
                nominationsEnd,
                votingEnd,
                term.endsOn().plusDays(1),
                random.nextLong(),
                null,
                now);
    }

    private Details check(Community community, NewElection election, ZoneId zone) {
        TextInput input = new TextInput();
        Long bodyId = null;
        try {
            Body body = bodies.inCommunity(
                    community,
                    Long.parseLong(
                            election.body() == null ? "" : election.body().strip()));
            bodyId = body.id();
        } catch (RuntimeException e) {
            input.error("body", Text.of("leadership.input.not-a-body"));
        }
        String title = input.line("title", Text.of("leadership.field.title"), election.title(), 200, true);
        int seats = 0;
        try {
            seats = Integer.parseInt(
                    election.seats() == null ? "" : election.seats().strip());
        } catch (NumberFormatException e) {
            // said below
        }
        if (seats < 1 || seats > MAX_SEATS) {
            input.error("seats", Text.of("leadership.input.seats", MAX_SEATS));
        }
        Instant now = clock.instant();
        Instant nominationsEnd = time(input, "nominationsEnd", election.nominationsEnd(), zone);
        Instant votingEnd = time(input, "votingEnd", election.votingEnd(), zone);
        LocalDate termStartsOn =
                input.day("termStartsOn", Text.of("leadership.field.term-starts-on"), election.termStartsOn(), true);
        if (nominationsEnd != null && !nominationsEnd.isAfter(now)) {
            input.error("nominationsEnd", Text.of("leadership.input.in-the-past"));
        }
        if (nominationsEnd != null && votingEnd != null && !votingEnd.isAfter(nominationsEnd)) {
            input.error("votingEnd", Text.of("leadership.input.voting-before-nominations"));
        }
        if (votingEnd != null
                && termStartsOn != null
                && !termStartsOn.isAfter(LocalDate.ofInstant(votingEnd, ZoneOffset.UTC))) {
            input.error("termStartsOn", Text.of("leadership.input.term-before-results"));
        }
        input.throwIfInvalid();
        return new Details(bodyId, title, seats, nominationsEnd, votingEnd, termStartsOn);
    }

    /** A time with an offset, or as typed in the reader's zone. */
    static Instant time(TextInput input, String field, String typed, ZoneId zone) {
        if (typed == null || typed.isBlank()) {
            input.error(field, Text.of("leadership.input.time-missing"));
            return null;
        }
        String value = typed.strip();
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            // typed in the reader's zone
        }
        try {
            LocalDateTime local = LocalDateTime.parse(value.replace(' ', 'T'));
            if (zone.getRules().getValidOffsets(local).isEmpty()) {
                input.error(field, Text.of("leadership.input.not-a-time", value));
                return null;
            }
            return local.atZone(zone).toInstant();
        } catch (DateTimeException e) {
            input.error(field, Text.of("leadership.input.not-a-time", value));
            return null;
        }
    }
}
