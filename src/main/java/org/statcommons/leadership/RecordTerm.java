package org.statcommons.leadership;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.Permissions;
import org.statcommons.bodies.Bodies;
import org.statcommons.community.Community;
import org.statcommons.community.Memberships;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/** The secretariat records a co-lead's term (an appointment, or one decided outside the platform). */
@Service
class RecordTerm {

    private final Terms terms;
    private final Bodies bodies;
    private final Memberships memberships;
    private final Permissions permissions;
    private final Clock clock;

    RecordTerm(Terms terms, Bodies bodies, Memberships memberships, Permissions permissions, Clock clock) {
        this.terms = terms;
        this.bodies = bodies;
        this.memberships = memberships;
        this.permissions = permissions;
        this.clock = clock;
    }

    @Transactional
    long record(Actor actor, Community community, NewTerm term) {
        permissions.require(actor, Action.MANAGE_CO_LEADS, community.id());
        TextInput input = new TextInput();
        Long person = null;
        try {
            person = term.person() == null || term.person().isBlank()
                    ? null
                    : Long.valueOf(term.person().strip());
        } catch (NumberFormatException e) {
            // said below
        }
        if (person == null
                || memberships
                        .current(community.id(), person)
                        .filter(m -> m.role() != CommunityRole.GUEST)
                        .isEmpty()) {
            input.error("person", Text.of("leadership.input.not-member"));
        }
        LocalDate start = input.day("startsOn", Text.of("leadership.term.starts-on"), term.startsOn(), true);
        LocalDate end = input.day("endsOn", Text.of("leadership.term.ends-on"), term.endsOn(), false);
        if (start != null && end == null && !input.hasErrors()) {
            end = TermRules.defaultEnd(start);
        }
        if (start != null && end != null && end.isBefore(start)) {
            input.error("endsOn", Text.of("leadership.input.end-before-start"));
        }
        Long body = null;
        if (term.body() != null && !term.body().isBlank()) {
            try {
                body = bodies.inCommunity(community, Long.parseLong(term.body().strip()))
                        .id();
            } catch (RuntimeException e) {
                input.error("body", Text.of("leadership.input.not-a-body"));
            }
        }
        input.throwIfInvalid();
        LocalDate first = start;
        LocalDate last = end;
        long holder = person;
        for (Term other : terms.lockAll(community.id())) {
            if (other.accountId() == holder
                    && !other.startsOn().isAfter(last)
                    && !other.endsOn().isBefore(first)) {
                throw new ConflictException(Text.of("leadership.term.overlaps", other.startsOn(), other.endsOn()));
            }
        }
        return terms.insert(community.id(), holder, body, null, first, last, actor.accountId(), clock.instant());
    }

    static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
